// What every stream stage shares: flags, linkage, the source, close actions and evaluation.
package java.util.stream;

import java.util.Objects;

/**
 * A stream is a chain of stages from a head (which holds the source) to the stage the
 * program holds. Building a stage or running a terminal operation links the stage it starts
 * from; a linked stage cannot be used again. A terminal operation wraps its sink in the sink
 * of every stage, from the last to the first, and pushes the source's elements through the
 * result one by one, so that each element travels the whole pipeline before the next starts.
 */
abstract class Pipe {
    /** Flags of a stage's output: */
    static final int SIZED = 1; // the exact count is known without traversal
    static final int SORTED = 2; // in natural order
    static final int DISTINCT = 4; // no two equal
    static final int ORDERED = 8; // the encounter order is defined
    static final int SHORT_CIRCUIT = 16; // some stage may stop the source early

    /** Element shapes, for the code shared by the four stream types. */
    static final int REF = 0;
    static final int INT = 1;
    static final int LONG = 2;
    static final int DOUBLE = 3;

    static final String LINKED = "stream has already been operated upon or closed";
    static final String CONSUMED = "source already consumed or closed";

    final Pipe head;
    final Pipe prev;
    final int flags;
    private boolean linked;

    // Held by the head stage only.
    private Source source;
    private Runnable closeAction;
    private boolean parallel;

    Pipe(Source source) {
        this.head = this;
        this.prev = null;
        this.source = source;
        this.flags = source.flags & (SIZED | SORTED | DISTINCT | ORDERED);
    }

    /** A stage after prev, whose output flags are prev's minus `clear`, plus `set`. */
    Pipe(Pipe prev, int clear, int set) {
        if (prev.linked) {
            throw new IllegalStateException(LINKED);
        }
        prev.linked = true;
        this.head = prev.head;
        this.prev = prev;
        this.flags = (prev.flags & ~clear) | set;
    }

    abstract int shape();

    /** This stage's sink, which feeds `down`. The head stage has none. */
    Sink wrap(Sink down) {
        return down;
    }

    /** The exact number of elements this stage outputs for `size` input elements. */
    long adjustSize(long size) {
        return size;
    }

    final Sink wrapAll(Sink terminal) {
        Sink s = terminal;
        for (Pipe p = this; p != head; p = p.prev) {
            s = p.wrap(s);
        }
        return s;
    }

    final boolean isShortCircuit() {
        return (flags & SHORT_CIRCUIT) != 0;
    }

    /** The head's source, which only one evaluation may have. */
    final Source takeSource() {
        Source s = head.source;
        if (s == null) {
            throw new IllegalStateException(CONSUMED);
        }
        head.source = null;
        return s;
    }

    /** Links this stage for a terminal operation and returns its source. */
    final Source startTerminal() {
        if (linked) {
            throw new IllegalStateException(LINKED);
        }
        linked = true;
        return takeSource();
    }

    /** Runs a terminal operation: all of the source's elements into `terminal`. */
    final void evaluate(Sink terminal, boolean terminalShortCircuits) {
        Source src = startTerminal();
        copyInto(wrapAll(terminal), src, terminalShortCircuits || isShortCircuit());
    }

    static void copyInto(Sink sink, Source src, boolean shortCircuit) {
        sink.begin(src.exactSize());
        if (shortCircuit) {
            while (!sink.cancellationRequested() && src.tryAdvance(sink)) {
            }
        } else {
            src.forEachRemaining(sink);
        }
        sink.end();
    }

    /** The number of elements this stage will output, when known without traversal, else -1. */
    final long exactOutputSize(Source src) {
        if ((flags & SIZED) == 0) {
            return -1;
        }
        long size = src.exactSize();
        return size < 0 ? -1 : sizeAfter(size);
    }

    private long sizeAfter(long sourceSize) {
        return this == head ? sourceSize : adjustSize(prev.sizeAfter(sourceSize));
    }

    /** count(): from the sizes alone when they are known, as the JDK does, else by traversal. */
    final long countElements() {
        Source src = startTerminal();
        long size = exactOutputSize(src);
        if (size >= 0) {
            return size;
        }
        final long[] n = {0};
        copyInto(wrapAll(new Sink() {
            @Override
            public void accept(Object t) {
                n[0]++;
            }

            @Override
            public void accept(int t) {
                n[0]++;
            }

            @Override
            public void accept(long t) {
                n[0]++;
            }

            @Override
            public void accept(double t) {
                n[0]++;
            }
        }), src, isShortCircuit());
        return n[0];
    }

    /** This stage's elements as a source to pull from: iterator(), concat and flatMap. */
    final Source asSource() {
        if (linked) {
            throw new IllegalStateException(LINKED);
        }
        linked = true;
        return this == head ? takeSource() : new PipeSource(this);
    }

    // ---- BaseStream methods shared by the four shapes ------------------------------------

    public final boolean isParallel() {
        return head.parallel;
    }

    final void setParallel(boolean parallel) {
        head.parallel = parallel;
    }

    final void addCloseAction(Runnable action) {
        Objects.requireNonNull(action);
        if (linked) {
            throw new IllegalStateException(LINKED);
        }
        Runnable existing = head.closeAction;
        head.closeAction = existing == null ? action : closeBoth(existing, action);
    }

    public final void close() {
        linked = true;
        if (this == head) {
            source = null;
        }
        Runnable action = head.closeAction;
        head.closeAction = null;
        if (action != null) {
            action.run();
        }
    }

    /** Runs a then b, both even if a throws; the first exception wins, a later one is suppressed. */
    static Runnable closeBoth(final Runnable a, final Runnable b) {
        return new Runnable() {
            public void run() {
                try {
                    a.run();
                } catch (Throwable e1) {
                    try {
                        b.run();
                    } catch (Throwable e2) {
                        if (e1 != e2) {
                            e1.addSuppressed(e2);
                        }
                    }
                    throw e1;
                }
                b.run();
            }
        };
    }

    /** Makes this stream, the concatenation of a and b, parallel if one is, and close both. */
    final void finishConcat(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        setParallel(a.isParallel() || b.isParallel());
        addCloseAction(closeBoth(a, b));
    }

    private static Runnable closeBoth(final BaseStream<?, ?> a, final BaseStream<?, ?> b) {
        return closeBoth(new Runnable() {
            public void run() {
                a.close();
            }
        }, new Runnable() {
            public void run() {
                b.close();
            }
        });
    }
}
