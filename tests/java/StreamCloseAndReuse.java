// Checks onClose/close (order, exceptions, suppression), try-with-resources, and that a used stream cannot be reused.
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class StreamCloseAndReuse {
    public static void main(String[] args) {
        Stream<String> s = Stream.of("a", "b").onClose(() -> System.out.println("first")).onClose(() -> System.out.println("second"));
        System.out.println(s.count());
        s.close();
        s.close();

        try (Stream<Integer> t = Stream.of(1, 2, 3).onClose(() -> System.out.println("closed by try"))) {
            System.out.println(t.mapToInt(i -> i).sum());
        }

        // Every handler runs; the first exception wins and the others are suppressed into it.
        Stream<Integer> failing = Stream.of(1)
                .onClose(() -> System.out.println("h1"))
                .onClose(() -> { throw new IllegalStateException("h2 failed"); })
                .onClose(() -> System.out.println("h3"))
                .onClose(() -> { throw new IllegalArgumentException("h4 failed"); })
                .map(i -> i + 1);
        try {
            failing.close();
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getSimpleName() + " " + e.getMessage() + " suppressed " + e.getSuppressed().length
                    + " " + e.getSuppressed()[0].getMessage());
        }

        // concat closes both inputs.
        Stream<String> left = Stream.of("L").onClose(() -> System.out.println("left closed"));
        Stream<String> right = Stream.of("R").onClose(() -> System.out.println("right closed"));
        try (Stream<String> both = Stream.concat(left, right).onClose(() -> System.out.println("concat closed"))) {
            System.out.println(both.toList());
        }

        // A stream is used once.
        Stream<Integer> once = Stream.of(1, 2, 3);
        once.forEach(i -> { });
        try {
            once.forEach(i -> { });
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        Stream<Integer> source = Stream.of(1, 2, 3);
        Stream<Integer> mapped = source.map(i -> i * 2);
        try {
            source.filter(i -> true);
        } catch (IllegalStateException e) {
            System.out.println("second stage: " + e.getMessage());
        }
        System.out.println(mapped.toList());
        try {
            mapped.onClose(() -> { });
        } catch (IllegalStateException e) {
            System.out.println("onClose after use: " + e.getMessage());
        }
        Stream<Integer> closed = Stream.of(1, 2);
        Stream<Integer> downstream = closed.map(i -> i);
        closed.close();
        try {
            downstream.count();
        } catch (IllegalStateException e) {
            System.out.println("after close: " + e.getMessage());
        }
        IntStream ints = IntStream.range(0, 3);
        ints.iterator();
        try {
            ints.sum();
        } catch (IllegalStateException e) {
            System.out.println("after iterator: " + e.getMessage());
        }
        Stream<String> a = Stream.of("x");
        Stream.concat(a, Stream.of("y"));
        try {
            a.count();
        } catch (IllegalStateException e) {
            System.out.println("after concat: " + e.getMessage());
        }

        // sequential, parallel and unordered are flags; the stream runs the same.
        Stream<Integer> p = List.of(1, 2, 3).stream();
        System.out.println(p.isParallel() + " " + (p.parallel() == p) + " " + p.isParallel() + " " + (p.sequential() == p) + " " + p.isParallel());
        System.out.println(Stream.of(3, 1, 2).parallel().map(i -> i * 10).sorted().toList());
        System.out.println(Stream.of(1, 2, 3).unordered().toList() + " " + IntStream.range(0, 4).parallel().sum());
    }
}
