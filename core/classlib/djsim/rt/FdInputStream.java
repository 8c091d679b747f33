// A buffered input stream on one of the VM's file descriptors (0 = stdin).
package djsim.rt;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

public final class FdInputStream extends InputStream {
    private final int fd;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int count;
    private boolean closed;

    public FdInputStream(int fd) {
        this.fd = fd;
    }

    /** Reads up to len bytes into b[off...]; returns how many, or -1 at end of input. */
    private static native int read0(int fd, byte[] b, int off, int len);

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** Refills the buffer; false at end of input. */
    private boolean fill() {
        int n = read0(fd, buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        count = n;
        return true;
    }

    @Override
    public synchronized int read() throws IOException {
        ensureOpen();
        if (pos == count && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        if (pos == count) {
            if (len >= buf.length) {
                return read0(fd, b, off, len);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, count - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public synchronized int available() throws IOException {
        ensureOpen();
        return count - pos;
    }

    @Override
    public void close() {
        closed = true;
    }
}
