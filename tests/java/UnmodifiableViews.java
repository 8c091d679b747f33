// Checks unmodifiable views: reads pass through, writes throw UnsupportedOperationException.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class UnmodifiableViews {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": allowed");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    public static void main(String[] args) {
        List<Integer> backing = new ArrayList<>(Arrays.asList(3, 1, 2));
        List<Integer> ul = Collections.unmodifiableList(backing);
        System.out.println(ul + " get(1) " + ul.get(1) + " indexOf(2) " + ul.indexOf(2) + " sub " + ul.subList(0, 2));
        backing.add(4);
        System.out.println("sees backing change: " + ul + " same wrapper " + (Collections.unmodifiableList(ul) == ul));
        attempt("add", () -> ul.add(5));
        attempt("set", () -> ul.set(0, 5));
        attempt("remove(int)", () -> ul.remove(0));
        attempt("clear", ul::clear);
        attempt("sort", () -> ul.sort(null));
        attempt("removeIf", () -> ul.removeIf(x -> true));
        attempt("replaceAll", () -> ul.replaceAll(x -> x));
        attempt("subList add", () -> ul.subList(0, 1).add(1));
        Iterator<Integer> it = ul.iterator();
        it.next();
        attempt("iterator remove", it::remove);
        ListIterator<Integer> li = ul.listIterator();
        li.next();
        attempt("listIterator set", () -> li.set(1));
        attempt("Collections.sort", () -> Collections.sort(ul));

        Set<String> us = Collections.unmodifiableSet(new TreeSet<>(Arrays.asList("b", "a")));
        System.out.println(us + " contains(a) " + us.contains("a"));
        attempt("set add", () -> us.add("c"));
        attempt("set retainAll", () -> us.retainAll(Arrays.asList("a")));
        Collection<String> uc = Collections.unmodifiableCollection(new ArrayList<>(Arrays.asList("x")));
        attempt("collection addAll", () -> uc.addAll(Arrays.asList("y")));

        Map<String, Integer> hm = new HashMap<>();
        hm.put("one", 1);
        hm.put("two", 2);
        Map<String, Integer> um = Collections.unmodifiableMap(hm);
        System.out.println(um + " get(one) " + um.get("one") + " " + um.getOrDefault("x", 0) + " keys " + um.keySet());
        attempt("map put", () -> um.put("three", 3));
        attempt("map remove", () -> um.remove("one"));
        attempt("map putIfAbsent", () -> um.putIfAbsent("one", 5));
        attempt("map computeIfPresent missing", () -> um.computeIfPresent("zzz", (k, v) -> v));
        attempt("map merge", () -> um.merge("one", 1, Integer::sum));
        attempt("keySet remove", () -> um.keySet().remove("one"));
        attempt("values clear", () -> um.values().clear());
        attempt("entry setValue", () -> um.entrySet().iterator().next().setValue(0));
        for (Map.Entry<String, Integer> e : um.entrySet()) {
            attempt("entry " + e + " setValue", () -> e.setValue(7));
        }
        NavigableMap<Integer, String> nav = Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(1, "a", 2, "b", 3, "c")));
        System.out.println(nav + " " + nav.firstEntry() + " " + nav.headMap(3) + " " + nav.descendingMap());
        attempt("navigable pollFirst", nav::pollFirstEntry);
        attempt("navigable headMap put", () -> nav.headMap(3).put(0, "z"));
        attempt("emptyList add", () -> Collections.emptyList().add(1));
        attempt("singleton remove", () -> Collections.singleton(1).remove(1));
        attempt("singletonList set", () -> Collections.singletonList(1).set(0, 2));
        attempt("nCopies add", () -> Collections.nCopies(2, "a").add("b"));
        attempt("emptyMap put", () -> Collections.emptyMap().put(1, 1));
        attempt("singletonMap put", () -> Collections.singletonMap(1, 1).put(2, 2));
        System.out.println("hm untouched " + new TreeMap<>(hm));
    }
}
