// A growable array of one stream shape: toArray, sorted and the pull-side buffers use it.
package java.util.stream;

import java.util.Arrays;
import java.util.Comparator;

final class Buffer extends Sink {
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    final int shape;
    Object[] refs;
    int[] ints;
    long[] longs;
    double[] doubles;
    int count;

    Buffer(int shape) {
        this.shape = shape;
        allocate(16);
    }

    private void allocate(int capacity) {
        switch (shape) {
            case Pipe.REF:
                refs = refs == null ? new Object[capacity] : Arrays.copyOf(refs, capacity);
                break;
            case Pipe.INT:
                ints = ints == null ? new int[capacity] : Arrays.copyOf(ints, capacity);
                break;
            case Pipe.LONG:
                longs = longs == null ? new long[capacity] : Arrays.copyOf(longs, capacity);
                break;
            default:
                doubles = doubles == null ? new double[capacity] : Arrays.copyOf(doubles, capacity);
                break;
        }
    }

    private int capacity() {
        switch (shape) {
            case Pipe.REF:
                return refs.length;
            case Pipe.INT:
                return ints.length;
            case Pipe.LONG:
                return longs.length;
            default:
                return doubles.length;
        }
    }

    /** Makes room for one more element. */
    private void grow() {
        int capacity = capacity();
        if (count == capacity) {
            if (capacity >= MAX_ARRAY_SIZE) {
                throw new IllegalArgumentException("Stream size exceeds max array size");
            }
            allocate((int) Math.min(MAX_ARRAY_SIZE, capacity + (capacity >> 1) + 1L));
        }
    }

    @Override
    public void accept(Object t) {
        grow();
        refs[count++] = t;
    }

    @Override
    public void accept(int t) {
        grow();
        ints[count++] = t;
    }

    @Override
    public void accept(long t) {
        grow();
        longs[count++] = t;
    }

    @Override
    public void accept(double t) {
        grow();
        doubles[count++] = t;
    }

    void clear() {
        if (refs != null) {
            Arrays.fill(refs, 0, count, null);
        }
        count = 0;
    }

    /** Pushes element i into `to`. */
    void emit(int i, Sink to) {
        switch (shape) {
            case Pipe.REF:
                to.accept(refs[i]);
                break;
            case Pipe.INT:
                to.accept(ints[i]);
                break;
            case Pipe.LONG:
                to.accept(longs[i]);
                break;
            default:
                to.accept(doubles[i]);
                break;
        }
    }

    /** Sorts the elements: references stably with `c` (natural order if null). */
    @SuppressWarnings("unchecked")
    void sort(Comparator<?> c) {
        switch (shape) {
            case Pipe.REF:
                Arrays.sort(refs, 0, count, (Comparator<Object>) c);
                break;
            case Pipe.INT:
                Arrays.sort(ints, 0, count);
                break;
            case Pipe.LONG:
                Arrays.sort(longs, 0, count);
                break;
            default:
                Arrays.sort(doubles, 0, count);
                break;
        }
    }

    int[] intArray() {
        return Arrays.copyOf(ints, count);
    }

    long[] longArray() {
        return Arrays.copyOf(longs, count);
    }

    double[] doubleArray() {
        return Arrays.copyOf(doubles, count);
    }
}
