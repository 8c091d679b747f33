// Checks fail-fast iterators: ConcurrentModificationException exactly where the JDK throws it.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;

public class FailFastIterators {
    static void removeDuring(String name, Collection<Integer> c, int victim) {
        int seen = 0;
        try {
            for (Integer x : c) {
                seen++;
                if (x == victim) {
                    c.remove(x);
                }
            }
            System.out.println(name + ": no exception, saw " + seen + ", now " + c);
        } catch (RuntimeException e) {
            System.out.println(name + ": " + e.getClass().getName() + " after " + seen + ", now " + c);
        }
    }

    static void addDuring(String name, Collection<Integer> c) {
        try {
            for (Integer x : c) {
                if (x == 2) {
                    c.add(100);
                }
            }
            System.out.println(name + " add: no exception " + c);
        } catch (RuntimeException e) {
            System.out.println(name + " add: " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        List<Integer> base = Arrays.asList(1, 2, 3, 4, 5);
        removeDuring("ArrayList middle", new ArrayList<>(base), 2);
        removeDuring("ArrayList penultimate", new ArrayList<>(base), 4);
        removeDuring("ArrayList last", new ArrayList<>(base), 5);
        removeDuring("LinkedList middle", new LinkedList<>(base), 3);
        removeDuring("LinkedList penultimate", new LinkedList<>(base), 4);
        removeDuring("Vector middle", new Vector<>(base), 1);
        removeDuring("HashSet", new HashSet<>(base), 3);
        removeDuring("HashSet last", new HashSet<>(base), 5);
        removeDuring("TreeSet", new TreeSet<>(base), 2);
        removeDuring("TreeSet last", new TreeSet<>(base), 5);
        removeDuring("PriorityQueue", new PriorityQueue<>(base), 3);
        addDuring("ArrayList", new ArrayList<>(base));
        addDuring("LinkedList", new LinkedList<>(base));
        addDuring("HashSet", new HashSet<>(base));
        addDuring("TreeSet", new TreeSet<>(base));

        Map<String, Integer> hm = new HashMap<>();
        for (String s : "a b c d e f".split(" ")) {
            hm.put(s, s.charAt(0) - 'a');
        }
        try {
            for (String k : hm.keySet()) {
                if (k.equals("c")) {
                    hm.put("zz", 0);
                }
            }
        } catch (RuntimeException e) {
            System.out.println("HashMap put while iterating: " + e.getClass().getName());
        }
        try {
            for (String k : hm.keySet()) {
                hm.put(k, 42);
            }
            System.out.println("HashMap replace values while iterating: fine " + hm);
        } catch (RuntimeException e) {
            System.out.println("unexpected " + e);
        }
        try {
            hm.forEach((k, v) -> {
                if (k.equals("a")) {
                    hm.remove("b");
                }
            });
        } catch (RuntimeException e) {
            System.out.println("HashMap.forEach removing: " + e.getClass().getName() + " " + hm.keySet());
        }
        try {
            hm.computeIfAbsent("new", k -> {
                hm.put("other", 1);
                return 5;
            });
        } catch (RuntimeException e) {
            System.out.println("computeIfAbsent modifying: " + e.getClass().getName());
        }
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 6; i++) {
            tm.put(i, "v" + i);
        }
        try {
            for (Map.Entry<Integer, String> e : tm.entrySet()) {
                if (e.getKey() == 1) {
                    tm.remove(4);
                }
            }
        } catch (RuntimeException e) {
            System.out.println("TreeMap remove while iterating: " + e.getClass().getName() + " " + tm);
        }
        LinkedHashMap<Integer, Integer> lhm = new LinkedHashMap<>();
        lhm.put(1, 1);
        lhm.put(2, 2);
        Iterator<Integer> it = lhm.keySet().iterator();
        it.next();
        lhm.put(3, 3);
        try {
            it.next();
        } catch (RuntimeException e) {
            System.out.println("LinkedHashMap after put: " + e.getClass().getName());
        }
        List<Integer> al = new ArrayList<>(base);
        try {
            al.forEach(x -> {
                if (x == 3) {
                    al.add(9);
                }
            });
        } catch (RuntimeException e) {
            System.out.println("ArrayList.forEach adding: " + e.getClass().getName() + " " + al);
        }
        List<Integer> sub = al.subList(1, 3);
        al.add(7);
        try {
            System.out.println(sub.size());
        } catch (RuntimeException e) {
            System.out.println("stale subList: " + e.getClass().getName());
        }
        Iterator<Integer> safe = al.iterator();
        while (safe.hasNext()) {
            if (safe.next() % 2 == 1) {
                safe.remove();
            }
        }
        System.out.println("Iterator.remove is safe: " + al);
        al.removeIf(x -> x > 5);
        System.out.println("removeIf: " + al);
    }
}
