// Checks the everyday Stream operations: map, filter, distinct, sorted, limit, skip, reduce, collect, min, max, matching.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class StreamBasicOps {
    record Item(String name, int price) {
        int discounted(int percent) {
            return price - price * percent / 100;
        }
    }

    public static void main(String[] args) {
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "alpha", "echo", "delta", "foxtrot");
        int minLength = 5;
        String suffix = "!";

        System.out.println(words.stream().filter(w -> w.length() > minLength).collect(Collectors.toList()));
        System.out.println(words.stream().map(String::toUpperCase).map(w -> w + suffix).collect(Collectors.toList()));
        System.out.println(words.stream().distinct().collect(Collectors.toList()));
        System.out.println(words.stream().sorted().collect(Collectors.toList()));
        System.out.println(words.stream().sorted(Comparator.reverseOrder()).distinct().collect(Collectors.toList()));
        System.out.println(words.stream().skip(2).limit(3).collect(Collectors.toList()));
        System.out.println(words.stream().limit(100).skip(7).collect(Collectors.toList()));
        System.out.println(words.stream().mapToInt(String::length).sum());
        System.out.println(words.stream().map(String::length).reduce(0, Integer::sum));
        System.out.println(words.stream().reduce((a, b) -> a + "+" + b));
        System.out.println(words.stream().reduce(0, (acc, w) -> acc + w.length(), Integer::sum));
        System.out.println(Stream.<String>empty().reduce((a, b) -> a + b));
        System.out.println(words.stream().min(Comparator.naturalOrder()) + " " + words.stream().max(String::compareTo));
        // With ties, min keeps the first and max the last of the equal elements.
        System.out.println(words.stream().min(Comparator.comparingInt(String::length)));
        System.out.println(words.stream().max(Comparator.comparingInt(String::length)));
        System.out.println(words.stream().count() + " " + words.stream().distinct().count());
        System.out.println(words.stream().anyMatch(w -> w.startsWith("e")) + " " + words.stream().allMatch(w -> w.length() >= 4)
                + " " + words.stream().noneMatch(String::isEmpty));
        System.out.println(words.stream().filter(w -> w.contains("z")).findFirst() + " " + words.stream().findAny());
        System.out.println(Arrays.toString(words.stream().map(String::length).toArray()));
        String[] upper = words.stream().map(String::toUpperCase).toArray(String[]::new);
        System.out.println(upper.getClass().getSimpleName() + " " + String.join(",", upper));
        List<Integer> collected = words.stream().map(String::length).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(collected);
        StringBuilder sb = words.stream().collect(StringBuilder::new, (b, w) -> b.append(w.charAt(0)), StringBuilder::append);
        System.out.println(sb);
        System.out.println(words.stream().map(w -> w.charAt(0)).toList());

        List<Item> items = List.of(new Item("pen", 120), new Item("book", 1500), new Item("lamp", 4200), new Item("cup", 300));
        int percent = 10;
        System.out.println(items.stream().mapToInt(i -> i.discounted(percent)).sum());
        System.out.println(items.stream().filter(i -> i.price() > 200).map(Item::name).collect(Collectors.joining("/")));
        Optional<Item> cheapest = items.stream().min(Comparator.comparingInt(Item::price));
        System.out.println(cheapest.map(Item::name).orElse("none"));
        System.out.println(items.stream().sorted(Comparator.comparing(Item::name)).map(Item::toString).collect(Collectors.toList()));
        System.out.println(items.stream().mapToDouble(Item::price).average().getAsDouble());

        // forEach and forEachOrdered visit in encounter order.
        words.stream().limit(3).forEach(w -> System.out.print(w + ";"));
        words.stream().skip(5).forEachOrdered(w -> System.out.print(w + ";"));
        System.out.println();

        // The list toList() returns cannot be changed, and may hold null.
        List<String> fixed = Stream.of("x", null, "y").toList();
        System.out.println(fixed + " " + fixed.size() + " " + fixed.contains(null) + " " + fixed.indexOf("y"));
        try {
            fixed.add("z");
        } catch (UnsupportedOperationException e) {
            System.out.println("toList is unmodifiable");
        }
        System.out.println(fixed.equals(Arrays.asList("x", null, "y")) + " " + (fixed.hashCode() == Arrays.asList("x", null, "y").hashCode()));

        // Nulls flow through map and filter; findFirst of a null is an error.
        System.out.println(Stream.of("a", null, "b").map(s -> s == null ? "?" : s).collect(Collectors.joining()));
        try {
            Stream.of(null, "a").findFirst();
        } catch (NullPointerException e) {
            System.out.println("findFirst of null: NPE");
        }
        try {
            Stream.of(1, 2).limit(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("limit(-1): " + e.getMessage());
        }
        try {
            Stream.of(1, 2).skip(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("skip(-5): " + e.getMessage());
        }
        Stream<Integer> s = Stream.of(1, 2, 3);
        System.out.println(s.skip(0) == s);
    }
}
