// Prints values as text (UTF-8 unless told otherwise) on an output stream; never throws IOException.
package java.io;

import djsim.rt.Charsets;
import djsim.rt.Format;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;

public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    /** Texts longer than this are encoded into a throwaway buffer rather than the kept one. */
    private static final int KEPT_BUFFER_CHARS = 8192;

    private final boolean autoFlush;
    private final int charset;
    private boolean trouble;
    private boolean closing;
    private char[] chars = new char[64];
    private byte[] bytes = new byte[192];

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    /** With autoFlush, every print and println, and every write of a '\n', flushes `out`. */
    public PrintStream(OutputStream out, boolean autoFlush) {
        this(autoFlush, Objects.requireNonNull(out, "Null output stream"), Charsets.UTF_8);
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding)
            throws UnsupportedEncodingException {
        this(autoFlush, Objects.requireNonNull(out, "Null output stream"), charsetOf(encoding));
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        this(autoFlush, Objects.requireNonNull(out, "Null output stream"),
                Charsets.lookup(Objects.requireNonNull(charset, "charset").name()));
    }

    private PrintStream(boolean autoFlush, OutputStream out, int charset) {
        super(out);
        this.autoFlush = autoFlush;
        this.charset = charset;
    }

    private static int charsetOf(String encoding) throws UnsupportedEncodingException {
        int id = Charsets.lookup(Objects.requireNonNull(encoding, "charsetName"));
        if (id < 0) {
            throw new UnsupportedEncodingException(encoding);
        }
        return id;
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    out.close();
                } catch (IOException e) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    public boolean checkError() {
        if (out != null) {
            flush();
        }
        if (out instanceof PrintStream) {
            return ((PrintStream) out).checkError();
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    // ---- Bytes -----------------------------------------------------------------------------

    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if (b == '\n' && autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    // ---- Text ------------------------------------------------------------------------------

    /**
     * Encodes s (and a line separator) and hands the bytes to `out` in one write. With
     * autoFlush it flushes as the JDK's does: after the bytes, and again after a line.
     */
    private void writeText(String s, boolean newLine) {
        String sep = newLine ? System.lineSeparator() : "";
        int n = s.length();
        int total = n + sep.length();
        try {
            synchronized (this) {
                ensureOpen();
                char[] c = chars;
                if (c.length < total) {
                    c = new char[Math.max(total, c.length * 2)];
                    if (total <= KEPT_BUFFER_CHARS) {
                        chars = c;
                    }
                }
                s.getChars(0, n, c, 0);
                sep.getChars(0, sep.length(), c, n);
                byte[] b = bytes;
                if (b.length < total * 3) {
                    b = new byte[Math.max(total * 3, b.length * 2)];
                    if (total <= KEPT_BUFFER_CHARS) {
                        bytes = b;
                    }
                }
                int len = Charsets.encodeInto(charset, c, 0, total, b, 0);
                if (len > 0) {
                    out.write(b, 0, len);
                    if (autoFlush) {
                        out.flush();
                    }
                }
                if (autoFlush && (newLine || s.indexOf('\n') >= 0)) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    /** println(x): one write for the text and the line separator, unless print is overridden. */
    private void writeLine(String s) {
        if (getClass() == PrintStream.class) {
            writeText(s, true);
        } else {
            synchronized (this) {
                print(s);
                writeText("", true);
            }
        }
    }

    public void print(boolean b) {
        writeText(String.valueOf(b), false);
    }

    public void print(char c) {
        writeText(String.valueOf(c), false);
    }

    public void print(int i) {
        writeText(String.valueOf(i), false);
    }

    public void print(long l) {
        writeText(String.valueOf(l), false);
    }

    public void print(float f) {
        writeText(String.valueOf(f), false);
    }

    public void print(double d) {
        writeText(String.valueOf(d), false);
    }

    public void print(char[] s) {
        writeText(new String(s), false);
    }

    public void print(String s) {
        writeText(String.valueOf(s), false);
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj), false);
    }

    public void println() {
        writeText("", true);
    }

    public void println(boolean x) {
        writeLine(String.valueOf(x));
    }

    public void println(char x) {
        writeLine(String.valueOf(x));
    }

    public void println(int x) {
        writeLine(String.valueOf(x));
    }

    public void println(long x) {
        writeLine(String.valueOf(x));
    }

    public void println(float x) {
        writeLine(String.valueOf(x));
    }

    public void println(double x) {
        writeLine(String.valueOf(x));
    }

    public void println(char[] x) {
        writeLine(new String(x));
    }

    public void println(String x) {
        writeLine(String.valueOf(x));
    }

    public void println(Object x) {
        writeLine(String.valueOf(x));
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(Locale l, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(String format, Object... args) {
        print(Format.format(format, args));
        return this;
    }

    public PrintStream format(Locale l, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
