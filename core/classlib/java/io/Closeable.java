// Sources and sinks of data that hold resources until closed.
package java.io;

public interface Closeable extends AutoCloseable {
    void close() throws IOException;
}
