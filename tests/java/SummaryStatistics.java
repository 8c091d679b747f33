// Checks Int/Long/DoubleSummaryStatistics: the JDK's toString, empty statistics, accept, combine and the checked constructors.
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

public class SummaryStatistics {
    public static void main(String[] args) {
        System.out.println(IntStream.of(1, 2, 3, 4, 5).summaryStatistics());
        System.out.println(IntStream.empty().summaryStatistics());
        System.out.println(LongStream.rangeClosed(1, 100).summaryStatistics());
        System.out.println(LongStream.empty().summaryStatistics());
        System.out.println(DoubleStream.of(1.5, 2.25, -0.125).summaryStatistics());
        System.out.println(DoubleStream.empty().summaryStatistics());
        System.out.println(DoubleStream.of(1e300, 1e300, 1e300).summaryStatistics());
        System.out.println(DoubleStream.of(Double.NaN, 1).summaryStatistics());

        IntSummaryStatistics ints = IntStream.of(7, -3, 12, 0, 12).summaryStatistics();
        System.out.println(ints.getCount() + " " + ints.getSum() + " " + ints.getMin() + " " + ints.getMax() + " " + ints.getAverage());
        IntSummaryStatistics big = IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE).summaryStatistics();
        System.out.println(big.getSum() + " " + big.getAverage());

        IntSummaryStatistics byHand = new IntSummaryStatistics();
        byHand.accept(10);
        byHand.accept(20);
        IntSummaryStatistics other = new IntSummaryStatistics();
        other.accept(-5);
        byHand.combine(other);
        System.out.println(byHand);
        byHand.combine(new IntSummaryStatistics());
        System.out.println(byHand.getAverage());

        LongSummaryStatistics longs = new LongSummaryStatistics();
        longs.accept(3);
        longs.accept(1L << 40);
        System.out.println(longs + " " + longs.getMax());
        DoubleSummaryStatistics doubles = new DoubleSummaryStatistics();
        for (int i = 1; i <= 10; i++) {
            doubles.accept(1.0 / i);
        }
        DoubleSummaryStatistics more = DoubleStream.of(0.1, 0.2, 0.3).summaryStatistics();
        doubles.combine(more);
        System.out.println(doubles);
        System.out.println(doubles.getSum() + " " + doubles.getAverage() + " " + doubles.getMin() + " " + doubles.getMax());

        System.out.println(new IntSummaryStatistics(3, 1, 5, 9));
        System.out.println(new LongSummaryStatistics(0, 9, 1, 100));
        System.out.println(new DoubleSummaryStatistics(2, -1.0, 1.0, 0.5));
        try {
            new IntSummaryStatistics(-1, 0, 0, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new LongSummaryStatistics(2, 5, 1, 6);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new DoubleSummaryStatistics(2, Double.NaN, 1.0, 3.0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        List<String> names = List.of("x", "yy", "zzz", "wwww");
        System.out.println(names.stream().collect(Collectors.summarizingInt(String::length)));
        System.out.println(names.stream().mapToDouble(String::length).map(d -> d / 3).summaryStatistics());
        System.out.println(IntStream.range(0, 1000).map(i -> i * i % 977).summaryStatistics());
    }
}
