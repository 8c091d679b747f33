// Checks IntStream arithmetic: sums of squares, primes with filter and noneMatch, averages, min/max, overflow, boxing.
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class IntStreamMath {
    static boolean isPrime(int n) {
        return n > 1 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
    }

    public static void main(String[] args) {
        System.out.println(IntStream.rangeClosed(1, 10).map(i -> i * i).sum());
        System.out.println(IntStream.rangeClosed(1, 100).filter(i -> i % 2 == 1).map(i -> i * i).sum());
        System.out.println(IntStream.range(0, 200).filter(IntStreamMath::isPrime).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.rangeClosed(2, 10000).filter(IntStreamMath::isPrime).count());
        int limit = 50;
        System.out.println(IntStream.iterate(2, i -> i + 1).filter(IntStreamMath::isPrime).limit(limit).max().getAsInt());

        // Fibonacci through iterate over pairs.
        System.out.println(IntStream.iterate(0, i -> i + 1).limit(15)
                .mapToObj(i -> new int[] {i}).map(a -> a[0]).toList());
        int[] fib = IntStream.iterate(1, i -> i < 20, i -> i + 1).map(IntStreamMath::fib).toArray();
        System.out.println(Arrays.toString(fib));

        // Factorial and overflow: int sums wrap, long sums do not.
        System.out.println(IntStream.rangeClosed(1, 12).reduce(1, (a, b) -> a * b));
        System.out.println(IntStream.rangeClosed(1, 13).reduce(1, (a, b) -> a * b));
        System.out.println(IntStream.rangeClosed(1, 20).asLongStream().reduce(1L, (a, b) -> a * b));
        System.out.println(IntStream.of(Integer.MAX_VALUE, 1).sum() + " " + IntStream.of(Integer.MAX_VALUE, 1).asLongStream().sum());
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).average());

        System.out.println(IntStream.of(3, -7, 12, 0).min() + " " + IntStream.of(3, -7, 12, 0).max() + " " + IntStream.empty().max());
        OptionalInt none = IntStream.of(1, 3, 5).filter(i -> i % 2 == 0).findFirst();
        System.out.println(none.isPresent() + " " + none.orElse(-1) + " " + IntStream.of(1, 4, 5).filter(i -> i % 2 == 0).findAny());
        System.out.println(IntStream.of(2, 4, 6).average() + " " + IntStream.empty().average() + " " + IntStream.of(1, 2).average());
        System.out.println(IntStream.range(0, 7).reduce(Integer::max) + " " + IntStream.range(0, 0).reduce(Integer::max));
        System.out.println(IntStream.of(5, 1, 4, 1, 5, 9, 2, 6, 5, 3).distinct().sorted().boxed().toList());
        System.out.println(IntStream.of(5, 1, 4, 1, 5, 9).sorted().skip(1).limit(3).boxed().toList());
        System.out.println(IntStream.of(1, 2, 3, 4, 5).takeWhile(i -> i < 4).sum() + " " + IntStream.of(1, 2, 3, 4, 5).dropWhile(i -> i < 4).sum());

        // Conversions between shapes.
        System.out.println(IntStream.range(0, 4).asDoubleStream().map(d -> d / 4).boxed().toList());
        System.out.println(IntStream.range(0, 4).mapToLong(i -> 1L << (i * 20)).boxed().toList());
        System.out.println(IntStream.range(0, 4).mapToDouble(Math::sqrt).sum());
        System.out.println(IntStream.rangeClosed('a', 'e').mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        System.out.println(IntStream.range(1, 4).flatMap(i -> IntStream.range(0, i)).boxed().toList());
        System.out.println(IntStream.range(1, 4).mapMulti((i, sink) -> {
            for (int k = 0; k < i; k++) {
                sink.accept(i * 10 + k);
            }
        }).boxed().toList());
        System.out.println(IntStream.range(0, 10).allMatch(i -> i < 10) + " " + IntStream.range(0, 10).anyMatch(i -> i > 8));

        // Collatz lengths and a little number theory.
        System.out.println(IntStream.rangeClosed(1, 30).map(IntStreamMath::collatzSteps).boxed().toList());
        System.out.println(IntStream.rangeClosed(1, 1000).filter(n -> IntStream.rangeClosed(1, n / 2).filter(d -> n % d == 0).sum() == n)
                .boxed().toList());
        int[] counts = new int[3];
        IntStream.range(0, 30).forEach(i -> counts[i % 3]++);
        System.out.println(Arrays.toString(counts));
        StringBuilder digits = IntStream.range(0, 10).collect(StringBuilder::new, (sb, i) -> sb.append(i), StringBuilder::append);
        System.out.println(digits);
    }

    static int fib(int n) {
        return n < 3 ? 1 : fib(n - 1) + fib(n - 2);
    }

    static int collatzSteps(int n) {
        return (int) IntStream.iterate(n, k -> k != 1, k -> k % 2 == 0 ? k / 2 : 3 * k + 1).count();
    }
}
