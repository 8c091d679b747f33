// Checks that stream stages run lazily, element by element, in the JDK's order (made visible with peek).
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class StreamLaziness {
    static final StringBuilder log = new StringBuilder();

    static void show(String label, Object result) {
        System.out.println(label + ": " + log + "-> " + result);
        log.setLength(0);
    }

    static <T> T note(String tag, T x) {
        log.append(tag).append(x).append(' ');
        return x;
    }

    public static void main(String[] args) {
        // Nothing runs before the terminal operation.
        Stream<Integer> pending = Stream.of(1, 2, 3).peek(x -> note("p", x)).map(x -> note("m", x * 10));
        show("built", "nothing yet");
        show("then collected", pending.collect(Collectors.toList()));

        // findFirst stops at the first match; each element goes through the whole chain first.
        Optional<Integer> first = Stream.of(1, 2, 3, 4, 5, 6)
                .peek(x -> note("a", x))
                .filter(x -> x % 2 == 0)
                .peek(x -> note("b", x))
                .map(x -> x * x)
                .filter(x -> x > 10)
                .findFirst();
        show("findFirst", first);

        // limit stops pulling from the source.
        show("limit", Stream.of("a", "b", "c", "d").peek(x -> note("s", x)).limit(2).collect(Collectors.joining()));
        show("limit 0", Stream.of("a", "b").peek(x -> note("s", x)).limit(0).collect(Collectors.toList()));
        show("skip", Stream.of("a", "b", "c", "d").peek(x -> note("s", x)).skip(2).peek(x -> note("t", x)).collect(Collectors.joining()));

        // sorted is a barrier: everything enters before anything leaves.
        show("sorted", Stream.of(3, 1, 2).peek(x -> note("in", x)).sorted().peek(x -> note("out", x)).collect(Collectors.toList()));
        show("sorted+findFirst", Stream.of(3, 1, 2).peek(x -> note("in", x)).sorted().peek(x -> note("out", x)).findFirst());
        show("sorted+limit", Stream.of(5, 4, 3, 2, 1).sorted().peek(x -> note("out", x)).limit(2).collect(Collectors.toList()));
        // A range is already sorted, so sorted() lets elements through one by one.
        StringBuilder range = new StringBuilder();
        IntStream.range(0, 4).peek(i -> range.append("in").append(i).append(' ')).sorted()
                .forEach(i -> range.append("out").append(i).append(' '));
        System.out.println("sorted range: " + range);
        // ... but not after distinct(), which goes through boxed values.
        range.setLength(0);
        IntStream.range(0, 3).distinct().peek(i -> range.append("in").append(i).append(' ')).sorted()
                .forEach(i -> range.append("out").append(i).append(' '));
        System.out.println("sorted distinct range: " + range);

        // Matching short-circuits.
        show("anyMatch", Stream.of(1, 2, 3, 4).peek(x -> note("e", x)).anyMatch(x -> x == 2));
        show("allMatch", Stream.of(1, 2, 3, 4).peek(x -> note("e", x)).allMatch(x -> x < 3));
        show("noneMatch", Stream.of(1, 2, 3, 4).peek(x -> note("e", x)).noneMatch(x -> x > 3));
        show("anyMatch empty", Stream.<Integer>empty().anyMatch(x -> true));
        show("allMatch empty", Stream.<Integer>empty().allMatch(x -> false));

        // count() of a stream whose size is known does not run the pipeline ...
        show("count sized", Stream.of(1, 2, 3).peek(x -> note("c", x)).map(x -> x + 1).count());
        show("count list", new ArrayList<>(List.of(1, 2, 3, 4)).stream().peek(x -> note("c", x)).count());
        show("count limited", Stream.of(1, 2, 3).peek(x -> note("c", x)).limit(2).count());
        show("count skipped", IntStream.range(0, 10).peek(x -> note("c", x)).skip(7).count());
        // ... but it does when a filter makes the size unknown.
        show("count filtered", Stream.of(1, 2, 3).peek(x -> note("c", x)).filter(x -> x > 1).count());
        show("count taken", Stream.of(1, 2, 3).peek(x -> note("c", x)).takeWhile(x -> x < 2).count());

        // iterate computes the next element only when it is needed.
        show("iterate", Stream.iterate(1, x -> note("f", x * 3)).limit(4).collect(Collectors.toList()));
        show("iterate3", Stream.iterate(1, x -> note("test", x) < 20, x -> note("f", x * 3)).collect(Collectors.toList()));

        // takeWhile tests the first failing element, then stops; dropWhile tests until the first pass.
        show("takeWhile", Stream.of(1, 2, 3, 1).peek(x -> note("e", x)).takeWhile(x -> x < 3).collect(Collectors.toList()));
        show("dropWhile", Stream.of(1, 2, 3, 1).dropWhile(x -> note("test", x) < 2).collect(Collectors.toList()));

        // flatMap with a short-circuit: inner streams are read only as far as needed.
        show("flatMap first", Stream.of(1, 2, 3).peek(x -> note("outer", x))
                .flatMap(x -> Stream.of(x * 10, x * 10 + 1).peek(y -> note("inner", y)))
                .filter(y -> y > 15).findFirst());
        show("flatMap all", Stream.of(1, 2).flatMap(x -> Stream.of(x, -x).peek(y -> note("inner", y)))
                .peek(y -> note("after", y)).collect(Collectors.toList()));

        // An iterator pulls one element per next().
        Iterator<Integer> it = Stream.of(1, 2, 3).peek(x -> note("pulled", x)).map(x -> x * 100).iterator();
        show("iterator made", "none");
        show("next", it.next());
        show("hasNext", it.hasNext());
        show("next", it.next());
        show("next", it.next());
        show("hasNext", it.hasNext());

        // concat reads its second stream only after the first is exhausted.
        show("concat", Stream.concat(Stream.of(1, 2).peek(x -> note("A", x)), Stream.of(3, 4).peek(x -> note("B", x)))
                .anyMatch(x -> x == 3));
        show("concat sorted", Stream.concat(Stream.of(2, 1).peek(x -> note("A", x)).sorted(), Stream.of(0).peek(x -> note("B", x)))
                .peek(x -> note("C", x)).limit(2).collect(Collectors.toList()));

        // toArray with a size known ahead makes the array first.
        Integer[] arr = Stream.of(1, 2, 3).peek(x -> note("e", x)).toArray(n -> { note("new", n); return new Integer[n]; });
        show("toArray", arr.length);
        Integer[] arr2 = Stream.of(1, 2, 3).filter(x -> note("e", x) > 1).toArray(n -> { note("new", n); return new Integer[n]; });
        show("toArray filtered", arr2.length);

        // A short-circuit inside the pipeline makes the sorted barrier check it before each element.
        show("sorted then anyMatch", Stream.of(4, 3, 2, 1).sorted().peek(x -> note("s", x)).anyMatch(x -> x == 2));
    }
}
