// Checks equals and hashCode across list, set and map implementations (the interface contracts).
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;

public class EqualsHashCodeCollections {
    public static void main(String[] args) {
        List<List<String>> lists = new ArrayList<>();
        lists.add(new ArrayList<>(Arrays.asList("a", "b", null)));
        lists.add(new LinkedList<>(Arrays.asList("a", "b", null)));
        lists.add(new Vector<>(Arrays.asList("a", "b", null)));
        lists.add(Arrays.asList("a", "b", null));
        lists.add(Collections.unmodifiableList(new ArrayList<>(Arrays.asList("a", "b", null))));
        lists.add(new ArrayList<>(Arrays.asList("x", "a", "b", null, "y")).subList(1, 4));
        for (List<String> l : lists) {
            StringBuilder sb = new StringBuilder();
            for (List<String> o : lists) {
                sb.append(l.equals(o) ? 'T' : 'F');
            }
            System.out.println(l.getClass().getSimpleName() + " " + l.hashCode() + " " + sb);
        }
        System.out.println("List.of hash " + List.of("a", "b").hashCode() + " vs " + Arrays.asList("a", "b").hashCode());
        System.out.println("order matters " + Arrays.asList(1, 2).equals(Arrays.asList(2, 1)));

        List<Set<Integer>> sets = new ArrayList<>();
        sets.add(new HashSet<>(Arrays.asList(1, 2, 3, 40)));
        sets.add(new TreeSet<>(Arrays.asList(40, 3, 2, 1)));
        sets.add(new LinkedHashSet<>(Arrays.asList(3, 40, 1, 2)));
        sets.add(Collections.unmodifiableSet(new HashSet<>(Arrays.asList(1, 2, 3, 40))));
        sets.add(new HashMap<>(Map.of(1, 0, 2, 0, 3, 0, 40, 0)).keySet());
        for (Set<Integer> s : sets) {
            StringBuilder sb = new StringBuilder();
            for (Set<Integer> o : sets) {
                sb.append(s.equals(o) ? 'T' : 'F');
            }
            System.out.println("set " + s.hashCode() + " " + sb);
        }
        System.out.println("set vs list " + sets.get(0).equals(new ArrayList<>(sets.get(0))));

        List<Map<String, Integer>> maps = new ArrayList<>();
        Map<String, Integer> hm = new HashMap<>();
        hm.put("one", 1);
        hm.put("two", 2);
        hm.put("three", 3);
        maps.add(hm);
        maps.add(new TreeMap<>(hm));
        maps.add(new LinkedHashMap<>(hm));
        maps.add(new Hashtable<>(hm));
        maps.add(Collections.unmodifiableMap(hm));
        for (Map<String, Integer> m : maps) {
            StringBuilder sb = new StringBuilder();
            for (Map<String, Integer> o : maps) {
                sb.append(m.equals(o) ? 'T' : 'F');
            }
            System.out.println("map " + m.hashCode() + " " + sb + " entrySet hash " + m.entrySet().hashCode());
        }
        Map.Entry<String, Integer> se = new AbstractMap.SimpleEntry<>("one", 1);
        System.out.println("entry equality " + se.equals(hm.entrySet().iterator().next()) + " "
                + hm.entrySet().contains(se) + " hash " + se.hashCode() + " " + se);
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("k", null);
        Map<String, Integer> other = new HashMap<>();
        other.put("j", null);
        System.out.println("null values " + withNull.equals(other) + " " + withNull.hashCode());
        System.out.println("deque is not a list " + new ArrayDeque<>(Arrays.asList(1, 2)).equals(Arrays.asList(1, 2)));
        System.out.println("empty " + new ArrayList<>().equals(Collections.emptyList()) + " " + new HashSet<>().equals(Collections.emptySet())
                + " " + new TreeMap<>().equals(Collections.emptyMap()) + " " + Collections.emptyList().hashCode());
    }
}
