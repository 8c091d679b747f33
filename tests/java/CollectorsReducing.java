// Checks the reducing collectors: counting, summing, averaging, reducing, minBy/maxBy, mapping, filtering, flatMapping, teeing.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class CollectorsReducing {
    static void show(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) {
        List<String> words = List.of("stream", "map", "filter", "reduce", "collect", "sum", "sorted", "peek");
        show(words.stream().collect(Collectors.counting()));
        show(words.stream().collect(Collectors.summingInt(String::length)));
        show(words.stream().collect(Collectors.summingLong(w -> (long) w.length() << 33)));
        show(words.stream().collect(Collectors.summingDouble(w -> w.length() / 10.0)));
        show(words.stream().collect(Collectors.averagingInt(String::length)));
        show(words.stream().collect(Collectors.averagingLong(w -> (long) w.length())));
        show(words.stream().collect(Collectors.averagingDouble(w -> w.length() * 0.1)));
        show(Stream.<String>empty().collect(Collectors.averagingInt(String::length)) + " "
                + Stream.<String>empty().collect(Collectors.summingDouble(w -> 1.0)));
        show(words.stream().collect(Collectors.minBy(Comparator.naturalOrder())) + " "
                + words.stream().collect(Collectors.maxBy(Comparator.comparingInt(String::length))));
        show(Stream.<String>empty().collect(Collectors.minBy(Comparator.naturalOrder())));
        show(words.stream().collect(Collectors.reducing("", (a, b) -> a.isEmpty() ? b : a + "," + b)));
        show(words.stream().collect(Collectors.reducing((a, b) -> a.length() >= b.length() ? a : b)));
        show(words.stream().collect(Collectors.reducing(0, String::length, Integer::max)));
        // reducing(op) of nulls gives an empty Optional rather than failing.
        show(Stream.of((String) null).collect(Collectors.reducing((a, b) -> a)));
        show(words.stream().collect(Collectors.mapping(w -> w.charAt(0), Collectors.toCollection(TreeSet::new))));
        show(words.stream().collect(Collectors.filtering(w -> w.length() > 5, Collectors.toList())));
        show(words.stream().collect(Collectors.flatMapping(w -> IntStream.range(0, w.length()).mapToObj(w::charAt), Collectors.toCollection(TreeSet::new))));
        show(Stream.of(List.of(1, 2), List.of(3)).collect(Collectors.flatMapping(List::stream, Collectors.summingInt(i -> i))));
        show(words.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size)));
        show(words.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.joining(""), (n, s) -> n + ":" + s.length())));
        show(Stream.of(3, 1, 4, 1, 5, 9, 2, 6).collect(Collectors.teeing(
                Collectors.minBy(Integer::compare), Collectors.maxBy(Integer::compare), (min, max) -> max.get() - min.get())));
        ArrayList<String> intoList = words.stream().collect(Collectors.toCollection(ArrayList::new));
        show(intoList.getClass().getName() + " " + intoList);
        Set<String> set = words.stream().map(w -> w.substring(0, 1)).collect(Collectors.toSet());
        show(new TreeSet<>(set));
        List<String> fixed = words.stream().limit(3).collect(Collectors.toUnmodifiableList());
        show(fixed);
        try {
            fixed.add("x");
        } catch (UnsupportedOperationException e) {
            show("unmodifiable list");
        }
        try {
            Stream.of("a", null).collect(Collectors.toUnmodifiableList());
        } catch (NullPointerException e) {
            show("null in unmodifiable list");
        }
        show(new TreeSet<>(words.stream().collect(Collectors.toUnmodifiableSet())).first());
        show(words.stream().collect(Collectors.summarizingInt(String::length)));
        show(words.stream().collect(Collectors.summarizingLong(w -> w.length() * 1000L)));
        show(words.stream().collect(Collectors.summarizingDouble(w -> w.length() / 4.0)));

        // Characteristics, as the JDK reports them.
        show(Collectors.toList().characteristics() + " " + Collectors.toSet().characteristics() + " "
                + Collectors.joining().characteristics() + " " + Collectors.groupingBy(w -> w).characteristics() + " "
                + Collectors.groupingBy(w -> w, Collectors.counting()).characteristics() + " "
                + Collectors.collectingAndThen(Collectors.toSet(), s -> s).characteristics());

        // A hand-made collector, with and without a finisher.
        Collector<String, StringBuilder, String> initials = Collector.of(StringBuilder::new,
                (sb, w) -> sb.append(Character.toUpperCase(w.charAt(0))), StringBuilder::append, StringBuilder::toString);
        show(words.stream().collect(initials) + " " + initials.characteristics());
        Collector<Integer, List<Integer>, List<Integer>> evens = Collector.of(ArrayList::new,
                (l, i) -> { if (i % 2 == 0) l.add(i); }, (a, b) -> { a.addAll(b); return a; }, Collector.Characteristics.UNORDERED);
        show(Stream.of(1, 2, 3, 4).collect(evens) + " " + evens.characteristics());
        // The order of calls: supplier once, accumulator per element, characteristics, then the finisher.
        StringBuilder log = new StringBuilder();
        Collector<Integer, int[], String> traced = Collector.of(() -> { log.append("new "); return new int[1]; },
                (a, i) -> { log.append("add").append(i).append(' '); a[0] += i; },
                (a, b) -> a, a -> { log.append("finish"); return "total=" + a[0]; });
        show(Stream.of(1, 2, 3).peek(i -> log.append("peek").append(i).append(' ')).collect(traced) + " " + log);
        Optional<Integer> maxLen = words.stream().map(String::length).collect(Collectors.maxBy(Comparator.naturalOrder()));
        show(maxLen.orElseThrow());
    }
}
