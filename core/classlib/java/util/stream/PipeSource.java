// A pipeline's output as a source to pull from, one element at a time, through a buffer.
package java.util.stream;

/**
 * Pulling from a push pipeline: each pull pushes source elements through the stages until
 * at least one comes out at the end (a flatMap may yield several, a filter none, a sorted
 * stage none until the source is exhausted), and hands those out one by one. Used by
 * iterator(), by concat of pipelines and by a short-circuiting flatMap; the stages run
 * lazily, element by element, just as the JDK's.
 */
final class PipeSource extends Source {
    private final Pipe pipe;
    private Source src;
    private Sink chain;
    private Buffer buffer;
    private int next;
    private boolean finished;

    PipeSource(Pipe pipe) {
        super(pipe.flags & (Pipe.SIZED | Pipe.ORDERED));
        this.pipe = pipe;
    }

    /** Binds the pipeline's source, on first use. */
    private void init() {
        if (src == null) {
            src = pipe.takeSource();
        }
    }

    @Override
    long exactSize() {
        if (chain != null || finished) {
            return -1;
        }
        init();
        return pipe.exactOutputSize(src);
    }

    @Override
    boolean tryAdvance(Sink s) {
        if (buffer == null || next >= buffer.count) {
            if (!refill()) {
                return false;
            }
        }
        buffer.emit(next++, s);
        return true;
    }

    private boolean refill() {
        if (chain == null) {
            if (finished) {
                return false;
            }
            init();
            buffer = new Buffer(pipe.shape());
            chain = pipe.wrapAll(buffer);
            chain.begin(src.exactSize());
        }
        buffer.clear();
        next = 0;
        while (buffer.count == 0) {
            if (chain.cancellationRequested() || !src.tryAdvance(chain)) {
                if (finished) {
                    return false;
                }
                chain.end();
                finished = true;
            }
        }
        return true;
    }

    @Override
    void forEachRemaining(Sink s) {
        if (chain == null && !finished) {
            init();
            finished = true;
            Pipe.copyInto(pipe.wrapAll(new Sink.Forward(s)), src, pipe.isShortCircuit());
        } else {
            while (tryAdvance(s)) {
            }
        }
    }
}
