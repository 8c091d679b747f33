// Checks TreeMap: sorted order, navigation, sub-maps, descending views and their updates.
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

public class TreeMapNavigation {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 25, 35, 65, 5, 95, 60};
        for (int k : keys) {
            m.put(k, "v" + k);
        }
        System.out.println(m);
        System.out.println("first " + m.firstKey() + " last " + m.lastKey() + " size " + m.size());
        for (int probe : new int[] {0, 5, 24, 25, 26, 64, 100}) {
            System.out.println(probe + ": floor=" + m.floorKey(probe) + " ceiling=" + m.ceilingKey(probe)
                    + " lower=" + m.lowerKey(probe) + " higher=" + m.higherKey(probe)
                    + " floorEntry=" + m.floorEntry(probe));
        }
        System.out.println("headMap(30) " + m.headMap(30));
        System.out.println("headMap(30, true) " + m.headMap(30, true));
        System.out.println("tailMap(65) " + m.tailMap(65));
        System.out.println("tailMap(65, false) " + m.tailMap(65, false));
        System.out.println("subMap(20, 70) " + m.subMap(20, 70));
        System.out.println("subMap(20, false, 70, true) " + m.subMap(20, false, 70, true));
        NavigableMap<Integer, String> desc = m.descendingMap();
        System.out.println("descending " + desc);
        System.out.println("descending keys " + m.descendingKeySet() + " first " + desc.firstKey());
        System.out.println("desc.headMap(50) " + desc.headMap(50) + " desc.tailMap(50) " + desc.tailMap(50));
        System.out.println("desc.floorKey(26) " + desc.floorKey(26) + " desc.ceilingKey(26) " + desc.ceilingKey(26));
        System.out.println("desc.subMap(80, 20) " + desc.subMap(80, 20));

        SortedMap<Integer, String> sub = m.subMap(20, 70);
        sub.put(45, "new45");
        sub.remove(25);
        try {
            sub.put(75, "out");
        } catch (IllegalArgumentException e) {
            System.out.println("sub.put(75): " + e.getMessage());
        }
        System.out.println("after sub edits " + m);
        System.out.println("sub " + sub + " size " + sub.size() + " first " + sub.firstKey() + " last " + sub.lastKey());
        NavigableMap<Integer, String> tail = m.tailMap(60, true);
        m.put(99, "v99");
        m.put(1, "v1");
        System.out.println("tail view sees 99: " + tail.keySet());

        System.out.println("pollFirst " + m.pollFirstEntry() + " pollLast " + m.pollLastEntry());
        Map.Entry<Integer, String> fe = m.firstEntry();
        try {
            fe.setValue("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("snapshot entry is read-only");
        }
        for (Map.Entry<Integer, String> e : m.entrySet()) {
            if (e.getKey() % 20 == 0) {
                e.setValue(e.getValue().toUpperCase());
            }
        }
        System.out.println("setValue via entrySet " + m);
        Iterator<Integer> it = m.keySet().iterator();
        while (it.hasNext()) {
            int k = it.next();
            if (k % 10 == 5) {
                it.remove();
            }
        }
        System.out.println("iterator removed *5: " + m);
        Iterator<Integer> dit = m.descendingKeySet().iterator();
        while (dit.hasNext()) {
            if (dit.next() > 70) {
                dit.remove();
            }
        }
        System.out.println("descending iterator removed >70: " + m);
        m.values().remove("V20");
        m.entrySet().removeIf(e -> e.getKey() == 30);
        System.out.println("values/entrySet removal: " + m + " containsValue(v60) " + m.containsValue("v60"));

        TreeMap<String, Integer> byLength = new TreeMap<>(
                Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        for (String w : "a bb ccc dd e ffff ggg hh i".split(" ")) {
            byLength.merge(w, 1, Integer::sum);
        }
        System.out.println("custom comparator: " + byLength + " comparator null? " + (byLength.comparator() == null));
        TreeMap<String, Integer> natural = new TreeMap<>(byLength);
        System.out.println("copied to natural: " + natural);
        @SuppressWarnings("unchecked")
        TreeMap<String, Integer> clone = (TreeMap<String, Integer>) natural.clone();
        clone.clear();
        System.out.println("clone cleared, original " + natural.size() + " equals " + natural.equals(byLength)
                + " hash " + (natural.hashCode() == byLength.hashCode()));

        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 2000; i++) {
            big.put((i * 7919) % 2003, i);
        }
        for (int i = 0; i < 2003; i += 2) {
            big.remove(i);
        }
        int sum = 0;
        int prev = -1;
        boolean sorted = true;
        for (int k : big.keySet()) {
            sum += k;
            sorted &= k > prev;
            prev = k;
        }
        System.out.println("big: size " + big.size() + " sum " + sum + " sorted " + sorted + " "
                + big.headMap(20) + " " + big.ceilingEntry(1000));
    }
}
