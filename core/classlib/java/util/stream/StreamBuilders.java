// Stream.builder() and its primitive versions: a buffer that becomes a sized stream, once.
package java.util.stream;

final class StreamBuilders {
    private StreamBuilders() {
    }

    /** The buffer, until build() hands it to a stream; then adding or building again throws. */
    private abstract static class Base {
        Buffer buffer;

        Base(int shape) {
            buffer = new Buffer(shape);
        }

        final Buffer open() {
            if (buffer == null) {
                throw new IllegalStateException();
            }
            return buffer;
        }

        final Buffer close() {
            Buffer b = open();
            buffer = null;
            return b;
        }
    }

    static final class OfRef<T> extends Base implements Stream.Builder<T> {
        OfRef() {
            super(Pipe.REF);
        }

        @Override
        public void accept(T t) {
            open().accept((Object) t);
        }

        @Override
        public Stream<T> build() {
            Buffer b = close();
            return new RefPipe<T>(new Source.RefArray(b.refs, 0, b.count));
        }
    }

    static final class OfInt extends Base implements IntStream.Builder {
        OfInt() {
            super(Pipe.INT);
        }

        @Override
        public void accept(int t) {
            open().accept(t);
        }

        @Override
        public IntStream build() {
            Buffer b = close();
            return new IntPipe(new Source.IntArray(b.ints, 0, b.count));
        }
    }

    static final class OfLong extends Base implements LongStream.Builder {
        OfLong() {
            super(Pipe.LONG);
        }

        @Override
        public void accept(long t) {
            open().accept(t);
        }

        @Override
        public LongStream build() {
            Buffer b = close();
            return new LongPipe(new Source.LongArray(b.longs, 0, b.count));
        }
    }

    static final class OfDouble extends Base implements DoubleStream.Builder {
        OfDouble() {
            super(Pipe.DOUBLE);
        }

        @Override
        public void accept(double t) {
            open().accept(t);
        }

        @Override
        public DoubleStream build() {
            Buffer b = close();
            return new DoublePipe(new Source.DoubleArray(b.doubles, 0, b.count));
        }
    }
}
