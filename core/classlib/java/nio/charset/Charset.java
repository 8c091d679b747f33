// Named character encodings; the class library knows UTF-8, ISO-8859-1 and US-ASCII.
package java.nio.charset;

import djsim.rt.Charsets;

public abstract class Charset implements Comparable<Charset> {
    private final String name;

    protected Charset(String canonicalName, String[] aliases) {
        this.name = canonicalName;
    }

    /** One of the three known charsets. */
    private static final class Known extends Charset {
        Known(int id) {
            super(Charsets.canonicalName(id), null);
        }
    }

    static Charset of(int id) {
        return new Known(id);
    }

    public static Charset forName(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        int id = Charsets.lookup(charsetName);
        if (id < 0) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return id == Charsets.UTF_8 ? StandardCharsets.UTF_8
                : id == Charsets.ISO_8859_1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.US_ASCII;
    }

    public static boolean isSupported(String charsetName) {
        return Charsets.lookup(charsetName) >= 0;
    }

    public static Charset defaultCharset() {
        return StandardCharsets.UTF_8;
    }

    public final String name() {
        return name;
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return true;
    }

    public boolean canEncode() {
        return true;
    }

    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    public final int hashCode() {
        return name().hashCode();
    }

    public final boolean equals(Object ob) {
        return ob == this || (ob instanceof Charset && name.equals(((Charset) ob).name()));
    }

    public final String toString() {
        return name();
    }
}
