// A long sum many threads add to; one cell under a monitor (a node runs one thread at a time).
package java.util.concurrent.atomic;

public class LongAdder extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 7249069246863182397L;

    private long sum;

    public LongAdder() {
    }

    public synchronized void add(long x) {
        sum += x;
    }

    public void increment() {
        add(1L);
    }

    public void decrement() {
        add(-1L);
    }

    public synchronized long sum() {
        return sum;
    }

    public synchronized void reset() {
        sum = 0L;
    }

    public synchronized long sumThenReset() {
        long s = sum;
        sum = 0L;
        return s;
    }

    public String toString() {
        return Long.toString(sum());
    }

    public long longValue() {
        return sum();
    }

    public int intValue() {
        return (int) sum();
    }

    public float floatValue() {
        return (float) sum();
    }

    public double doubleValue() {
        return (double) sum();
    }
}
