// Destinations that buffer output until flushed.
package java.io;

public interface Flushable {
    void flush() throws IOException;
}
