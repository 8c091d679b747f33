// Splits text (a String, or a stream read as needed) into tokens, lines and numbers.
//
// Numbers are parsed as the JDK's Scanner does in an English locale ("1,234" is 1234).
package java.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public final class Scanner implements Iterator<String>, java.io.Closeable {
    private static final int READ_CHUNK = 1024;

    /** Null when scanning a String. */
    private final InputStream source;
    private char[] buf;
    private int len;
    /** The next unconsumed character. */
    private int pos;
    private boolean sourceClosed;
    private boolean closed;
    private IOException lastException;
    /** Null for the default delimiter, a run of whitespace. */
    private Pattern delimPattern;
    private int defaultRadix = 10;

    /** Bytes of an incomplete UTF-8 sequence at the end of the last read. */
    private final byte[] pending = new byte[4];
    private int pendingLen;

    // Set by findToken: the bounds of the next token.
    private int tokStart;
    private int tokEnd;

    public Scanner(InputStream source) {
        this.source = Objects.requireNonNull(source, "source");
        this.buf = new char[READ_CHUNK];
    }

    /** Any charset is read as UTF-8 (ASCII text reads the same either way). */
    public Scanner(InputStream source, String charsetName) {
        this(source);
        Objects.requireNonNull(charsetName, "charsetName");
    }

    public Scanner(InputStream source, Charset charset) {
        this(source);
        Objects.requireNonNull(charset, "charset");
    }

    public Scanner(String source) {
        this.source = null;
        this.buf = source.toCharArray();
        this.len = buf.length;
        this.sourceClosed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    public void close() {
        if (closed) {
            return;
        }
        if (source != null) {
            try {
                source.close();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
        sourceClosed = true;
        closed = true;
    }

    public IOException ioException() {
        return lastException;
    }

    public Pattern delimiter() {
        return delimPattern != null ? delimPattern : Pattern.compile("\\p{javaWhitespace}+");
    }

    public Scanner useDelimiter(Pattern pattern) {
        delimPattern = pattern;
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        delimPattern = Pattern.compile(pattern);
        return this;
    }

    public Locale locale() {
        return Locale.getDefault();
    }

    public Scanner useLocale(Locale locale) {
        Objects.requireNonNull(locale);
        return this;
    }

    public int radix() {
        return defaultRadix;
    }

    public Scanner useRadix(int radix) {
        if ((radix < Character.MIN_RADIX) || (radix > Character.MAX_RADIX)) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        defaultRadix = radix;
        return this;
    }

    public Scanner reset() {
        delimPattern = null;
        defaultRadix = 10;
        return this;
    }

    // ---- Input --------------------------------------------------------------------------------

    /** Appends the next chunk of the source (decoded as UTF-8); at its end, marks it closed. */
    private void readInput() {
        if (sourceClosed) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            tokStart -= pos;
            tokEnd -= pos;
            pos = 0;
        }
        byte[] bytes = new byte[READ_CHUNK];
        int n;
        try {
            n = source.read(bytes, 0, bytes.length);
        } catch (IOException ioe) {
            lastException = ioe;
            n = -1;
        }
        if (n == -1) {
            sourceClosed = true;
            if (pendingLen > 0) {
                append('\uFFFD');
                pendingLen = 0;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            decodeByte(bytes[i]);
        }
    }

    private void decodeByte(byte b) {
        pending[pendingLen++] = b;
        int b0 = pending[0] & 0xff;
        int need = b0 < 0x80 ? 1 : b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc0 ? 2 : 1;
        if (pendingLen > 1 && (b & 0xc0) != 0x80) {
            // A broken sequence: replace what came before, start again with this byte.
            pendingLen = 0;
            append('\uFFFD');
            decodeByte(b);
            return;
        }
        if (pendingLen < need) {
            return;
        }
        int cp;
        if (need == 1) {
            cp = b0 < 0x80 ? b0 : 0xFFFD;
        } else if (need == 2) {
            cp = ((b0 & 0x1f) << 6) | (pending[1] & 0x3f);
        } else if (need == 3) {
            cp = ((b0 & 0x0f) << 12) | ((pending[1] & 0x3f) << 6) | (pending[2] & 0x3f);
        } else {
            cp = ((b0 & 0x07) << 18) | ((pending[1] & 0x3f) << 12) | ((pending[2] & 0x3f) << 6) | (pending[3] & 0x3f);
        }
        pendingLen = 0;
        if (cp >= 0x10000) {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        } else {
            append((char) cp);
        }
    }

    private void append(char c) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2 + 16);
        }
        buf[len++] = c;
    }

    private void readAll() {
        while (!sourceClosed) {
            readInput();
        }
    }

    // ---- Tokens -------------------------------------------------------------------------------

    /**
     * Finds the next token after pos without consuming anything: true with tokStart/tokEnd
     * set, or false at the end of the input (tokStart then is where the delimiters end).
     */
    private boolean findToken() {
        if (delimPattern != null) {
            readAll();
            return findTokenByPattern();
        }
        int i = pos;
        while (true) {
            while (i < len && Character.isWhitespace(buf[i])) {
                i++;
            }
            if (i == len) {
                if (sourceClosed) {
                    tokStart = tokEnd = i;
                    return false;
                }
                int offset = pos;
                readInput();
                i -= offset - pos;
                continue;
            }
            int j = i;
            while (j < len && !Character.isWhitespace(buf[j])) {
                j++;
            }
            if (j == len && !sourceClosed) {
                int offset = pos;
                readInput();
                i -= offset - pos;
                continue;
            }
            tokStart = i;
            tokEnd = j;
            return true;
        }
    }

    private boolean findTokenByPattern() {
        String text = new String(buf, 0, len);
        Matcher m = delimPattern.matcher(text);
        int i = pos;
        m.region(i, len);
        if (m.lookingAt()) {
            i = m.end();
        }
        if (i == len) {
            tokStart = tokEnd = i;
            return false;
        }
        m.region(i, len);
        int j = len;
        while (m.find()) {
            if (m.end() > m.start() || m.start() > i) {
                j = m.start();
                break;
            }
        }
        tokStart = i;
        tokEnd = j;
        return true;
    }

    private String token() {
        return new String(buf, tokStart, tokEnd - tokStart);
    }

    /** No token: the end of the input, or (after a failed match) a token of another type. */
    private RuntimeException noToken(boolean found) {
        if (!found) {
            pos = tokStart;
            return new NoSuchElementException();
        }
        return new InputMismatchException();
    }

    public boolean hasNext() {
        ensureOpen();
        return findToken();
    }

    public String next() {
        ensureOpen();
        if (!findToken()) {
            throw noToken(false);
        }
        pos = tokEnd;
        return token();
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        ensureOpen();
        return findToken() && pattern.matcher(token()).matches();
    }

    public String next(Pattern pattern) {
        ensureOpen();
        boolean found = findToken();
        if (!found || !pattern.matcher(token()).matches()) {
            pos = tokStart;
            throw noToken(found);
        }
        pos = tokEnd;
        return token();
    }

    // ---- Lines --------------------------------------------------------------------------------

    private static boolean isLineSeparator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /**
     * Finds the line at pos: its end in tokStart and the end of its separator in tokEnd; false
     * if there is no line (nothing left).
     */
    private boolean findLine() {
        int i = pos;
        while (true) {
            while (i < len && !isLineSeparator(buf[i])) {
                i++;
            }
            if (i < len) {
                if (buf[i] == '\r' && i + 1 == len && !sourceClosed) {
                    int offset = pos;
                    readInput();
                    i -= offset - pos;
                    continue;
                }
                tokStart = i;
                tokEnd = (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n') ? i + 2 : i + 1;
                return true;
            }
            if (sourceClosed) {
                tokStart = tokEnd = len;
                return pos < len;
            }
            int offset = pos;
            readInput();
            i -= offset - pos;
        }
    }

    public boolean hasNextLine() {
        ensureOpen();
        return findLine();
    }

    public String nextLine() {
        ensureOpen();
        if (!findLine()) {
            throw new NoSuchElementException("No line found");
        }
        String line = new String(buf, pos, tokStart - pos);
        pos = tokEnd;
        return line;
    }

    // ---- Numbers and booleans -----------------------------------------------------------------

    private static boolean isDigit(char c, int radix) {
        return Character.digit(c, radix) >= 0;
    }

    /** Digits, or digits grouped in threes by commas ("12,345"). */
    private static boolean isNumeral(String s, int from, int to, int radix) {
        if (from >= to) {
            return false;
        }
        boolean grouped = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',') {
                grouped = true;
            } else if (!isDigit(c, radix)) {
                return false;
            }
        }
        if (!grouped) {
            return true;
        }
        int firstComma = s.indexOf(',', from);
        int lead = firstComma - from;
        if (lead < 1 || lead > 3 || Character.digit(s.charAt(from), radix) == 0) {
            return false;
        }
        for (int i = firstComma; i < to; i += 4) {
            if (s.charAt(i) != ',' || i + 4 > to) {
                return false;
            }
            for (int k = i + 1; k < i + 4; k++) {
                if (s.charAt(k) == ',') {
                    return false;
                }
            }
        }
        return true;
    }

    private static int signLength(String s) {
        return (s.length() > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) ? 1 : 0;
    }

    private static boolean isInteger(String s, int radix) {
        return isNumeral(s, signLength(s), s.length(), radix);
    }

    private static String stripGroups(String s) {
        return s.indexOf(',') < 0 ? s : s.replace(",", "");
    }

    private static boolean isFloat(String s) {
        int from = signLength(s);
        int to = s.length();
        String rest = s.substring(from);
        if (rest.equals("NaN") || rest.equals("Infinity")) {
            return true;
        }
        if (rest.startsWith("0x") || rest.startsWith("0X")) {
            return isHexFloat(rest);
        }
        int e = to;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                e = i;
                break;
            }
        }
        if (e < to) {
            int k = e + 1;
            if (k < to && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k == to) {
                return false;
            }
            for (; k < to; k++) {
                if (!isDigit(s.charAt(k), 10)) {
                    return false;
                }
            }
        }
        int dot = s.indexOf('.', from);
        if (dot < 0 || dot > e) {
            return isNumeral(s, from, e, 10);
        }
        for (int k = dot + 1; k < e; k++) {
            if (!isDigit(s.charAt(k), 10)) {
                return false;
            }
        }
        if (dot == from) {
            return dot + 1 < e;
        }
        return isNumeral(s, from, dot, 10);
    }

    /** 0x, hex digits, a point, at least one hex digit, and an optional binary exponent. */
    private static boolean isHexFloat(String s) {
        int i = 2;
        int n = s.length();
        while (i < n && isDigit(s.charAt(i), 16)) {
            i++;
        }
        if (i == n || s.charAt(i) != '.') {
            return false;
        }
        i++;
        int fraction = i;
        while (i < n && isDigit(s.charAt(i), 16)) {
            i++;
        }
        if (i == fraction) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != 'p' && s.charAt(i) != 'P') {
            return false;
        }
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            if (!isDigit(s.charAt(i), 10)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBoolean(String s) {
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
    }

    /**
     * The next token if it is an integer in radix, with its leading delimiters consumed;
     * InputMismatchException (consuming nothing more) if it is not, NoSuchElementException at
     * the end.
     */
    private String integerToken(int radix) {
        ensureOpen();
        boolean found = findToken();
        pos = tokStart;
        if (!found || !isInteger(token(), radix)) {
            throw noToken(found);
        }
        return stripGroups(token());
    }

    private String floatToken() {
        ensureOpen();
        boolean found = findToken();
        pos = tokStart;
        if (!found || !isFloat(token())) {
            throw noToken(found);
        }
        return stripGroups(token());
    }

    public boolean hasNextInt() {
        return hasNextInt(defaultRadix);
    }

    public boolean hasNextInt(int radix) {
        ensureOpen();
        if (!findToken() || !isInteger(token(), radix)) {
            return false;
        }
        try {
            Integer.parseInt(stripGroups(token()), radix);
            return true;
        } catch (NumberFormatException nfe) {
            return false;
        }
    }

    public int nextInt() {
        return nextInt(defaultRadix);
    }

    public int nextInt(int radix) {
        String s = integerToken(radix);
        try {
            int v = Integer.parseInt(s, radix);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextLong() {
        return hasNextLong(defaultRadix);
    }

    public boolean hasNextLong(int radix) {
        ensureOpen();
        if (!findToken() || !isInteger(token(), radix)) {
            return false;
        }
        try {
            Long.parseLong(stripGroups(token()), radix);
            return true;
        } catch (NumberFormatException nfe) {
            return false;
        }
    }

    public long nextLong() {
        return nextLong(defaultRadix);
    }

    public long nextLong(int radix) {
        String s = integerToken(radix);
        try {
            long v = Long.parseLong(s, radix);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextShort() {
        return hasNextShort(defaultRadix);
    }

    public boolean hasNextShort(int radix) {
        ensureOpen();
        if (!findToken() || !isInteger(token(), radix)) {
            return false;
        }
        try {
            Short.parseShort(stripGroups(token()), radix);
            return true;
        } catch (NumberFormatException nfe) {
            return false;
        }
    }

    public short nextShort() {
        return nextShort(defaultRadix);
    }

    public short nextShort(int radix) {
        String s = integerToken(radix);
        try {
            short v = Short.parseShort(s, radix);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextByte() {
        return hasNextByte(defaultRadix);
    }

    public boolean hasNextByte(int radix) {
        ensureOpen();
        if (!findToken() || !isInteger(token(), radix)) {
            return false;
        }
        try {
            Byte.parseByte(stripGroups(token()), radix);
            return true;
        } catch (NumberFormatException nfe) {
            return false;
        }
    }

    public byte nextByte() {
        return nextByte(defaultRadix);
    }

    public byte nextByte(int radix) {
        String s = integerToken(radix);
        try {
            byte v = Byte.parseByte(s, radix);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextDouble() {
        ensureOpen();
        return findToken() && isFloat(token());
    }

    public double nextDouble() {
        String s = floatToken();
        try {
            double v = Double.parseDouble(s);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextFloat() {
        return hasNextDouble();
    }

    public float nextFloat() {
        String s = floatToken();
        try {
            float v = Float.parseFloat(s);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextBoolean() {
        ensureOpen();
        return findToken() && isBoolean(token());
    }

    public boolean nextBoolean() {
        ensureOpen();
        boolean found = findToken();
        pos = tokStart;
        if (!found || !isBoolean(token())) {
            throw noToken(found);
        }
        pos = tokEnd;
        return Boolean.parseBoolean(token());
    }

    // ---- Patterns anywhere in the input -------------------------------------------------------

    /**
     * Matches pattern in the buffer from pos to pos + horizon (0: to the end of the input),
     * anchored at pos or anywhere after it, reading more input while a longer one might
     * change the answer. Returns the matcher on the text from pos, or null.
     */
    private Matcher matchBuffer(Pattern pattern, int horizon, boolean anchored) {
        while (true) {
            int end = (horizon > 0) ? Math.min(len, pos + horizon) : len;
            Matcher m = pattern.matcher(new String(buf, pos, end - pos));
            boolean found = anchored ? m.lookingAt() : m.find();
            boolean canGrow = !sourceClosed && (horizon == 0 || pos + horizon > len);
            if (m.hitEnd() && canGrow) {
                readInput();
                continue;
            }
            return found ? m : null;
        }
    }

    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    /** Finds pattern within horizon characters (0: anywhere); skips past the match. */
    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon < 0");
        }
        Matcher m = matchBuffer(pattern, horizon, false);
        if (m == null) {
            return null;
        }
        String result = m.group();
        pos += m.end();
        return result;
    }

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    /** Finds pattern before the next line separator, ignoring delimiters; skips past it. */
    public String findInLine(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        int horizon = findLine() ? tokStart - pos : 0;
        if (horizon == 0) {
            return null;
        }
        return findWithinHorizon(pattern, horizon);
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    /** Skips input that matches pattern right here, ignoring delimiters. */
    public Scanner skip(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        Matcher m = matchBuffer(pattern, 0, true);
        if (m == null) {
            throw new NoSuchElementException();
        }
        pos += m.end();
        return this;
    }

    /** The remaining tokens (read at once). */
    public Stream<String> tokens() {
        ensureOpen();
        List<String> all = new ArrayList<String>();
        while (hasNext()) {
            all.add(next());
        }
        return all.stream();
    }
}
