// Checks ConcurrentHashMap merge, compute and computeIfAbsent from several threads, printed sorted.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

public class ConcHashMapThreads {
    public static void main(String[] args) throws Exception {
        final String[] words = ("the quick brown fox jumps over the lazy dog and the cat sat on the mat while "
                + "the dog and the fox ran over the hill").split(" ");
        final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        final ConcurrentHashMap<Integer, Integer> squares = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, LongAdder> adders = new ConcurrentHashMap<>();
        final ConcurrentHashMap<Integer, List<Integer>> byRemainder = new ConcurrentHashMap<>();
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int rep = 0; rep < 50; rep++) {
                    for (String w : words) {
                        counts.merge(w, 1, Integer::sum);
                        adders.computeIfAbsent(w.substring(0, 1), k -> new LongAdder()).increment();
                    }
                }
                for (int k = 0; k < 100; k++) {
                    squares.compute(k, (key, old) -> old == null ? key * key : old + 1);
                }
                for (int k = id; k < 120; k += ts.length) {
                    final int n = k;
                    byRemainder.computeIfAbsent(n % 7, r -> new ArrayList<>());
                    byRemainder.computeIfPresent(n % 7, (r, list) -> {
                        synchronized (list) {
                            list.add(n);
                        }
                        return list;
                    });
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("word counts: " + new TreeMap<>(counts));
        TreeMap<String, Long> letters = new TreeMap<>();
        for (Map.Entry<String, LongAdder> e : adders.entrySet()) {
            letters.put(e.getKey(), e.getValue().sum());
        }
        System.out.println("first letters: " + letters);
        long sq = 0;
        for (int v : squares.values()) sq += v;
        System.out.println("squares: size " + squares.size() + ", sum " + sq);
        for (int r = 0; r < 7; r++) {
            List<Integer> l = new ArrayList<>(byRemainder.get(r));
            l.sort(null);
            System.out.println("remainder " + r + ": " + l.size() + " numbers, first " + l.get(0) + ", last "
                    + l.get(l.size() - 1));
        }

        // Removals from several threads.
        final ConcurrentHashMap<Integer, String> m = new ConcurrentHashMap<>();
        for (int i = 0; i < 1000; i++) m.put(i, "v" + i);
        Thread[] removers = new Thread[4];
        for (int i = 0; i < removers.length; i++) {
            final int id = i;
            removers[i] = new Thread(() -> {
                for (int k = id; k < 1000; k += 4) {
                    if (k % 3 == 0) m.remove(k);
                    else if (k % 3 == 1) m.replace(k, "r" + k);
                }
            });
        }
        for (Thread t : removers) t.start();
        for (Thread t : removers) t.join();
        int replaced = 0;
        for (String v : m.values()) if (v.startsWith("r")) replaced++;
        System.out.println("after removals: size " + m.size() + ", replaced " + replaced + ", has 3: "
                + m.containsKey(3) + ", 4 -> " + m.get(4) + ", 5 -> " + m.get(5));
        // Built by one thread, the map iterates in HotSpot's order.
        ConcurrentHashMap<String, Integer> ordered = new ConcurrentHashMap<>();
        for (String w : words) ordered.merge(w, 1, Integer::sum);
        System.out.println("single-threaded order: " + ordered);
    }
}
