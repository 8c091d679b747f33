// Checks HashMap/HashSet/LinkedHashMap order when many keys share a bucket (tree buckets).
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

public class HashMapCollisions {
    /** Comparable, in reverse, and all in one bucket. */
    static final class Rev implements Comparable<Rev> {
        final int v;

        Rev(int v) {
            this.v = v;
        }

        @Override
        public int hashCode() {
            return 42;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rev && ((Rev) o).v == v;
        }

        @Override
        public int compareTo(Rev o) {
            return Integer.compare(o.v, v);
        }

        @Override
        public String toString() {
            return "R" + v;
        }
    }

    /** All 2^n strings made of n blocks "Aa" or "BB": they share one hashCode. */
    static List<String> sameHash(int n) {
        List<String> out = new ArrayList<>();
        for (int mask = 0; mask < (1 << n); mask++) {
            StringBuilder sb = new StringBuilder();
            for (int i = n - 1; i >= 0; i--) {
                sb.append((mask >> i & 1) == 0 ? "Aa" : "BB");
            }
            out.add(sb.toString());
        }
        return out;
    }

    public static void main(String[] args) {
        List<String> keys = sameHash(5);
        HashMap<String, Integer> m = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get((i * 7) % keys.size()), i);
            if (i % 4 == 3) {
                System.out.println(i + ": " + m.keySet());
            }
        }
        for (int i = 0; i < 100; i++) {
            m.put("k" + i, i);
        }
        System.out.println("grown: " + m.keySet());
        for (int i = 0; i < keys.size(); i += 3) {
            m.remove(keys.get(i));
        }
        System.out.println("removed: " + m.keySet());
        Iterator<String> it = m.keySet().iterator();
        while (it.hasNext()) {
            String k = it.next();
            if (k.startsWith("BBAa") || k.endsWith("7")) {
                it.remove();
            }
        }
        System.out.println("iterator removed: " + m.keySet());
        for (int i = 0; i < keys.size(); i += 2) {
            m.merge(keys.get(i), 1000, Integer::sum);
            m.computeIfAbsent(keys.get(keys.size() - 1 - i), k -> -1);
        }
        System.out.println("merged: " + m);
        m.compute("AaAaAaAaAa", (k, v) -> null);
        m.compute("BBBBBBBBBB", (k, v) -> v == null ? 5 : v + 1);
        System.out.println("computed: " + m.keySet());

        // Integers that all land in bucket 0 of a 64-slot table, then of bigger ones.
        HashMap<Integer, Integer> ints = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            ints.put(i * 64, i);
            if (i >= 8 && i <= 14) {
                System.out.println("ints " + i + ": " + ints.keySet());
            }
        }
        for (int i = 0; i < 60; i++) {
            ints.put(100000 + i, i);
        }
        System.out.println("ints grown: " + ints.keySet());
        for (int i = 0; i < 40; i += 2) {
            ints.remove(i * 64);
        }
        System.out.println("ints halved: " + ints.keySet());
        for (int i = 1; i < 40; i += 2) {
            if (i % 5 != 0) {
                ints.remove(i * 64);
            }
        }
        System.out.println("ints few: " + ints.keySet());

        HashSet<String> set = new HashSet<>(sameHash(4));
        set.addAll(sameHash(3));
        System.out.println("set: " + set);
        set.removeIf(s -> s.indexOf("BBBB") >= 0);
        System.out.println("set filtered: " + set);

        LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>(16, 0.75f, true);
        for (String k : sameHash(4)) {
            lhm.put(k, k.length());
        }
        lhm.get("AaAaAaAa");
        lhm.put("BBBBBBBB", 0);
        lhm.remove("AaBBAaBB");
        System.out.println("lhm: " + lhm.keySet());
        @SuppressWarnings("unchecked")
        HashMap<String, Integer> copy = (HashMap<String, Integer>) m.clone();
        System.out.println("clone equal: " + copy.equals(m) + " " + copy.keySet());

        // Longs whose two halves cancel in hashCode, and a comparable class with one hash.
        HashMap<Long, Integer> longs = new HashMap<>();
        for (long i = 1; i <= 20; i++) {
            longs.put(i * 0x100000001L, (int) i);
        }
        for (int i = 0; i < 40; i++) {
            longs.put((long) i, i);
        }
        System.out.println("longs: " + longs.keySet());
        HashMap<Rev, Integer> revs = new HashMap<>(64);
        for (int i = 0; i < 15; i++) {
            revs.put(new Rev((i * 7) % 15), i);
        }
        System.out.println("revs: " + revs.keySet());
        revs.remove(new Rev(3));
        revs.remove(new Rev(9));
        revs.merge(new Rev(20), 1, Integer::sum);
        System.out.println("revs edited: " + revs + " get " + revs.get(new Rev(7)) + " " + revs.containsKey(new Rev(3)));
    }
}
