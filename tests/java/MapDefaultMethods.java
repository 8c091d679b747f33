// Checks Map's Java 8 operations (merge, compute*, putIfAbsent, replace...) on every map kind.
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public class MapDefaultMethods {
    /** A minimal map over a LinkedHashMap's entry set: it gets Map's default methods only. */
    static final class Plain<K, V> extends AbstractMap<K, V> {
        private final LinkedHashMap<K, V> inner = new LinkedHashMap<>();

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return inner.entrySet();
        }

        @Override
        public V put(K key, V value) {
            return inner.put(key, value);
        }
    }

    static void exercise(String name, Map<String, Integer> m) {
        for (String k : "a b c d e".split(" ")) {
            m.put(k, k.charAt(0) - 'a');
        }
        StringBuilder log = new StringBuilder();
        log.append(m.getOrDefault("a", -1)).append(' ').append(m.getOrDefault("zz", -1)).append(' ');
        log.append(m.putIfAbsent("a", 100)).append(' ').append(m.putIfAbsent("f", 5)).append(' ');
        log.append(m.merge("b", 10, Integer::sum)).append(' ').append(m.merge("g", 7, Integer::sum)).append(' ');
        log.append(m.merge("c", 1, (x, y) -> null)).append(' ');
        log.append(m.computeIfAbsent("h", k -> 8)).append(' ').append(m.computeIfAbsent("a", k -> 99)).append(' ');
        log.append(m.computeIfAbsent("i", k -> null)).append(' ');
        log.append(m.computeIfPresent("d", (k, v) -> v * 100)).append(' ').append(m.computeIfPresent("zz", (k, v) -> 1)).append(' ');
        log.append(m.computeIfPresent("e", (k, v) -> null)).append(' ');
        log.append(m.compute("f", (k, v) -> v == null ? -1 : v + 1)).append(' ').append(m.compute("j", (k, v) -> v == null ? -1 : v + 1)).append(' ');
        log.append(m.replace("a", 11)).append(' ').append(m.replace("zz", 1)).append(' ');
        log.append(m.replace("b", 11, 12)).append(' ').append(m.replace("b", 999, 0)).append(' ');
        log.append(m.remove("g", 8)).append(' ').append(m.remove("g", 7)).append(' ');
        System.out.println(name + ": " + log);
        m.replaceAll((k, v) -> v + k.length());
        System.out.println(name + " final: " + new TreeMap<>(m) + " size " + m.size());
        StringBuilder sum = new StringBuilder();
        int[] total = {0};
        m.forEach((k, v) -> total[0] += v);
        sum.append(total[0]);
        System.out.println(name + " forEach total: " + sum);
    }

    public static void main(String[] args) {
        exercise("HashMap", new HashMap<>());
        exercise("LinkedHashMap", new LinkedHashMap<>());
        exercise("TreeMap", new TreeMap<>());
        exercise("Hashtable", new Hashtable<>());
        exercise("AbstractMap", new Plain<>());
        LinkedHashMap<String, Integer> order = new LinkedHashMap<>();
        exercise("order", order);
        System.out.println("insertion order kept: " + order);

        Map<Character, Integer> letters = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) {
            letters.merge(c, 1, Integer::sum);
        }
        System.out.println("letters " + letters);
        Map<Integer, StringBuilder> groups = new HashMap<>();
        for (String w : "one two three four five six seven eight nine ten".split(" ")) {
            groups.computeIfAbsent(w.length(), k -> new StringBuilder()).append(w).append(' ');
        }
        System.out.println("groups " + groups);
        Map<String, Integer> nulls = new HashMap<>();
        nulls.put("k", null);
        System.out.println("null value: getOrDefault " + nulls.getOrDefault("k", 5) + " putIfAbsent " + nulls.putIfAbsent("k", 6)
                + " now " + nulls + " merge " + nulls.merge("n", 1, Integer::sum));
        try {
            nulls.merge("k", null, Integer::sum);
        } catch (NullPointerException e) {
            System.out.println("merge null value: NullPointerException");
        }
    }
}
