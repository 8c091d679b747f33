// Where a pipeline's elements come from: arrays, ranges, collections, iterators, concatenations.
package java.util.stream;

import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.SortedSet;

/**
 * The pull side of a pipeline. A source hands its elements to a sink one at a time
 * (tryAdvance, so that a short-circuiting pipeline can stop between two) or all at once. A
 * source only calls accept; begin and end are the evaluating pipeline's business.
 */
abstract class Source {
    /** What the source knows of its elements: Pipe.SIZED, SORTED, DISTINCT, ORDERED. */
    final int flags;

    Source(int flags) {
        this.flags = flags;
    }

    /** Pushes the next element, if any, into s; false when there is none left. */
    abstract boolean tryAdvance(Sink s);

    void forEachRemaining(Sink s) {
        while (tryAdvance(s)) {
        }
    }

    /** The number of elements left, or -1 if not known without traversal. */
    long exactSize() {
        return -1;
    }

    /** The elements of a stream that is not one of ours (flatMap, concat of foreign streams). */
    static Source of(BaseStream<?, ?> s) {
        if (s instanceof Pipe) {
            return ((Pipe) s).asSource();
        }
        int shape = s instanceof IntStream ? Pipe.INT
                : s instanceof LongStream ? Pipe.LONG
                : s instanceof DoubleStream ? Pipe.DOUBLE : Pipe.REF;
        return new OfIterator(shape, s.iterator());
    }

    static void checkRange(int length, int from, int to) {
        if (from > to) {
            throw new ArrayIndexOutOfBoundsException("origin(" + from + ") > fence(" + to + ")");
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException(from);
        }
        if (to > length) {
            throw new ArrayIndexOutOfBoundsException(to);
        }
    }

    /** The slots [index, fence) of an array of any shape, read when traversed. */
    abstract static class OfArray extends Source {
        int index;
        final int fence;

        OfArray(int index, int fence) {
            super(Pipe.SIZED | Pipe.ORDERED);
            this.index = index;
            this.fence = fence;
        }

        @Override
        final long exactSize() {
            return fence - index;
        }

        @Override
        final boolean tryAdvance(Sink s) {
            if (index >= fence) {
                return false;
            }
            push(index++, s);
            return true;
        }

        @Override
        final void forEachRemaining(Sink s) {
            int i = index;
            index = fence;
            for (; i < fence; i++) {
                push(i, s);
            }
        }

        abstract void push(int i, Sink s);
    }

    static final class RefArray extends OfArray {
        private final Object[] array;

        RefArray(Object[] array, int from, int to) {
            super(from, to);
            this.array = array;
        }

        @Override
        void push(int i, Sink s) {
            s.accept(array[i]);
        }
    }

    static final class IntArray extends OfArray {
        private final int[] array;

        IntArray(int[] array, int from, int to) {
            super(from, to);
            this.array = array;
        }

        @Override
        void push(int i, Sink s) {
            s.accept(array[i]);
        }
    }

    static final class LongArray extends OfArray {
        private final long[] array;

        LongArray(long[] array, int from, int to) {
            super(from, to);
            this.array = array;
        }

        @Override
        void push(int i, Sink s) {
            s.accept(array[i]);
        }
    }

    static final class DoubleArray extends OfArray {
        private final double[] array;

        DoubleArray(double[] array, int from, int to) {
            super(from, to);
            this.array = array;
        }

        @Override
        void push(int i, Sink s) {
            s.accept(array[i]);
        }
    }

    /** No elements: Stream.empty() and friends (sized, but unlike arrays not ordered). */
    static final class Empty extends Source {
        Empty() {
            super(Pipe.SIZED);
        }

        @Override
        boolean tryAdvance(Sink s) {
            return false;
        }

        @Override
        long exactSize() {
            return 0;
        }
    }

    /** The ints [next, last], or none if next > last; `last` may be Integer.MAX_VALUE. */
    static final class IntRange extends Source {
        private int next;
        private final int last;
        private boolean done;

        IntRange(int first, int last) {
            super(Pipe.SIZED | Pipe.ORDERED | Pipe.SORTED | Pipe.DISTINCT);
            this.next = first;
            this.last = last;
            this.done = first > last;
        }

        @Override
        long exactSize() {
            return done ? 0 : (long) last - next + 1;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (done) {
                return false;
            }
            int i = next;
            if (i == last) {
                done = true;
            } else {
                next = i + 1;
            }
            s.accept(i);
            return true;
        }

        @Override
        void forEachRemaining(Sink s) {
            if (done) {
                return;
            }
            done = true;
            int i = next;
            int end = last;
            for (; i < end; i++) {
                s.accept(i);
            }
            s.accept(end);
        }
    }

    /** The longs [next, last]; the caller splits ranges whose size overflows a long. */
    static final class LongRange extends Source {
        private long next;
        private final long last;
        private boolean done;

        LongRange(long first, long last) {
            super(Pipe.SIZED | Pipe.ORDERED | Pipe.SORTED | Pipe.DISTINCT);
            this.next = first;
            this.last = last;
            this.done = first > last;
        }

        @Override
        long exactSize() {
            return done ? 0 : last - next + 1;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (done) {
                return false;
            }
            long i = next;
            if (i == last) {
                done = true;
            } else {
                next = i + 1;
            }
            s.accept(i);
            return true;
        }

        @Override
        void forEachRemaining(Sink s) {
            if (done) {
                return;
            }
            done = true;
            long i = next;
            long end = last;
            for (; i < end; i++) {
                s.accept(i);
            }
            s.accept(end);
        }
    }

    /**
     * A collection, bound late: its size and iterator are taken when the terminal operation
     * runs, so that changes made between stream() and the terminal operation are seen.
     */
    static final class OfCollection extends Source {
        private final Collection<?> collection;
        private Iterator<?> it;

        OfCollection(Collection<?> c) {
            super(flagsOf(c));
            this.collection = c;
        }

        private static int flagsOf(Collection<?> c) {
            if (c instanceof SortedSet) {
                boolean natural = ((SortedSet<?>) c).comparator() == null;
                return Pipe.SIZED | Pipe.ORDERED | Pipe.DISTINCT | (natural ? Pipe.SORTED : 0);
            }
            if (c instanceof Set) {
                return Pipe.SIZED | Pipe.DISTINCT;
            }
            return Pipe.SIZED | Pipe.ORDERED;
        }

        @Override
        long exactSize() {
            return it == null ? collection.size() : -1;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (it == null) {
                it = collection.iterator();
            }
            if (!it.hasNext()) {
                return false;
            }
            s.accept(it.next());
            return true;
        }

        @Override
        void forEachRemaining(Sink s) {
            if (it == null) {
                it = collection.iterator();
            }
            while (it.hasNext()) {
                s.accept(it.next());
            }
        }
    }

    /** An iterator's elements, unboxed to the stream's shape. */
    static final class OfIterator extends Source {
        private final int shape;
        private final Iterator<?> it;

        OfIterator(int shape, Iterator<?> it) {
            super(Pipe.ORDERED);
            this.shape = shape;
            this.it = it;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (!it.hasNext()) {
                return false;
            }
            Object x = it.next();
            switch (shape) {
                case Pipe.INT:
                    s.accept(((Integer) x).intValue());
                    break;
                case Pipe.LONG:
                    s.accept(((Long) x).longValue());
                    break;
                case Pipe.DOUBLE:
                    s.accept(((Double) x).doubleValue());
                    break;
                default:
                    s.accept(x);
                    break;
            }
            return true;
        }
    }

    /** The elements of a, then those of b: Stream.concat and its primitive versions. */
    static final class Concat extends Source {
        private final Source a;
        private final Source b;
        private boolean inA = true;

        Concat(Source a, Source b) {
            super(flagsOf(a, b));
            this.a = a;
            this.b = b;
        }

        private static int flagsOf(Source a, Source b) {
            int both = a.flags & b.flags & (Pipe.SIZED | Pipe.ORDERED);
            long sa = a.exactSize();
            long sb = b.exactSize();
            if (sa < 0 || sb < 0 || sa + sb < 0) {
                both &= ~Pipe.SIZED;
            }
            return both;
        }

        @Override
        long exactSize() {
            long sb = b.exactSize();
            if (!inA) {
                return sb;
            }
            long sa = a.exactSize();
            return sa < 0 || sb < 0 || sa + sb < 0 ? -1 : sa + sb;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (inA) {
                if (a.tryAdvance(s)) {
                    return true;
                }
                inA = false;
            }
            return b.tryAdvance(s);
        }

        @Override
        void forEachRemaining(Sink s) {
            if (inA) {
                inA = false;
                a.forEachRemaining(s);
            }
            b.forEachRemaining(s);
        }
    }
}
