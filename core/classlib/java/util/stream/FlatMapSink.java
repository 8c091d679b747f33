// flatMap, for every shape: each element's stream flows into the next stage, then is closed.
package java.util.stream;

import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * When nothing downstream short-circuits, an inner stream is drained with forEach. Once the
 * pipeline is known to short-circuit (someone asked this sink whether to stop), the inner
 * stream is pulled one element at a time instead, so that it is not traversed further than
 * needed.
 */
abstract class FlatMapSink extends Sink.Chained {
    private boolean cancellable;

    FlatMapSink(Sink down) {
        super(down);
    }

    @Override
    void begin(long size) {
        down.begin(-1);
    }

    @Override
    boolean cancellationRequested() {
        cancellable = true;
        return down.cancellationRequested();
    }

    /** Pushes the elements of `result` (null: none) into the next stage, then closes it. */
    @SuppressWarnings("unchecked")
    final void pushAll(BaseStream<?, ?> result) {
        if (result == null) {
            return;
        }
        try (BaseStream<?, ?> r = result) {
            r.sequential();
            if (!cancellable) {
                if (r instanceof IntStream) {
                    ((IntStream) r).forEach((IntConsumer) down);
                } else if (r instanceof LongStream) {
                    ((LongStream) r).forEach((LongConsumer) down);
                } else if (r instanceof DoubleStream) {
                    ((DoubleStream) r).forEach((DoubleConsumer) down);
                } else {
                    ((Stream<Object>) r).forEach(down);
                }
            } else {
                Source s = Source.of(r);
                while (!down.cancellationRequested() && s.tryAdvance(down)) {
                }
            }
        }
    }
}
