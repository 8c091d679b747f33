// Checks what a program can observe of stream flags and stage interplay: sized counts, no-op sorts, distinct, slices, concat.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class StreamFlagsObservable {
    static final StringBuilder log = new StringBuilder();

    static void show(String label, Object result) {
        System.out.println(label + ": " + log + "-> " + result);
        log.setLength(0);
    }

    /** Ordered by v, equal by tag, and telling when equals and hashCode run. */
    record K(int v, String tag) implements Comparable<K> {
        public int compareTo(K o) {
            return Integer.compare(v, o.v);
        }

        public boolean equals(Object o) {
            log.append("eq ");
            return o instanceof K k && k.tag.equals(tag);
        }

        public int hashCode() {
            log.append("hc ");
            return tag.hashCode();
        }
    }

    public static void main(String[] args) {
        show("boxed sorted", IntStream.range(0, 3).boxed().peek(x -> log.append("in" + x + " ")).sorted().map(x -> { log.append("out" + x + " "); return x; }).toList());
        show("distinct after sorted", Stream.of(new K(1, "a"), new K(1, "b"), new K(2, "a")).sorted().distinct().toList());
        show("distinct", Stream.of(new K(1, "a"), new K(1, "b"), new K(2, "a")).distinct().toList());
        show("set distinct", new HashSet<>(List.of(1, 2, 3)).stream().peek(x -> log.append("p" + x + " ")).distinct().count());
        show("tree sorted", new TreeSet<>(List.of(3, 1, 2)).stream().peek(x -> log.append("p" + x + " ")).sorted().map(x -> { log.append("o" + x + " "); return x; }).toList());
        show("head iterator", Stream.of(1, 2).iterator().next());
        show("concat count", Stream.concat(IntStream.range(0, 5).boxed().peek(x -> log.append("p")), Stream.of(9).peek(x -> log.append("q"))).count());
        show("concat unsized count", Stream.concat(Stream.iterate(1, x -> x + 1).limit(3).peek(x -> log.append("p" + x)), Stream.of(9)).count());
        show("iterate limit count", Stream.iterate(1, x -> x + 1).peek(x -> log.append("p" + x)).limit(3).count());
        show("skip limit", IntStream.range(0, 10).peek(x -> log.append("p" + x)).skip(3).limit(2).boxed().toList());
        show("limit skip", IntStream.range(0, 10).peek(x -> log.append("p" + x)).limit(5).skip(3).boxed().toList());
        show("sorted limit flatMap", Stream.of(3, 1, 2).sorted().limit(2).flatMap(x -> Stream.of(x, x).peek(y -> log.append("f" + y))).toList());
        show("flatMap limit", Stream.of(1, 2, 3).flatMap(x -> Stream.of(x, x * 10).peek(y -> log.append("f" + y))).limit(3).toList());
        show("takeWhile sorted", Stream.of(5, 1, 4, 2).sorted().peek(x -> log.append("s" + x)).takeWhile(x -> x < 3).toList());
        show("dropWhile count", Stream.of(5, 1, 4, 2).peek(x -> log.append("d" + x)).dropWhile(x -> x > 3).count());
        show("empty sorted", Stream.empty().sorted().toList());
        show("sorted ints", IntStream.of(3, -1, 2).sorted().boxed().toList());
        show("mapToObj sorted", IntStream.range(0, 3).mapToObj(x -> x).peek(x -> log.append("in" + x)).sorted().map(x -> { log.append("out" + x); return x; }).toList());
        show("asLong sorted", IntStream.range(0, 3).asLongStream().peek(x -> log.append("in" + x)).sorted().map(x -> { log.append("out" + x); return x; }).boxed().toList());
        show("generate unordered", Stream.generate(() -> 1).limit(2).toList());
        Stream<Integer> g = Stream.generate(() -> 1);
        show("generate unordered same", g.unordered() == g);
        Stream<Integer> o = Stream.of(1);
        show("of unordered same", o.unordered() == o);
        show("toArray gen sized", Arrays.toString(Stream.of(1, 2, 3).map(x -> x * 2).toArray(Integer[]::new)));
        show("reduce 3", Stream.of("a", "bb").reduce(0, (acc, s) -> acc + s.length(), (x, y) -> { log.append("combine"); return x + y; }));
        show("collect 3", Stream.of("a", "bb").collect(ArrayList::new, ArrayList::add, (x, y) -> log.append("combine")));
        show("peek count list filter", List.of(1, 2, 3).stream().peek(x -> log.append(x)).filter(x -> x > 1).count());
        show("ofNullable count", Stream.ofNullable(5).peek(x -> log.append(x)).count());
        show("builder count", Stream.builder().add(1).add(2).build().peek(x -> log.append(x)).count());
        show("mapMulti count", Stream.of(1, 2).peek(x -> log.append(x)).mapMulti((x, c) -> c.accept(x)).count());
        show("sorted count", Stream.of(2, 1).peek(x -> log.append(x)).sorted().count());
        show("boxed count", IntStream.range(0, 3).peek(x -> log.append(x)).boxed().count());
        show("flatMap iterator then forEach", "");
        Iterator<Integer> it = Stream.of(1, 2, 3).flatMap(x -> Stream.of(x, -x)).iterator();
        it.next();
        it.forEachRemaining(x -> log.append(x).append(' '));
        show("rest", "");
        show("findFirst sorted empty", Stream.<Integer>empty().sorted().findFirst());
        show("allMatch after sorted", Stream.of(3, 2, 1).sorted().peek(x -> log.append(x)).allMatch(x -> x < 2));
        show("nested flatMap short", Stream.of(1, 2).flatMap(x -> Stream.of(x, x + 1).flatMap(y -> Stream.of(y, y * 100).peek(z -> log.append("z" + z + " ")))).anyMatch(v -> v == 100));
        show("concat of concat", Stream.concat(Stream.concat(Stream.of(1), Stream.of(2)), Stream.of(3)).toList());
        show("concat iterate short", Stream.concat(Stream.iterate(1, x -> x + 1).peek(x -> log.append("i" + x)), Stream.of(0)).filter(x -> x > 2).findFirst());
        show("limit after sorted big", IntStream.range(0, 100).map(i -> 99 - i).sorted().limit(3).boxed().toList());
        show("IntStream.iterate count", IntStream.iterate(0, i -> i < 5, i -> i + 1).peek(x -> log.append(x)).count());
        show("range count", IntStream.range(0, 5).peek(x -> log.append(x)).map(x -> x).count());
        show("chained skip count", Stream.of(1, 2, 3, 4, 5).peek(x -> log.append(x)).skip(1).skip(1).limit(10).count());
    }
}
