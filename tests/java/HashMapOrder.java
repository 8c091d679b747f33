// Checks HashMap iteration order against HotSpot: many key kinds, collisions, resizes, removals.
import java.util.HashMap;
import java.util.Map;

public class HashMapOrder {
    static final class Key {
        final int h;
        final String name;

        Key(int h, String name) {
            this.h = h;
            this.name = name;
        }

        public int hashCode() {
            return h;
        }

        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).name.equals(name);
        }

        public String toString() {
            return name + "#" + h;
        }
    }

    public static void main(String[] args) {
        HashMap<Integer, String> ints = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            ints.put(i * 37 - 500, "v" + i);
        }
        System.out.println("ints: " + ints);
        for (int i = 0; i < 40; i += 3) {
            ints.remove(i * 37 - 500);
        }
        System.out.println("after removals: " + ints.keySet());
        System.out.println("values: " + ints.values());

        HashMap<String, Integer> words = new HashMap<>();
        String[] ws = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
            "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon",
            "phi", "chi", "psi", "omega", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"};
        for (int i = 0; i < ws.length; i++) {
            words.put(ws[i], i);
        }
        System.out.println("words: " + words);

        HashMap<Long, Integer> longs = new HashMap<>();
        for (long v = -5; v <= 5; v++) {
            longs.put(v * 1_000_000_007L, (int) v);
        }
        longs.put(Long.MIN_VALUE, 1);
        longs.put(Long.MAX_VALUE, 2);
        System.out.println("longs: " + longs);

        HashMap<Double, String> doubles = new HashMap<>();
        double[] ds = {0.0, -0.0, 1.5, -2.25, Double.NaN, 1e300, 3.0, 0.1};
        for (double d : ds) {
            doubles.put(d, Double.toString(d));
        }
        System.out.println("doubles: " + doubles);

        HashMap<Character, Integer> chars = new HashMap<>();
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) {
            chars.merge(c, 1, Integer::sum);
        }
        System.out.println("chars: " + chars);

        // Keys colliding in one bucket: nine of them make a small table grow.
        HashMap<Integer, Integer> same = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            same.put(i * 64, i);
            System.out.println("collide " + i + ": " + same.keySet());
        }
        HashMap<Key, Integer> forced = new HashMap<>();
        for (int i = 0; i < 14; i++) {
            forced.put(new Key(i % 3 == 0 ? 7 : 7 + 16 * i, "k" + i), i);
        }
        System.out.println("forced: " + forced);
        forced.remove(new Key(7, "k3"));
        forced.put(new Key(7, "k3"), 99);
        System.out.println("re-added: " + forced);

        HashMap<String, String> withNull = new HashMap<>();
        withNull.put(null, "nullkey");
        withNull.put("x", null);
        withNull.put("y", "why");
        System.out.println("nulls: " + withNull + " " + withNull.get(null) + " " + withNull.containsKey("x"));

        // Capacity given up front, copies and clones size their own tables.
        HashMap<Integer, Integer> small = new HashMap<>(2);
        for (int i = 0; i < 10; i++) {
            small.put(i * 5, i);
        }
        System.out.println("small: " + small);
        HashMap<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            big.put(i * 3, i);
        }
        for (int i = 0; i < 95; i++) {
            big.remove(i * 3);
        }
        System.out.println("big after removals: " + big);
        System.out.println("copy: " + new HashMap<>(big));
        @SuppressWarnings("unchecked")
        HashMap<Integer, Integer> cl = (HashMap<Integer, Integer>) big.clone();
        cl.put(1000, 0);
        cl.put(64, 0);
        System.out.println("clone: " + cl);
        HashMap<Integer, Integer> into = new HashMap<>();
        into.put(777, 7);
        into.putAll(ints.size() > 0 ? copyKeys(ints) : into);
        System.out.println("putAll: " + into);

        // compute, computeIfAbsent and merge put new keys first in their bucket.
        HashMap<Integer, Integer> heads = new HashMap<>();
        heads.put(0, 0);
        heads.merge(16, 1, Integer::sum);
        heads.computeIfAbsent(32, k -> 2);
        heads.compute(48, (k, v) -> 3);
        heads.put(64, 4);
        System.out.println("heads: " + heads);
        HashMap<Integer, Integer> viaCompute = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            viaCompute.computeIfAbsent(i * 11, k -> k / 11);
        }
        System.out.println("computeIfAbsent: " + viaCompute);
        viaCompute.computeIfAbsent(0, k -> -1);
        System.out.println("after a hit: " + viaCompute);

        for (Map.Entry<Integer, Integer> e : viaCompute.entrySet()) {
            if (e.getKey() % 2 == 0) {
                e.setValue(e.getValue() * 100);
            }
        }
        System.out.println("setValue: " + viaCompute);
        viaCompute.entrySet().removeIf(e -> e.getValue() > 1000);
        viaCompute.keySet().removeIf(k -> k % 3 == 0);
        viaCompute.values().removeIf(v -> v == 5);
        System.out.println("removeIf: " + viaCompute + " size " + viaCompute.size());
        viaCompute.clear();
        viaCompute.put(5, 5);
        viaCompute.put(21, 21);
        System.out.println("after clear: " + viaCompute + " " + viaCompute.hashCode());
    }

    static HashMap<Integer, Integer> copyKeys(HashMap<Integer, String> m) {
        HashMap<Integer, Integer> r = new HashMap<>();
        for (Integer k : m.keySet()) {
            r.put(k * 2, k);
        }
        return r;
    }
}
