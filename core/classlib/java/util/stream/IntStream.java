// A sequence of int values with lazy intermediate operations and one terminal operation.
package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

public interface IntStream extends BaseStream<Integer, IntStream> {
    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    LongStream mapToLong(IntToLongFunction mapper);

    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    // The defaults below serve streams that are not ours; ours override them.

    default IntStream mapMulti(final IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(new IntFunction<IntStream>() {
            public IntStream apply(int e) {
                Builder buffer = IntStream.builder();
                mapper.accept(e, buffer);
                return buffer.build();
            }
        });
    }

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    default IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return IntPipe.adopt(this).takeWhile(predicate);
    }

    default IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return IntPipe.adopt(this).dropWhile(predicate);
    }

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    IntSummaryStatistics summaryStatistics();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    LongStream asLongStream();

    DoubleStream asDoubleStream();

    Stream<Integer> boxed();

    @Override
    IntStream sequential();

    @Override
    IntStream parallel();

    @Override
    PrimitiveIterator.OfInt iterator();

    // ---- Sources ---------------------------------------------------------------------------

    public static Builder builder() {
        return new StreamBuilders.OfInt();
    }

    public static IntStream empty() {
        return new IntPipe(new Source.Empty());
    }

    public static IntStream of(int t) {
        return new IntPipe(new Source.IntArray(new int[] {t}, 0, 1));
    }

    public static IntStream of(int... values) {
        return new IntPipe(new Source.IntArray(values, 0, values.length));
    }

    public static IntStream iterate(int seed, IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return new IntPipe(new Generators.IntIterate(seed, null, f));
    }

    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new IntPipe(new Generators.IntIterate(seed, hasNext, next));
    }

    public static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return new IntPipe(new Generators.Generate(Pipe.INT, s));
    }

    public static IntStream range(int startInclusive, int endExclusive) {
        if (startInclusive >= endExclusive) {
            return empty();
        }
        return new IntPipe(new Source.IntRange(startInclusive, endExclusive - 1));
    }

    public static IntStream rangeClosed(int startInclusive, int endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        return new IntPipe(new Source.IntRange(startInclusive, endInclusive));
    }

    public static IntStream concat(IntStream a, IntStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        IntPipe stream = new IntPipe(new Source.Concat(Source.of(a), Source.of(b)));
        stream.finishConcat(a, b);
        return stream;
    }

    /** Collects values one by one, then makes a stream of them; usable once. */
    public interface Builder extends IntConsumer {
        @Override
        void accept(int t);

        default Builder add(int t) {
            accept(t);
            return this;
        }

        IntStream build();
    }

    /** mapMulti's mapper: hands any number of values for one to the consumer. */
    @FunctionalInterface
    public interface IntMapMultiConsumer {
        void accept(int value, IntConsumer ic);
    }
}
