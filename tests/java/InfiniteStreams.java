// Checks infinite streams made finite: generate and iterate with limit, takeWhile, iterate with a predicate, findFirst.
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

public class InfiniteStreams {
    public static void main(String[] args) {
        System.out.println(Stream.iterate(1, n -> n * 2).limit(16).collect(Collectors.toList()));
        System.out.println(Stream.iterate(1, n -> n * 2).takeWhile(n -> n < 1000).count());
        System.out.println(Stream.iterate(1, n -> n < 1000, n -> n * 2).reduce(0, Integer::sum));
        System.out.println(Stream.iterate(new long[] {0, 1}, f -> new long[] {f[1], f[0] + f[1]}).limit(60).map(f -> f[0])
                .skip(50).collect(Collectors.toList()));
        System.out.println(Stream.iterate("a", s -> s.length() < 6, s -> s + (char) (s.charAt(s.length() - 1) + 1)).toList());

        Random random = new Random(2024);
        System.out.println(Stream.generate(() -> random.nextInt(100)).limit(10).collect(Collectors.toList()));
        Supplier<String> ticker = new Supplier<>() {
            int n;

            public String get() {
                return "t" + n++;
            }
        };
        System.out.println(Stream.generate(ticker).skip(3).limit(4).toList());
        System.out.println(Stream.generate(() -> "x").limit(5).collect(Collectors.joining()));

        // Searches over unbounded streams stop at the first hit.
        System.out.println(IntStream.iterate(1, i -> i + 1).filter(i -> i % 7 == 0 && i % 11 == 0 && i % 13 == 0).findFirst().getAsInt());
        System.out.println(IntStream.iterate(1, i -> i + 1).mapToObj(Integer::toString).filter(s -> s.contains("77")).findFirst().get());
        System.out.println(LongStream.iterate(1, l -> l * 3).anyMatch(l -> l > 1_000_000_000_000L));
        System.out.println(IntStream.iterate(1, i -> i + 1).map(i -> i * i).dropWhile(i -> i < 500).limit(3).boxed().toList());
        System.out.println(Stream.iterate(1, i -> i + 1).filter(i -> i % 2 == 1).map(i -> 1.0 / i).limit(1000).reduce(0.0, Double::sum));
        // Leibniz's series for pi, summed as doubles.
        double pi = 4 * IntStream.iterate(0, k -> k + 1).limit(20000).mapToDouble(k -> (k % 2 == 0 ? 1.0 : -1.0) / (2 * k + 1)).sum();
        System.out.println(pi);
        // Primes by trial division against the primes found so far.
        List<Integer> primes = new java.util.ArrayList<>();
        IntStream.iterate(2, i -> i + 1)
                .filter(n -> primes.stream().takeWhile(p -> p * p <= n).noneMatch(p -> n % p == 0))
                .peek(primes::add)
                .limit(25)
                .forEach(p -> { });
        System.out.println(primes);
        // Digits of a number, lowest first, until none remain.
        System.out.println(IntStream.iterate(9075, n -> n > 0, n -> n / 10).map(n -> n % 10).boxed().toList());
    }
}
