// An unbuffered output stream on one of the VM's file descriptors (1 = stdout, 2 = stderr).
package djsim.rt;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

public final class FdOutputStream extends OutputStream {
    private final int fd;
    private boolean closed;

    public FdOutputStream(int fd) {
        this.fd = fd;
    }

    /** Writes b[off, off+len) to fd; the VM may buffer, but must flush by the time it exits. */
    private static native void write0(int fd, byte[] b, int off, int len);

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("Stream Closed");
        }
        if (len > 0) {
            write0(fd, b, off, len);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
