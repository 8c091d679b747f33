// Checks the ways to make a stream: of, empty, ofNullable, iterate, generate, concat, builder, arrays, collections, ranges.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

public class StreamSources {
    public static void main(String[] args) {
        System.out.println(Stream.of("one").collect(Collectors.toList()));
        System.out.println(Stream.of("a", "b", "c").collect(Collectors.toList()));
        System.out.println(Stream.empty().count() + " " + Stream.ofNullable(null).count() + " " + Stream.ofNullable("x").toList());

        System.out.println(Stream.iterate("x", s -> s + "y").limit(4).toList());
        System.out.println(Stream.iterate(1, i -> i <= 100, i -> i * 3).toList());
        System.out.println(Stream.iterate(10, i -> i < 0, i -> i - 1).toList());
        int[] counter = {0};
        System.out.println(Stream.generate(() -> ++counter[0] * 11).limit(5).toList() + " after " + counter[0]);

        System.out.println(Stream.concat(Stream.of(1, 2), Stream.of(3)).toList());
        System.out.println(Stream.concat(Stream.empty(), Stream.of("z")).toList());
        System.out.println(Stream.concat(Stream.of(1, 2).filter(i -> i > 1), Stream.of(3, 4).map(i -> -i)).toList());
        System.out.println(IntStream.concat(IntStream.range(0, 3), IntStream.of(9)).boxed().toList());

        Stream.Builder<String> builder = Stream.builder();
        builder.add("b1").add("b2");
        builder.accept("b3");
        System.out.println(builder.build().collect(Collectors.joining(",")));
        try {
            builder.add("late");
        } catch (IllegalStateException e) {
            System.out.println("builder is closed");
        }
        IntStream.Builder ib = IntStream.builder();
        for (int i = 0; i < 20; i++) {
            ib.add(i * i);
        }
        System.out.println(ib.build().sum());

        String[] names = {"ann", "bob", "cid", "dan", "eve"};
        System.out.println(Arrays.stream(names).collect(Collectors.joining(" ")));
        System.out.println(Arrays.stream(names, 1, 4).collect(Collectors.joining(" ")));
        System.out.println(Arrays.stream(new int[] {3, 1, 2}).map(i -> i * 2).boxed().toList());
        System.out.println(Arrays.stream(new int[] {3, 1, 2, 7}, 2, 4).sum());
        System.out.println(Arrays.stream(new long[] {1L << 40, 5}).sum());
        System.out.println(Arrays.stream(new double[] {0.5, 0.25}).sum());
        try {
            Arrays.stream(names, 3, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getMessage());
        }
        try {
            Arrays.stream(new int[2], 0, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getMessage());
        }
        // An array stream reads the array when it runs, not when it is made.
        Stream<String> late = Arrays.stream(names);
        names[0] = "ANN";
        System.out.println(late.findFirst().get());

        List<Integer> list = new ArrayList<>(List.of(5, 3, 8));
        Stream<Integer> fromList = list.stream();
        list.add(1);
        System.out.println(fromList.toList() + " " + list.stream().count());
        System.out.println(new LinkedList<>(List.of("l1", "l2")).stream().toList());
        System.out.println(new ArrayDeque<>(List.of(4, 5, 6)).stream().map(i -> i * i).toList());
        TreeSet<String> tree = new TreeSet<>(List.of("pear", "apple", "fig"));
        System.out.println(tree.stream().toList());
        System.out.println(List.of(1, 2, 3).parallelStream().isParallel());

        System.out.println(IntStream.range(0, 5).boxed().toList() + " " + IntStream.rangeClosed(-2, 2).boxed().toList());
        System.out.println(IntStream.range(5, 5).count() + " " + IntStream.range(5, 0).count() + " " + IntStream.rangeClosed(5, 5).count());
        System.out.println(IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).boxed().toList());
        System.out.println(IntStream.range(Integer.MIN_VALUE, Integer.MAX_VALUE).count());
        System.out.println(LongStream.range(0, 5).sum() + " " + LongStream.rangeClosed(1, 1_000_000_000_000L).count());
        System.out.println(LongStream.rangeClosed(Long.MAX_VALUE - 1, Long.MAX_VALUE).boxed().toList());
        System.out.println(IntStream.iterate(1, i -> i * 2).limit(11).boxed().toList());
        System.out.println(IntStream.iterate(100, i -> i > 0, i -> i / 3).boxed().toList());
        System.out.println(LongStream.iterate(1, l -> l * 10).limit(5).boxed().toList());
        System.out.println(DoubleStream.iterate(1.0, d -> d / 2).limit(4).boxed().toList());
        System.out.println(IntStream.generate(() -> 7).limit(3).boxed().toList());
        System.out.println(IntStream.of(4).boxed().toList() + " " + IntStream.empty().count() + " " + DoubleStream.of(1.5, 2.5).sum());
    }
}
