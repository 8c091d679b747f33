// Object.wait with a time limit in nanoseconds, returning what is left of it (the queues' helper).
package java.util.concurrent;

final class TimedWait {
    private TimedWait() {
    }

    /** Waits on `monitor` (held by the caller) at most `nanos` (> 0); returns the nanoseconds left. */
    static long awaitNanos(Object monitor, long nanos) throws InterruptedException {
        long now = System.nanoTime();
        long deadline = nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
        monitor.wait(nanos / 1000000L, (int) (nanos % 1000000L));
        return deadline - System.nanoTime();
    }
}
