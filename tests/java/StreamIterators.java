// Checks iterator() of object and primitive streams: laziness, exhaustion, forEachRemaining and NoSuchElementException.
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

public class StreamIterators {
    public static void main(String[] args) {
        Iterator<String> it = Stream.of("a", "b", "c").map(String::toUpperCase).iterator();
        while (it.hasNext()) {
            System.out.print(it.next() + " ");
        }
        System.out.println(it.hasNext());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted");
        }

        PrimitiveIterator.OfInt ints = IntStream.rangeClosed(1, 5).filter(i -> i != 3).iterator();
        int total = 0;
        while (ints.hasNext()) {
            total += ints.nextInt();
        }
        System.out.println(total);
        PrimitiveIterator.OfInt boxing = IntStream.of(4, 5, 6).iterator();
        Integer first = boxing.next();
        StringBuilder rest = new StringBuilder();
        boxing.forEachRemaining((int i) -> rest.append(i));
        System.out.println(first + " " + rest);
        PrimitiveIterator.OfLong longs = LongStream.iterate(1, l -> l * 1000).iterator();
        System.out.println(longs.nextLong() + " " + longs.nextLong() + " " + longs.next());
        PrimitiveIterator.OfDouble doubles = DoubleStream.of(0.5, 1.5).iterator();
        doubles.forEachRemaining((Double d) -> System.out.print(d + ";"));
        System.out.println();

        // An infinite stream's iterator is fine: elements come one at a time.
        Iterator<Integer> squares = Stream.iterate(1, i -> i + 1).map(i -> i * i).iterator();
        for (int k = 0; k < 5; k++) {
            System.out.print(squares.next() + " ");
        }
        System.out.println();

        // Through a sorted barrier, an iterator waits for everything.
        StringBuilder log = new StringBuilder();
        Iterator<Integer> sorted = Stream.of(3, 1, 2).peek(i -> log.append("in").append(i).append(' ')).sorted().iterator();
        System.out.println(sorted.next() + " after " + log);
        System.out.println(sorted.next() + " " + sorted.next() + " " + sorted.hasNext());

        // flatMap under an iterator yields one inner stream at a time.
        log.setLength(0);
        Iterator<Integer> flat = Stream.of(1, 2).peek(i -> log.append("outer").append(i).append(' '))
                .flatMap(i -> Stream.of(i, i + 10)).iterator();
        System.out.println(flat.next() + " " + log);
        System.out.println(flat.next() + " " + log);
        System.out.println(flat.next() + " " + log);

        // The iterator of a collection stream, and of a concatenation.
        Iterator<String> fromList = List.of("p", "q").stream().iterator();
        System.out.println(fromList.next() + fromList.next() + fromList.hasNext());
        Iterator<Integer> joined = Stream.concat(Stream.of(1), Stream.of(2, 3).map(i -> -i)).iterator();
        joined.forEachRemaining(i -> System.out.print(i + " "));
        System.out.println();
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("remove: " + e.getMessage());
        }
    }
}
