// djsim's bridge from java.util (Collection.stream, Arrays.stream) to the stream classes.
package java.util.stream;

import java.util.Collection;

/**
 * The JDK's StreamSupport makes streams from Spliterators, which djsim does not have; until
 * it does, this class holds djsim's own entry points for java.util, which cannot reach the
 * package-private pipeline classes otherwise. Programs compiled against the JDK never see
 * these methods.
 */
public final class StreamSupport {
    private StreamSupport() {
    }

    /** The stream of a collection, bound to its size and iterator at the terminal operation. */
    public static <T> Stream<T> collectionStream(Collection<T> c) {
        return new RefPipe<T>(new Source.OfCollection(c));
    }

    /** The stream of array[from, to); the range is checked as the JDK's Arrays.stream does. */
    public static <T> Stream<T> arrayStream(T[] array, int from, int to) {
        Source.checkRange(array.length, from, to);
        return new RefPipe<T>(new Source.RefArray(array, from, to));
    }

    public static IntStream intArrayStream(int[] array, int from, int to) {
        Source.checkRange(array.length, from, to);
        return new IntPipe(new Source.IntArray(array, from, to));
    }

    public static LongStream longArrayStream(long[] array, int from, int to) {
        Source.checkRange(array.length, from, to);
        return new LongPipe(new Source.LongArray(array, from, to));
    }

    public static DoubleStream doubleArrayStream(double[] array, int from, int to) {
        Source.checkRange(array.length, from, to);
        return new DoublePipe(new Source.DoubleArray(array, from, to));
    }
}
