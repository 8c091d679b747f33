// What every stream has, whatever its element shape: iteration, parallelism flags, closing.
package java.util.stream;

import java.util.Iterator;

/** djsim has no Spliterator (yet), so spliterator() is absent; everything else is the JDK's. */
public interface BaseStream<T, S extends BaseStream<T, S>> extends AutoCloseable {
    Iterator<T> iterator();

    boolean isParallel();

    S sequential();

    S parallel();

    S unordered();

    S onClose(Runnable closeHandler);

    @Override
    void close();
}
