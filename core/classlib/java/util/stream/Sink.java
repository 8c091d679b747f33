// The push side of a pipeline: a stage receives begin(size), its elements, then end().
package java.util.stream;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Receives the elements of one stream shape. A sink is also a consumer of every shape, so
 * that it can be handed to forEach of an inner stream (flatMap) or to a mapMulti mapper: those
 * call only accept, never begin or end.
 */
abstract class Sink implements Consumer<Object>, IntConsumer, LongConsumer, DoubleConsumer {
    /** Called once before any element; size is the exact element count, or -1 if unknown. */
    void begin(long size) {
    }

    /** Called once after the last element. */
    void end() {
    }

    /** True when this sink wants no more elements (a short-circuiting stage or terminal). */
    boolean cancellationRequested() {
        return false;
    }

    public void accept(Object t) {
        throw new IllegalStateException("called the reference accept of a primitive sink");
    }

    public void accept(int t) {
        throw new IllegalStateException("called the int accept of a sink of another shape");
    }

    public void accept(long t) {
        throw new IllegalStateException("called the long accept of a sink of another shape");
    }

    public void accept(double t) {
        throw new IllegalStateException("called the double accept of a sink of another shape");
    }

    /** An intermediate stage's sink: begin, end and cancellation pass on to the next one. */
    abstract static class Chained extends Sink {
        final Sink down;

        Chained(Sink down) {
            this.down = Objects.requireNonNull(down);
        }

        @Override
        void begin(long size) {
            down.begin(size);
        }

        @Override
        void end() {
            down.end();
        }

        @Override
        boolean cancellationRequested() {
            return down.cancellationRequested();
        }
    }

    /**
     * Hands elements to `to` and nothing else: the sink at the end of a sub-pipeline whose
     * elements flow into another pipeline's stage, which must not see begin or end twice.
     */
    static final class Forward extends Sink {
        private final Sink to;

        Forward(Sink to) {
            this.to = to;
        }

        @Override
        public void accept(Object t) {
            to.accept(t);
        }

        @Override
        public void accept(int t) {
            to.accept(t);
        }

        @Override
        public void accept(long t) {
            to.accept(t);
        }

        @Override
        public void accept(double t) {
            to.accept(t);
        }
    }
}
