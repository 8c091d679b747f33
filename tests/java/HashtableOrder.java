// Checks Hashtable: its own bucket layout and order (last bucket first), rehash, views.
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.Map;

public class HashtableOrder {
    public static void main(String[] args) {
        Hashtable<Integer, String> h = new Hashtable<>();
        for (int i = 0; i < 25; i++) {
            h.put(i * 13 - 40, "v" + i);
            if (i == 7 || i == 8 || i == 16 || i == 17) {
                System.out.println(i + ": " + h);
            }
        }
        System.out.println("keys " + h.keySet());
        System.out.println("values " + h.values());
        StringBuilder sb = new StringBuilder();
        h.forEach((k, v) -> sb.append(k).append(' '));
        System.out.println("forEach " + sb);
        Enumeration<Integer> ks = h.keys();
        StringBuilder ke = new StringBuilder();
        while (ks.hasMoreElements()) {
            ke.append(ks.nextElement()).append(' ');
        }
        System.out.println("keys() " + ke);
        Enumeration<String> es = h.elements();
        System.out.println("first element " + es.nextElement());

        Hashtable<String, Integer> words = new Hashtable<>();
        for (String w : "it was the best of times it was the worst of times".split(" ")) {
            words.merge(w, 1, Integer::sum);
        }
        System.out.println("words " + words);
        words.computeIfAbsent("age", k -> 0);
        words.computeIfPresent("best", (k, v) -> v + 10);
        words.compute("worst", (k, v) -> null);
        words.putIfAbsent("it", 100);
        words.replace("of", 7);
        System.out.println("updated " + words + " size " + words.size());
        System.out.println("contains(7) " + words.contains(7) + " containsKey(it) " + words.containsKey("it")
                + " get(zzz) " + words.get("zzz") + " getOrDefault " + words.getOrDefault("zzz", -1));
        Iterator<Map.Entry<String, Integer>> it = words.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() == 2) {
                it.remove();
            }
        }
        System.out.println("removed twos " + words);
        try {
            words.put("null", null);
        } catch (NullPointerException e) {
            System.out.println("null value: NullPointerException");
        }
        Hashtable<Integer, Integer> small = new Hashtable<>(3);
        for (int i = 0; i < 10; i++) {
            small.put(i * 5, i);
        }
        System.out.println("small " + small);
        @SuppressWarnings("unchecked")
        Hashtable<Integer, Integer> copy = (Hashtable<Integer, Integer>) small.clone();
        copy.remove(0);
        System.out.println("clone " + copy + " original size " + small.size());
        Hashtable<Integer, Integer> fromMap = new Hashtable<>(copy);
        System.out.println("from map " + fromMap + " equals " + fromMap.equals(copy) + " hash " + (fromMap.hashCode() == copy.hashCode()));
        h.clear();
        System.out.println("cleared " + h + " empty " + h.isEmpty());
    }
}
