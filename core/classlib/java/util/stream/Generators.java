// Unbounded sources: iterate (with or without a hasNext test) and generate, for each shape.
package java.util.stream;

import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * iterate computes the next element only when it is pulled, so that f runs once per element
 * after the seed; with a hasNext test, the first element failing it ends the stream.
 */
final class Generators {
    private Generators() {
    }

    static final class RefIterate<T> extends Source {
        private final UnaryOperator<T> next;
        private final Predicate<? super T> hasNext; // null: unbounded
        private T prev;
        private boolean started;
        private boolean finished;

        RefIterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
            super(Pipe.ORDERED);
            this.prev = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (finished) {
                return false;
            }
            T t = started ? next.apply(prev) : prev;
            started = true;
            if (hasNext != null && !hasNext.test(t)) {
                prev = null;
                finished = true;
                return false;
            }
            prev = t;
            s.accept(t);
            return true;
        }
    }

    static final class IntIterate extends Source {
        private final IntUnaryOperator next;
        private final IntPredicate hasNext;
        private int prev;
        private boolean started;
        private boolean finished;

        IntIterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
            super(Pipe.ORDERED);
            this.prev = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (finished) {
                return false;
            }
            int t = started ? next.applyAsInt(prev) : prev;
            started = true;
            if (hasNext != null && !hasNext.test(t)) {
                finished = true;
                return false;
            }
            prev = t;
            s.accept(t);
            return true;
        }
    }

    static final class LongIterate extends Source {
        private final LongUnaryOperator next;
        private final LongPredicate hasNext;
        private long prev;
        private boolean started;
        private boolean finished;

        LongIterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
            super(Pipe.ORDERED);
            this.prev = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (finished) {
                return false;
            }
            long t = started ? next.applyAsLong(prev) : prev;
            started = true;
            if (hasNext != null && !hasNext.test(t)) {
                finished = true;
                return false;
            }
            prev = t;
            s.accept(t);
            return true;
        }
    }

    static final class DoubleIterate extends Source {
        private final DoubleUnaryOperator next;
        private final DoublePredicate hasNext;
        private double prev;
        private boolean started;
        private boolean finished;

        DoubleIterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
            super(Pipe.ORDERED);
            this.prev = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (finished) {
                return false;
            }
            double t = started ? next.applyAsDouble(prev) : prev;
            started = true;
            if (hasNext != null && !hasNext.test(t)) {
                finished = true;
                return false;
            }
            prev = t;
            s.accept(t);
            return true;
        }
    }

    /** generate: an unordered, endless stream of supplied values. */
    static final class Generate extends Source {
        private final int shape;
        private final Object supplier;

        Generate(int shape, Object supplier) {
            super(0);
            this.shape = shape;
            this.supplier = supplier;
        }

        @Override
        @SuppressWarnings("unchecked")
        boolean tryAdvance(Sink s) {
            switch (shape) {
                case Pipe.INT:
                    s.accept(((IntSupplier) supplier).getAsInt());
                    break;
                case Pipe.LONG:
                    s.accept(((LongSupplier) supplier).getAsLong());
                    break;
                case Pipe.DOUBLE:
                    s.accept(((DoubleSupplier) supplier).getAsDouble());
                    break;
                default:
                    s.accept(((Supplier<Object>) supplier).get());
                    break;
            }
            return true;
        }
    }
}
