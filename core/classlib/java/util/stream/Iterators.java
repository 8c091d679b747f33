// iterator() of the four stream shapes: pulls one element from the source per hasNext.
package java.util.stream;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

final class Iterators {
    private Iterators() {
    }

    /** Holds the element the last pull produced, until next() takes it. */
    private abstract static class Puller extends Sink {
        private final Source source;
        boolean ready;

        Puller(Source source) {
            this.source = source;
        }

        public final boolean hasNext() {
            if (!ready) {
                source.tryAdvance(this);
            }
            return ready;
        }

        final void take() {
            if (!ready && !hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
        }
    }

    static final class OfRef<T> extends Puller implements Iterator<T> {
        private Object value;

        OfRef(Source source) {
            super(source);
        }

        @Override
        public void accept(Object t) {
            ready = true;
            value = t;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            take();
            Object t = value;
            value = null;
            return (T) t;
        }
    }

    static final class OfInt extends Puller implements PrimitiveIterator.OfInt {
        private int value;

        OfInt(Source source) {
            super(source);
        }

        @Override
        public void accept(int t) {
            ready = true;
            value = t;
        }

        @Override
        public int nextInt() {
            take();
            return value;
        }
    }

    static final class OfLong extends Puller implements PrimitiveIterator.OfLong {
        private long value;

        OfLong(Source source) {
            super(source);
        }

        @Override
        public void accept(long t) {
            ready = true;
            value = t;
        }

        @Override
        public long nextLong() {
            take();
            return value;
        }
    }

    static final class OfDouble extends Puller implements PrimitiveIterator.OfDouble {
        private double value;

        OfDouble(Source source) {
            super(source);
        }

        @Override
        public void accept(double t) {
            ready = true;
            value = t;
        }

        @Override
        public double nextDouble() {
            take();
            return value;
        }
    }
}
