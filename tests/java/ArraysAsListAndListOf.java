// Checks Arrays.asList (a view of the array) and the immutable List.of, Set.of and Map.of.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class ArraysAsListAndListOf {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        String[] arr = {"c", "a", "b"};
        List<String> view = Arrays.asList(arr);
        view.set(0, "z");
        System.out.println(view + " " + Arrays.toString(arr) + " size " + view.size());
        arr[1] = "y";
        System.out.println("writes through: " + view + " indexOf(b) " + view.indexOf("b") + " contains(q) " + view.contains("q"));
        view.sort(null);
        System.out.println("sorted view " + view + " array " + Arrays.toString(arr));
        attempt("asList add", () -> view.add("x"));
        attempt("asList remove", () -> view.remove(0));
        attempt("asList clear", view::clear);
        attempt("asList get(3)", () -> view.get(3));
        List<Integer> ints = Arrays.asList(3, 1, 2);
        System.out.println(ints + " hash " + ints.hashCode() + " equals " + ints.equals(new ArrayList<>(ints)));
        System.out.println("toArray " + Arrays.toString(ints.toArray()) + " " + ints.toArray().getClass().getSimpleName());
        ints.replaceAll(x -> x * 10);
        System.out.println("replaceAll " + ints);

        List<Integer> lo = List.of(5, 6, 7, 8);
        System.out.println(lo + " get(2) " + lo.get(2) + " indexOf(8) " + lo.indexOf(8) + " sub " + lo.subList(1, 3));
        System.out.println(List.of() + " " + List.of("one") + " " + List.of(1, 2) + " equals " + lo.equals(Arrays.asList(5, 6, 7, 8)));
        attempt("List.of add", () -> lo.add(1));
        attempt("List.of set", () -> lo.set(0, 1));
        attempt("List.of null", () -> List.of("a", null));
        attempt("List.of contains(null)", () -> lo.contains(null));
        attempt("List.of get(9)", () -> lo.get(9));
        attempt("List.of(1,2) get(5)", () -> List.of(1, 2).get(5));
        attempt("List.of removeIf", () -> lo.removeIf(x -> false));
        List<String> copy = List.copyOf(new ArrayList<>(Arrays.asList("p", "q")));
        System.out.println("copyOf " + copy + " same " + (List.copyOf(copy) == copy));

        Set<String> so = Set.of("x", "y", "z");
        System.out.println("Set.of sorted " + new TreeSet<>(so) + " size " + so.size() + " contains(y) " + so.contains("y")
                + " equals " + so.equals(new TreeSet<>(Arrays.asList("z", "y", "x"))) + " hash " + so.hashCode());
        attempt("Set.of duplicate", () -> Set.of(1, 2, 1));
        attempt("Set.of add", () -> so.add("w"));
        Map<String, Integer> mo = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println("Map.of sorted " + new TreeMap<>(mo) + " get(two) " + mo.get("two") + " get(four) " + mo.get("four")
                + " containsKey " + mo.containsKey("one") + " hash " + mo.hashCode());
        Map<String, Integer> hm = new HashMap<>(mo);
        System.out.println("equals HashMap " + mo.equals(hm) + " " + hm.equals(mo));
        attempt("Map.of duplicate key", () -> Map.of("a", 1, "a", 2));
        attempt("Map.of put", () -> mo.put("four", 4));
        attempt("Map.of merge", () -> mo.merge("one", 1, Integer::sum));
        Map.Entry<String, Integer> e = Map.entry("k", 9);
        System.out.println("entry " + e + " " + e.getKey() + " " + e.getValue());
        attempt("entry setValue", () -> e.setValue(1));
        Map<String, Integer> fromEntries = Map.ofEntries(Map.entry("a", 1), Map.entry("b", 2));
        System.out.println("ofEntries " + new TreeMap<>(fromEntries) + " copyOf " + new TreeMap<>(Map.copyOf(hm)));
        Set<Integer> setCopy = Set.copyOf(Arrays.asList(3, 3, 1, 2, 1));
        System.out.println("Set.copyOf " + new TreeSet<>(setCopy) + " size " + setCopy.size());
    }
}
