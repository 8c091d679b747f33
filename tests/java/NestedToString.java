// Checks toString of nested and self-referencing collections and of map entries.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

public class NestedToString {
    public static void main(String[] args) {
        List<List<Integer>> grid = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            grid.add(new ArrayList<>());
            for (int j = 0; j < i + 2; j++) {
                grid.get(i).add(i * j);
            }
        }
        System.out.println(grid);
        Map<String, List<Integer>> m = new TreeMap<>();
        m.put("evens", Arrays.asList(0, 2, 4));
        m.put("odds", new LinkedList<>(Arrays.asList(1, 3)));
        m.put("none", new ArrayList<>());
        System.out.println(m);
        Map<Integer, Map<String, TreeSet<Character>>> deep = new TreeMap<>();
        for (String w : "ant bee cat dog eel".split(" ")) {
            deep.computeIfAbsent(w.length(), k -> new TreeMap<>())
                    .computeIfAbsent(w.substring(0, 1), k -> new TreeSet<>()).add(w.charAt(2));
        }
        System.out.println(deep);
        List<Object> self = new ArrayList<>();
        self.add(1);
        self.add(self);
        self.add("end");
        System.out.println(self);
        Map<String, Object> selfMap = new HashMap<>();
        selfMap.put("me", selfMap);
        System.out.println(selfMap);
        List<Object> mixed = new ArrayList<>(Arrays.asList(null, "s", 'c', 2.5, 7L, true, new int[0].length));
        mixed.add(new ArrayDeque<>(Arrays.asList("q1", "q2")));
        mixed.add(Map.entry("k", "v"));
        System.out.println(mixed);
        System.out.println(new ArrayList<>() + " " + new HashMap<>() + " " + new TreeSet<>() + " " + Arrays.asList());
        Map<String, String> nulls = new HashMap<>();
        nulls.put(null, null);
        System.out.println(nulls + " " + nulls.entrySet() + " " + nulls.keySet() + " " + nulls.values());
    }
}
