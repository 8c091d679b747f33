// Checks ConcurrentSkipListMap and ConcurrentSkipListSet: sorted order, navigation, views and concurrent adds.
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;

public class ConcSkipList {
    public static void main(String[] args) throws Exception {
        ConcurrentSkipListMap<String, Integer> m = new ConcurrentSkipListMap<>();
        for (String s : "pear apple fig kiwi banana cherry date grape".split(" ")) m.put(s, s.length());
        System.out.println(m);
        System.out.println("first " + m.firstKey() + ", last " + m.lastEntry() + ", floor(c) " + m.floorKey("c")
                + ", ceiling(c) " + m.ceilingEntry("c") + ", lower(apple) " + m.lowerKey("apple") + ", higher(kiwi) "
                + m.higherKey("kiwi"));
        ConcurrentNavigableMap<String, Integer> head = m.headMap("date");
        ConcurrentNavigableMap<String, Integer> tail = m.tailMap("grape", false);
        System.out.println("head " + head + ", tail " + tail + ", sub " + m.subMap("b", "g") + ", descending "
                + m.descendingMap());
        head.put("avocado", 7);
        System.out.println("a put through the head view shows in the map: " + m.containsKey("avocado"));
        try {
            head.put("zucchini", 8);
        } catch (IllegalArgumentException e) {
            System.out.println("out-of-range put through a view: IllegalArgumentException");
        }
        System.out.println("keySet " + m.keySet() + ", descendingKeySet " + m.descendingKeySet());
        for (Iterator<String> it = m.keySet().iterator(); it.hasNext();) {
            String k = it.next();
            if (k.length() == 4) it.remove();
            if (k.equals("cherry")) m.put("coconut", 7); // no ConcurrentModificationException
        }
        System.out.println("after iterating: " + m);
        System.out.println("pollFirst " + m.pollFirstEntry() + ", pollLast " + m.pollLastEntry() + ", size "
                + m.size());
        System.out.println("putIfAbsent " + m.putIfAbsent("apple", 0) + ", merge " + m.merge("apple", 10, Integer::sum)
                + ", compute " + m.compute("zz", (k, v) -> v == null ? 1 : v + 1));
        Map.Entry<String, Integer> e = m.firstEntry();
        try {
            e.setValue(5);
        } catch (UnsupportedOperationException ex) {
            System.out.println("entries are snapshots: UnsupportedOperationException");
        }
        try {
            m.put(null, 1);
        } catch (NullPointerException ex) {
            System.out.println("null key: NullPointerException");
        }
        try {
            m.put("x", null);
        } catch (NullPointerException ex) {
            System.out.println("null value: NullPointerException");
        }
        ConcurrentSkipListMap<Integer, String> rev = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 6; i++) rev.put(i * 7 % 10, "v" + i);
        System.out.println("reversed " + rev + ", comparator set " + (rev.comparator() != null));

        final ConcurrentSkipListSet<Integer> set = new ConcurrentSkipListSet<>();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 100; k++) set.add((k * 13 + id * 7) % 150);
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("set size " + set.size() + ", first " + set.first() + ", last " + set.last());
        NavigableSet<Integer> sub = set.subSet(10, true, 20, true);
        System.out.println("10..20: " + sub + ", descending head " + set.headSet(5).descendingSet()
                + ", ceiling(149) " + set.ceiling(149) + ", higher(149) " + set.higher(149));
        System.out.println("pollFirst " + set.pollFirst() + ", pollLast " + set.pollLast() + ", contains 0 "
                + set.contains(0) + ", remove 1 " + set.remove(1) + ", size " + set.size());
        ConcurrentSkipListSet<String> words = new ConcurrentSkipListSet<>(java.util.List.of("b", "c", "a", "b"));
        System.out.println(words + " clone " + words.clone() + " equals " + words.equals(java.util.Set.of("a", "b", "c")));
    }
}
