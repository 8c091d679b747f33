// sorted(), for every shape: a barrier that takes in everything, then pushes it out in order.
package java.util.stream;

import java.util.Comparator;

final class SortSink extends Sink.Chained {
    private final int shape;
    private final Comparator<?> comparator;
    private Buffer buffer;
    /** A downstream stage may short-circuit: check it before each element pushed out. */
    private boolean cancellable;

    /** comparator: null for natural order (references); ignored for primitives. */
    SortSink(Sink down, int shape, Comparator<?> comparator) {
        super(down);
        this.shape = shape;
        this.comparator = comparator;
    }

    @Override
    void begin(long size) {
        buffer = new Buffer(shape);
    }

    @Override
    public void accept(Object t) {
        buffer.accept(t);
    }

    @Override
    public void accept(int t) {
        buffer.accept(t);
    }

    @Override
    public void accept(long t) {
        buffer.accept(t);
    }

    @Override
    public void accept(double t) {
        buffer.accept(t);
    }

    /** Upstream never stops early for us: we need every element. */
    @Override
    boolean cancellationRequested() {
        cancellable = true;
        return false;
    }

    @Override
    void end() {
        Buffer b = buffer;
        buffer = null;
        b.sort(comparator);
        down.begin(b.count);
        for (int i = 0; i < b.count; i++) {
            if (cancellable && down.cancellationRequested()) {
                break;
            }
            b.emit(i, down);
        }
        down.end();
    }
}
