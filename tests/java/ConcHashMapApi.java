// Checks ConcurrentHashMap's API and its iteration order (HotSpot's) for maps built by one thread.
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public class ConcHashMapApi {
    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        String[] keys = {"apple", "banana", "cherry", "date", "elder", "fig", "grape", "kiwi", "lemon", "mango",
            "nut", "olive", "pear", "quince", "rasp", "straw", "tomato", "ugli"};
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], i);
            if (i == 5 || i == 11 || i == 17) System.out.println(i + 1 + " keys: " + m);
        }
        System.out.println("keySet " + m.keySet());
        System.out.println("values " + m.values());
        System.out.println("putIfAbsent existing " + m.putIfAbsent("fig", 100) + ", new " + m.putIfAbsent("zest", 99));
        System.out.println("replace " + m.replace("fig", 55) + ", replace(k, old, new) " + m.replace("fig", 1, 2)
                + " " + m.replace("fig", 55, 56) + ", remove(k, v) " + m.remove("kiwi", 0) + " "
                + m.remove("kiwi", 7));
        System.out.println("computeIfAbsent " + m.computeIfAbsent("apple", k -> -1) + " "
                + m.computeIfAbsent("avocado", String::length) + ", computeIfPresent "
                + m.computeIfPresent("date", (k, v) -> v * 100) + " " + m.computeIfPresent("none", (k, v) -> 1));
        System.out.println("compute to null removes: " + m.compute("nut", (k, v) -> null) + ", contains "
                + m.containsKey("nut"));
        System.out.println("merge " + m.merge("pear", 1000, Integer::sum) + " " + m.merge("plum", 5, Integer::sum)
                + ", getOrDefault " + m.getOrDefault("none", -7) + ", containsValue 56 " + m.containsValue(56));
        System.out.println("now " + m.size() + ": " + m);
        System.out.println("mappingCount " + m.mappingCount() + ", reduceValues "
                + m.reduceValues(Long.MAX_VALUE, Integer::sum) + ", search "
                + m.search(1, (k, v) -> v > 1000 ? k : null));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (v % 2 == 0) sb.append(k).append(' ');
        });
        System.out.println("forEach even values: " + sb.toString().trim());
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (e.getKey().startsWith("s")) e.setValue(-e.getValue());
        }
        for (Iterator<String> it = m.keySet().iterator(); it.hasNext();) {
            if (it.next().length() > 5) it.remove();
        }
        System.out.println("after setValue and iterator remove: " + m);
        try {
            m.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key: NullPointerException");
        }
        try {
            m.put("x", null);
        } catch (NullPointerException e) {
            System.out.println("null value: NullPointerException");
        }
        System.out.println("get(null-free missing) " + m.get("missing"));

        ConcurrentHashMap<Integer, Integer> ints = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) ints.put(i * 37 % 101, i);
        System.out.println("int keys: " + ints);
        ConcurrentHashMap<Integer, Integer> sized = new ConcurrentHashMap<>(16);
        for (int i = 0; i < 12; i++) sized.put(i * 16, i);
        System.out.println("capacity 16: " + sized);
        Map<Integer, Integer> copy = new ConcurrentHashMap<>(sized);
        System.out.println("copy: " + copy + ", equals " + copy.equals(sized) + ", hash equal "
                + (copy.hashCode() == sized.hashCode()));
        HashMap<Integer, Integer> plain = new HashMap<>(sized);
        System.out.println("equals a HashMap: " + sized.equals(plain) + " " + plain.equals(sized));

        Set<String> ks = ConcurrentHashMap.newKeySet();
        ks.add("b");
        ks.add("a");
        ks.add("b");
        System.out.println("newKeySet " + ks + " " + ks.size());
        ConcurrentHashMap.KeySetView<String, Boolean> view = new ConcurrentHashMap<String, Boolean>().keySet(true);
        view.add("k");
        System.out.println("keySet(default) " + view + " backing " + view.getMap());
        try {
            m.keySet().add("nope");
        } catch (UnsupportedOperationException e) {
            System.out.println("plain keySet add: UnsupportedOperationException");
        }
        ConcurrentMap<String, String> cm = new ConcurrentHashMap<>();
        cm.put("k", "v");
        System.out.println("ConcurrentMap view: " + cm);

        // A computeIfAbsent that updates the same bin from inside its function.
        ConcurrentHashMap<Integer, Integer> rec = new ConcurrentHashMap<>();
        try {
            rec.computeIfAbsent(1, k -> rec.computeIfAbsent(17, j -> 2));
            System.out.println("recursive update allowed: " + rec);
        } catch (IllegalStateException e) {
            System.out.println("recursive update: " + e.getMessage());
        }
        ConcurrentHashMap<Integer, Integer> rec2 = new ConcurrentHashMap<>();
        rec2.computeIfAbsent(1, k -> rec2.computeIfAbsent(2, j -> 3) + 1);
        System.out.println("other bins are fine: " + rec2);
    }
}
