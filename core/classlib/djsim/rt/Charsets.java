// The three charsets the class library knows (UTF-8, ISO-8859-1, US-ASCII): lookup and coding.
package djsim.rt;

public final class Charsets {
    public static final int UTF_8 = 0;
    public static final int ISO_8859_1 = 1;
    public static final int US_ASCII = 2;

    private static final String[] CANONICAL = {"UTF-8", "ISO-8859-1", "US-ASCII"};

    private Charsets() {
    }

    /** The charset called `name` (canonical name or a common alias, any case), or -1. */
    public static int lookup(String name) {
        String n = name.toUpperCase();
        if (n.equals("UTF-8") || n.equals("UTF8")) {
            return UTF_8;
        }
        if (n.equals("ISO-8859-1") || n.equals("ISO8859_1") || n.equals("ISO_8859_1")
                || n.equals("ISO_8859-1") || n.equals("ISO8859-1") || n.equals("8859_1")
                || n.equals("LATIN1") || n.equals("L1") || n.equals("CP819") || n.equals("IBM819")) {
            return ISO_8859_1;
        }
        if (n.equals("US-ASCII") || n.equals("ASCII") || n.equals("US") || n.equals("646")
                || n.equals("ISO646-US") || n.equals("ANSI_X3.4-1968") || n.equals("CP367")
                || n.equals("DEFAULT")) {
            return US_ASCII;
        }
        return -1;
    }

    public static String canonicalName(int id) {
        return CANONICAL[id];
    }

    /** Encodes c[off, off+len); unencodable characters and lone surrogates become '?'. */
    public static byte[] encode(int charset, char[] c, int off, int len) {
        int end = off + len;
        int n = 0;
        for (int i = off; i < end; i++) {
            char ch = c[i];
            boolean pair = Character.isHighSurrogate(ch) && i + 1 < end
                    && Character.isLowSurrogate(c[i + 1]);
            if (pair) {
                i++;
            }
            if (charset != UTF_8 || ch < 0x80 || (Character.isSurrogate(ch) && !pair)) {
                n++;
            } else if (ch < 0x800) {
                n += 2;
            } else {
                n += pair ? 4 : 3;
            }
        }
        byte[] out = new byte[n];
        encodeInto(charset, c, off, len, out, 0);
        return out;
    }

    /** Encodes into out from position pos (which must have room); returns the end position. */
    public static int encodeInto(int charset, char[] c, int off, int len, byte[] out, int pos) {
        int end = off + len;
        int limit = charset == US_ASCII ? 0x80 : 0x100;
        for (int i = off; i < end; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                out[pos++] = (byte) ch;
                continue;
            }
            boolean pair = Character.isHighSurrogate(ch) && i + 1 < end
                    && Character.isLowSurrogate(c[i + 1]);
            if (charset != UTF_8) {
                out[pos++] = (!pair && ch < limit) ? (byte) ch : (byte) '?';
                if (pair) {
                    i++;
                }
            } else if (ch < 0x800) {
                out[pos++] = (byte) (0xc0 | (ch >> 6));
                out[pos++] = (byte) (0x80 | (ch & 0x3f));
            } else if (pair) {
                int cp = Character.toCodePoint(ch, c[++i]);
                out[pos++] = (byte) (0xf0 | (cp >> 18));
                out[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                out[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                out[pos++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(ch)) {
                out[pos++] = (byte) '?';
            } else {
                out[pos++] = (byte) (0xe0 | (ch >> 12));
                out[pos++] = (byte) (0x80 | ((ch >> 6) & 0x3f));
                out[pos++] = (byte) (0x80 | (ch & 0x3f));
            }
        }
        return pos;
    }

    /**
     * Decodes b[off, off+len). A malformed sequence becomes one U+FFFD for its longest valid
     * prefix (at least one byte), and decoding resumes at the first byte not in that prefix;
     * an encoded surrogate is one malformed sequence.
     */
    public static char[] decode(int charset, byte[] b, int off, int len) {
        char[] out = new char[len];
        int end = off + len;
        int n = 0;
        if (charset != UTF_8) {
            for (int i = off; i < end; i++) {
                int c = b[i] & 0xff;
                out[n++] = (charset == US_ASCII && c >= 0x80) ? '\ufffd' : (char) c;
            }
            return out;
        }
        int i = off;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out[n++] = (char) c;
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lo = 0xa0;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                out[n++] = '\ufffd';
                i++;
                continue;
            }
            int cp = c & (0x3f >> need);
            int j = i + 1;
            int got = 0;
            while (got < need && j < end) {
                int d = b[j] & 0xff;
                if (d < lo || d > hi) {
                    break;
                }
                cp = (cp << 6) | (d & 0x3f);
                lo = 0x80;
                hi = 0xbf;
                j++;
                got++;
            }
            if (got < need || (need == 2 && Character.isSurrogate((char) cp))) {
                out[n++] = '\ufffd'; // a surrogate's encoding is malformed as a whole, as in the JDK
            } else if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = (char) cp;
            }
            i = j;
        }
        if (n == len) {
            return out;
        }
        char[] r = new char[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }
}
