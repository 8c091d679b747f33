// Checks toMap with and without merge functions and map factories, and its duplicate-key message.
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class CollectorsToMap {
    public static void main(String[] args) {
        List<String> fruit = List.of("apple", "banana", "cherry", "date", "elderberry", "fig", "grape");
        Map<String, Integer> lengths = fruit.stream().collect(Collectors.toMap(Function.identity(), String::length));
        System.out.println(lengths);
        System.out.println(new TreeMap<>(lengths));
        Map<Integer, String> byLength = fruit.stream().collect(Collectors.toMap(String::length, f -> f, (a, b) -> a + "|" + b));
        System.out.println(byLength);
        TreeMap<Character, Integer> letters = fruit.stream().collect(Collectors.toMap(f -> f.charAt(0), String::length, Integer::sum, TreeMap::new));
        System.out.println(letters + " " + letters.lastKey());
        Map<Integer, Integer> squares = IntStream.range(0, 12).boxed().collect(Collectors.toMap(i -> i, i -> i * i));
        System.out.println(squares);
        Map<String, Integer> counts = Stream.of("x", "y", "x", "z", "x", "y").collect(Collectors.toMap(s -> s, s -> 1, Integer::sum, LinkedHashMap::new));
        System.out.println(counts);
        Map<String, Integer> keepLast = Stream.of("a=1", "b=2", "a=3").map(s -> s.split("="))
                .collect(Collectors.toMap(kv -> kv[0], kv -> Integer.parseInt(kv[1]), (older, newer) -> newer));
        System.out.println(keepLast);

        // Duplicate keys without a merge function.
        try {
            Stream.of("one", "two", "three", "four").collect(Collectors.toMap(String::length, s -> s));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            IntStream.of(1, 2, 1).boxed().collect(Collectors.toMap(i -> "key" + i, i -> i * 10));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        // Null values are rejected.
        try {
            Stream.of("a").collect(Collectors.toMap(s -> s, s -> null));
        } catch (NullPointerException e) {
            System.out.println("null value in toMap");
        }
        // A merge function returning null removes the key, as Map.merge does.
        Map<String, Integer> merged = Stream.of("p", "q", "p").collect(Collectors.toMap(s -> s, s -> 1, (a, b) -> null));
        System.out.println(merged);

        Map<String, Integer> fixed = fruit.stream().collect(Collectors.toUnmodifiableMap(f -> f, String::length));
        System.out.println(fixed.get("fig") + " " + fixed.size());
        try {
            fixed.put("kiwi", 4);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable map");
        }
        Map<Integer, Long> fixedMerged = Stream.of(1, 2, 2, 3, 3, 3).collect(Collectors.toUnmodifiableMap(i -> i, i -> 1L, Long::sum));
        System.out.println(new TreeMap<>(fixedMerged));
    }
}
