// Checks LinkedHashMap: insertion order, access order as an LRU cache, removeEldestEntry.
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

public class LinkedHashMapLru {
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) {
                System.out.println("  evict " + eldest);
            }
            return evict;
        }
    }

    public static void main(String[] args) {
        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        String[] words = {"pear", "apple", "fig", "kiwi", "banana", "apple", "date", "fig"};
        for (int i = 0; i < words.length; i++) {
            ins.put(words[i], i);
        }
        System.out.println("insertion order: " + ins);
        ins.remove("kiwi");
        ins.put("kiwi", 99);
        ins.putIfAbsent("pear", -1);
        System.out.println("re-inserted: " + ins);

        Lru<Integer, String> cache = new Lru<>(4);
        int[] accesses = {1, 2, 3, 1, 4, 5, 2, 1, 6, 3, 1, 7};
        for (int k : accesses) {
            String v = cache.get(k);
            if (v == null) {
                System.out.println("miss " + k);
                cache.put(k, "v" + k);
            } else {
                System.out.println("hit " + k + " -> " + v);
            }
            System.out.println("  cache " + cache.keySet());
        }
        cache.getOrDefault(6, "none");
        cache.put(7, "seven");
        System.out.println("after getOrDefault/put: " + cache);

        try {
            for (Integer k : cache.keySet()) {
                cache.get(k);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("get while iterating: " + e.getClass().getName());
        }
        LinkedHashMap<Integer, Integer> plain = new LinkedHashMap<>();
        for (int i = 10; i > 0; i--) {
            plain.put(i * i % 17, i);
        }
        for (Integer k : plain.keySet()) {
            plain.get(k);
        }
        System.out.println("plain get keeps order: " + plain);
        Iterator<Map.Entry<Integer, Integer>> it = plain.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, Integer> e = it.next();
            if (e.getValue() % 2 == 0) {
                it.remove();
            } else {
                e.setValue(-e.getValue());
            }
        }
        System.out.println("filtered: " + plain + " values " + plain.values());
        StringBuilder sb = new StringBuilder();
        plain.forEach((k, v) -> sb.append(k).append(':').append(v).append(' '));
        System.out.println("forEach: " + sb);
        plain.replaceAll((k, v) -> k + v);
        System.out.println("replaceAll: " + plain);

        LinkedHashMap<String, Integer> copy = new LinkedHashMap<>(ins);
        copy.put("zebra", 0);
        System.out.println("copy: " + copy + " equals " + copy.equals(ins));
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String w : "the cat sat on the mat with the hat".split(" ")) {
            set.add(w);
        }
        set.remove("sat");
        set.add("sat");
        System.out.println("linked set: " + set);
        LinkedHashSet<Integer> nums = new LinkedHashSet<>(java.util.Arrays.asList(5, 3, 9, 3, 1, 5, 7));
        System.out.println("linked set of list: " + nums + " first " + nums.iterator().next());
    }
}
