// Checks LongStream and DoubleStream: sums (the double one compensated), averages, min/max with NaN and -0.0, conversions.
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

public class LongDoubleStreams {
    public static void main(String[] args) {
        System.out.println(LongStream.rangeClosed(1, 1_000_000).sum());
        System.out.println(LongStream.rangeClosed(1, 25).reduce(1, (a, b) -> a * b));
        System.out.println(LongStream.of(Long.MAX_VALUE, 1).sum() + " " + LongStream.of(-3, 9, 4).min() + " " + LongStream.of(-3, 9, 4).max());
        System.out.println(LongStream.of(1, 2, 3, 4).average() + " " + LongStream.empty().average());
        System.out.println(LongStream.range(0, 6).filter(l -> l % 2 == 0).mapToObj(Long::toHexString).toList());
        System.out.println(LongStream.of(10, 20).mapToInt(l -> (int) l / 10).sum() + " " + LongStream.of(1, 2).mapToDouble(l -> l / 4.0).sum());
        System.out.println(LongStream.of(5, 3, 5, 1).distinct().sorted().boxed().toList());
        System.out.println(Arrays.toString(LongStream.iterate(1, l -> l * 7).limit(6).toArray()));
        System.out.println(LongStream.of(2, 4).asDoubleStream().map(Math::sqrt).boxed().toList());

        // Compensated summation: these give different results with a plain loop.
        double[] tricky = {1.0, 1e-16, 1e-16, 1e-16, 1e-16, 1e-16};
        double plain = 0;
        for (double d : tricky) {
            plain += d;
        }
        System.out.println(plain + " " + DoubleStream.of(tricky).sum() + " " + DoubleStream.of(tricky).average().getAsDouble());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7).sum());
        System.out.println(DoubleStream.of(1e100, 1.0, -1e100).sum() + " " + DoubleStream.of(1e16, 1.0, 1.0, 1.0, -1e16).sum());
        long seed = 42;
        double[] pseudo = new double[500];
        for (int i = 0; i < pseudo.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            pseudo[i] = ((seed >>> 11) * 0x1.0p-53 - 0.5) * Math.pow(10, (i % 9) - 4);
        }
        System.out.println(DoubleStream.of(pseudo).sum());
        System.out.println(DoubleStream.of(pseudo).average().getAsDouble());
        System.out.println(DoubleStream.of(pseudo).summaryStatistics().getSum());
        System.out.println(Arrays.stream(pseudo).boxed().collect(Collectors.summingDouble(d -> d)));
        System.out.println(Arrays.stream(pseudo).boxed().collect(Collectors.averagingDouble(d -> d)));

        // Overflow and NaN: the plain sum decides when the compensated one is NaN.
        System.out.println(DoubleStream.of(Double.MAX_VALUE, Double.MAX_VALUE).sum());
        System.out.println(DoubleStream.of(1e308, 1e308, -1e308).sum());
        System.out.println(DoubleStream.of(Double.POSITIVE_INFINITY, 1).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum());
        System.out.println(DoubleStream.of(1, Double.NaN, 3).sum() + " " + DoubleStream.of(1, Double.NaN).max() + " " + DoubleStream.of(1, Double.NaN).min());
        System.out.println(DoubleStream.of(0.0, -0.0).min() + " " + DoubleStream.of(-0.0, 0.0).max() + " " + DoubleStream.empty().sum());

        // sorted and distinct follow Double.compare and Double.equals.
        System.out.println(DoubleStream.of(3.5, Double.NaN, -0.0, 0.0, -1, Double.NEGATIVE_INFINITY).sorted().boxed().toList());
        System.out.println(DoubleStream.of(0.0, -0.0, 0.0, Double.NaN, Double.NaN, 1).distinct().boxed().toList());
        System.out.println(DoubleStream.of(2.5, 0.5).mapToInt(d -> (int) Math.round(d)).boxed().toList()
                + " " + DoubleStream.of(1e10).mapToLong(d -> (long) d).sum());
        System.out.println(DoubleStream.of(1, 2, 3, 4).map(d -> d * d).filter(d -> d > 2).mapToObj(d -> String.format("%.2f", d))
                .collect(Collectors.joining(" ")));
        System.out.println(DoubleStream.generate(() -> 0.25).limit(3).sum() + " " + DoubleStream.iterate(1, d -> d < 10, d -> d * 2.5).boxed().toList());
        System.out.println(DoubleStream.of(1, 2, 3).anyMatch(d -> d > 2.5) + " " + DoubleStream.of(1, 2, 3).allMatch(d -> d > 1)
                + " " + DoubleStream.of(1, 2, 3).noneMatch(d -> d > 9) + " " + DoubleStream.of(4, 5).findFirst());
        System.out.println(DoubleStream.of(1, 2, 3).reduce(10, (a, b) -> a - b) + " " + DoubleStream.of(2, 3).reduce((a, b) -> a * b));
        System.out.println(DoubleStream.of(1.5, 2.5).flatMap(d -> DoubleStream.of(d, -d)).boxed().toList());
        System.out.println(Stream.of("1.5", "2.25").mapToDouble(Double::parseDouble).sum() + " " + IntStream.of(1, 2).asDoubleStream().average());
        System.out.println(DoubleStream.of(9, 4, 1).takeWhile(d -> d > 2).count() + " " + DoubleStream.of(9, 4, 1).dropWhile(d -> d > 2).sum());
    }
}
