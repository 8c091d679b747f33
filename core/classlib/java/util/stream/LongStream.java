// A sequence of long values with lazy intermediate operations and one terminal operation.
package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

public interface LongStream extends BaseStream<Long, LongStream> {
    LongStream filter(LongPredicate predicate);

    LongStream map(LongUnaryOperator mapper);

    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    IntStream mapToInt(LongToIntFunction mapper);

    DoubleStream mapToDouble(LongToDoubleFunction mapper);

    LongStream flatMap(LongFunction<? extends LongStream> mapper);

    // The defaults below serve streams that are not ours; ours override them.

    default LongStream mapMulti(final LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(new LongFunction<LongStream>() {
            public LongStream apply(long e) {
                Builder buffer = LongStream.builder();
                mapper.accept(e, buffer);
                return buffer.build();
            }
        });
    }

    LongStream distinct();

    LongStream sorted();

    LongStream peek(LongConsumer action);

    LongStream limit(long maxSize);

    LongStream skip(long n);

    default LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return LongPipe.adopt(this).takeWhile(predicate);
    }

    default LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return LongPipe.adopt(this).dropWhile(predicate);
    }

    void forEach(LongConsumer action);

    void forEachOrdered(LongConsumer action);

    long[] toArray();

    long reduce(long identity, LongBinaryOperator op);

    OptionalLong reduce(LongBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);

    long sum();

    OptionalLong min();

    OptionalLong max();

    long count();

    OptionalDouble average();

    LongSummaryStatistics summaryStatistics();

    boolean anyMatch(LongPredicate predicate);

    boolean allMatch(LongPredicate predicate);

    boolean noneMatch(LongPredicate predicate);

    OptionalLong findFirst();

    OptionalLong findAny();

    DoubleStream asDoubleStream();

    Stream<Long> boxed();

    @Override
    LongStream sequential();

    @Override
    LongStream parallel();

    @Override
    PrimitiveIterator.OfLong iterator();

    // ---- Sources ---------------------------------------------------------------------------

    public static Builder builder() {
        return new StreamBuilders.OfLong();
    }

    public static LongStream empty() {
        return new LongPipe(new Source.Empty());
    }

    public static LongStream of(long t) {
        return new LongPipe(new Source.LongArray(new long[] {t}, 0, 1));
    }

    public static LongStream of(long... values) {
        return new LongPipe(new Source.LongArray(values, 0, values.length));
    }

    public static LongStream iterate(long seed, LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return new LongPipe(new Generators.LongIterate(seed, null, f));
    }

    public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new LongPipe(new Generators.LongIterate(seed, hasNext, next));
    }

    public static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return new LongPipe(new Generators.Generate(Pipe.LONG, s));
    }

    public static LongStream range(long startInclusive, long endExclusive) {
        if (startInclusive >= endExclusive) {
            return empty();
        }
        if (endExclusive - startInclusive < 0) {
            // More values than a long counts: two halves, as the JDK does.
            long m = startInclusive + Long.divideUnsigned(endExclusive - startInclusive, 2) + 1;
            return concat(range(startInclusive, m), range(m, endExclusive));
        }
        return new LongPipe(new Source.LongRange(startInclusive, endExclusive - 1));
    }

    public static LongStream rangeClosed(long startInclusive, long endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        if (endInclusive - startInclusive + 1 <= 0) {
            long m = startInclusive + Long.divideUnsigned(endInclusive - startInclusive, 2) + 1;
            return concat(range(startInclusive, m), rangeClosed(m, endInclusive));
        }
        return new LongPipe(new Source.LongRange(startInclusive, endInclusive));
    }

    public static LongStream concat(LongStream a, LongStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        LongPipe stream = new LongPipe(new Source.Concat(Source.of(a), Source.of(b)));
        stream.finishConcat(a, b);
        return stream;
    }

    /** Collects values one by one, then makes a stream of them; usable once. */
    public interface Builder extends LongConsumer {
        @Override
        void accept(long t);

        default Builder add(long t) {
            accept(t);
            return this;
        }

        LongStream build();
    }

    /** mapMulti's mapper: hands any number of values for one to the consumer. */
    @FunctionalInterface
    public interface LongMapMultiConsumer {
        void accept(long value, LongConsumer ic);
    }
}
