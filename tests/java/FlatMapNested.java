// Checks flatMap over nested lists, flatMapToInt, mapMulti, and that inner streams are closed after use.
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class FlatMapNested {
    record Order(String customer, List<String> items) {
    }

    public static void main(String[] args) {
        List<List<Integer>> nested = List.of(List.of(1, 2, 3), List.of(), List.of(4), List.of(5, 6));
        System.out.println(nested.stream().flatMap(List::stream).collect(Collectors.toList()));
        System.out.println(nested.stream().flatMap(l -> l.stream().map(i -> i * l.size())).toList());
        System.out.println(nested.stream().flatMapToInt(l -> l.stream().mapToInt(Integer::intValue)).sum());
        List<List<List<String>>> deep = List.of(List.of(List.of("a", "b"), List.of("c")), List.of(List.of("d"), List.of(), List.of("e", "f")));
        System.out.println(deep.stream().flatMap(List::stream).flatMap(List::stream).collect(Collectors.joining()));

        List<Order> orders = List.of(new Order("ann", List.of("tea", "cake")), new Order("bob", List.of("coffee")),
                new Order("ann", List.of("tea", "scone", "jam")), new Order("cid", List.of()));
        System.out.println(orders.stream().flatMap(o -> o.items().stream()).distinct().sorted().toList());
        System.out.println(orders.stream().flatMap(o -> o.items().stream().map(i -> o.customer() + ":" + i)).toList());
        Map<String, Long> itemCounts = orders.stream().flatMap(o -> o.items().stream())
                .collect(Collectors.groupingBy(i -> i, java.util.TreeMap::new, Collectors.counting()));
        System.out.println(itemCounts);

        // Cartesian products and pairs.
        System.out.println(IntStream.rangeClosed(1, 3).boxed()
                .flatMap(i -> IntStream.rangeClosed(1, 3).filter(j -> j > i).mapToObj(j -> i + "-" + j)).toList());
        System.out.println(Stream.of("x", "y").flatMap(a -> Stream.of(1, 2).map(b -> a + b)).toList());
        // Pythagorean triples.
        System.out.println(IntStream.rangeClosed(1, 30).boxed()
                .flatMap(a -> IntStream.rangeClosed(a, 30).mapToObj(b -> new int[] {a, b, (int) Math.round(Math.sqrt(a * a + b * b))}))
                .filter(t -> t[0] * t[0] + t[1] * t[1] == t[2] * t[2] && t[2] <= 30)
                .map(t -> t[0] + "," + t[1] + "," + t[2]).collect(Collectors.joining(" ")));

        // A null from the mapper means no elements.
        System.out.println(Stream.of(1, 2, 3).flatMap(i -> i == 2 ? null : Stream.of(i, i)).toList());

        // Inner streams are closed once drained, and also when the outer pipeline stops early.
        StringBuilder log = new StringBuilder();
        List<Integer> all = Stream.of(1, 2, 3)
                .flatMap(i -> Stream.of(i, i * 10).onClose(() -> log.append("close").append(i).append(' ')))
                .collect(Collectors.toList());
        System.out.println(all + " " + log);
        log.setLength(0);
        System.out.println(Stream.of(1, 2, 3)
                .flatMap(i -> Stream.of(i, i * 10).peek(x -> log.append("see").append(x).append(' ')).onClose(() -> log.append("close").append(i).append(' ')))
                .filter(x -> x >= 10).findFirst() + " " + log);
        log.setLength(0);
        System.out.println(Stream.of("ab", "cd").flatMapToInt(w -> IntStream.range(0, w.length()).map(w::charAt))
                .peek(c -> log.append((char) c)).limit(3).sum() + " " + log);

        // mapMulti pushes any number of elements per input.
        System.out.println(Stream.of(1, 2, 3, 4).<String>mapMulti((i, sink) -> {
            if (i % 2 == 0) {
                sink.accept("even" + i);
                sink.accept("again" + i);
            }
        }).toList());
        System.out.println(Stream.of("a,b", "c", "d,e,f").mapMultiToInt((s, sink) -> {
            for (String part : s.split(",")) {
                sink.accept(part.charAt(0));
            }
        }).boxed().toList());
        System.out.println(Stream.of(List.of(1, 2), List.of(3)).<Integer>mapMulti(Iterable::forEach).toList());
    }
}
