// limit and skip, for every shape: drops the first `skip` elements, passes at most `limit`.
package java.util.stream;

final class SliceSink extends Sink.Chained {
    private final long skip;
    private final long limit;
    private long toSkip;
    private long toTake;

    /** limit < 0: no limit. */
    SliceSink(Sink down, long skip, long limit) {
        super(down);
        this.skip = skip;
        this.limit = limit;
        this.toSkip = skip;
        this.toTake = limit < 0 ? Long.MAX_VALUE : limit;
    }

    /** The number of elements out of `size` in (-1 for unknown). */
    static long outputSize(long size, long skip, long limit) {
        if (size < 0) {
            return -1;
        }
        long n = Math.max(0, size - skip);
        return limit < 0 ? n : Math.min(n, limit);
    }

    @Override
    void begin(long size) {
        down.begin(outputSize(size, skip, limit));
    }

    private boolean admit() {
        if (toSkip > 0) {
            toSkip--;
            return false;
        }
        if (toTake > 0) {
            toTake--;
            return true;
        }
        return false;
    }

    @Override
    public void accept(Object t) {
        if (admit()) {
            down.accept(t);
        }
    }

    @Override
    public void accept(int t) {
        if (admit()) {
            down.accept(t);
        }
    }

    @Override
    public void accept(long t) {
        if (admit()) {
            down.accept(t);
        }
    }

    @Override
    public void accept(double t) {
        if (admit()) {
            down.accept(t);
        }
    }

    @Override
    boolean cancellationRequested() {
        return toTake == 0 || down.cancellationRequested();
    }
}
