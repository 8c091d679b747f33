// The long box, and long's text conversions and bit tricks.
package java.lang;

public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");

    private static final long serialVersionUID = 4290774380558885855L;

    private final long value;

    @Deprecated
    public Long(long value) {
        this.value = value;
    }

    @Deprecated
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    // ---- To text ---------------------------------------------------------------------------

    /** Number of characters of Long.toString(x). */
    static int stringSize(long x) {
        int sign = 0;
        if (x < 0) {
            sign = 1;
        } else {
            x = -x;
        }
        long bound = -10;
        for (int n = 1; n < 19; n++) {
            if (x > bound) {
                return n + sign;
            }
            bound *= 10;
        }
        return 19 + sign;
    }

    /** Writes Long.toString(i) into buf so that it ends just before `end`. */
    static void getChars(long i, int end, char[] buf) {
        int pos = end;
        boolean negative = i < 0;
        if (!negative) {
            i = -i; // work on the negative side, which holds MIN_VALUE
        }
        while (i <= Integer.MIN_VALUE) {
            long q = i / 10;
            buf[--pos] = (char) ('0' + (int) (q * 10 - i));
            i = q;
        }
        int j = (int) i;
        while (j <= -10) {
            int q = j / 10;
            buf[--pos] = (char) ('0' + q * 10 - j);
            j = q;
        }
        buf[--pos] = (char) ('0' - j);
        if (negative) {
            buf[pos - 1] = '-';
        }
    }

    public static String toString(long i) {
        int n = stringSize(i);
        char[] buf = new char[n];
        getChars(i, n, buf);
        return new String(buf, true);
    }

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (radix == 10) {
            return toString(i);
        }
        char[] buf = new char[65];
        int pos = 65;
        boolean negative = i < 0;
        if (!negative) {
            i = -i;
        }
        while (i <= -radix) {
            buf[--pos] = Integer.DIGITS[(int) -(i % radix)];
            i = i / radix;
        }
        buf[--pos] = Integer.DIGITS[(int) -i];
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(String.copyOf(buf, pos, 65 - pos), true);
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) {
            return toString(i, radix);
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        long q = divideUnsigned(i, radix);
        int r = (int) (i - q * radix);
        int n = stringLength(q, radix);
        char[] buf = new char[n + 1];
        for (int pos = n - 1; pos >= 0; pos--) {
            buf[pos] = Integer.DIGITS[(int) (q % radix)];
            q /= radix;
        }
        buf[n] = Integer.DIGITS[r];
        return new String(buf, true);
    }

    /** Digits of the non-negative q in radix. */
    private static int stringLength(long q, int radix) {
        int n = 1;
        while (q >= radix) {
            q /= radix;
            n++;
        }
        return n;
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    /** Unsigned text of i in radix 1 << shift (shift 1, 3, 4 or 5). */
    private static String toPowerOfTwoString(long i, int shift) {
        int bits = SIZE - numberOfLeadingZeros(i);
        int n = Math.max((bits + shift - 1) / shift, 1);
        char[] buf = new char[n];
        int mask = (1 << shift) - 1;
        for (int pos = n - 1; pos >= 0; pos--) {
            buf[pos] = Integer.DIGITS[(int) i & mask];
            i >>>= shift;
        }
        return new String(buf, true);
    }

    public static String toHexString(long i) {
        return toPowerOfTwoString(i, 4);
    }

    public static String toOctalString(long i) {
        return toPowerOfTwoString(i, 3);
    }

    public static String toBinaryString(long i) {
        return toPowerOfTwoString(i, 1);
    }

    public String toString() {
        return toString(value);
    }

    // ---- From text -------------------------------------------------------------------------

    /**
     * Parses s[begin, end) in radix (already checked) as a signed number in [-max-1, max].
     * Errors name the whole string (`For input string: "s"`) or, for the CharSequence
     * variants, the index of the offending character (`Error at index i in: "..."`).
     */
    static long parse(CharSequence s, int begin, int end, int radix, long max, boolean indexMessages) {
        if (begin == end) {
            throw NumberFormatException.forInputString("", radix);
        }
        int i = begin;
        boolean negative = false;
        long limit = -max;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = -max - 1;
            } else if (first != '+') {
                throw parseError(s, begin, end, i, radix, indexMessages);
            }
            i++;
            if (i == end) {
                throw parseError(s, begin, end, i, radix, indexMessages);
            }
        }
        // Accumulate negatively, so that the most negative value needs no special case.
        long multmin = limit / radix;
        long result = 0;
        while (i < end) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw parseError(s, begin, end, i, radix, indexMessages);
            }
            result *= radix;
            if (result < limit + digit) {
                throw parseError(s, begin, end, i, radix, indexMessages);
            }
            result -= digit;
            i++;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException parseError(CharSequence s, int begin, int end, int at,
            int radix, boolean indexMessages) {
        if (indexMessages) {
            return NumberFormatException.forCharSequence(s, begin, end, at);
        }
        return NumberFormatException.forInputString(s.toString(), radix);
    }

    public static long parseLong(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        Integer.checkRadix(radix);
        return parse(s, 0, s.length(), radix, MAX_VALUE, false);
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) {
            throw new NullPointerException();
        }
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        Integer.checkRadix(radix);
        return parse(s, beginIndex, endIndex, radix, MAX_VALUE, true);
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        return parseUnsigned(s, 0, s.length(), radix, false);
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) {
            throw new NullPointerException();
        }
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        return parseUnsigned(s, beginIndex, endIndex, radix, true);
    }

    /** Short inputs fail as parseLong(String) or the CharSequence variant does (indexMessages). */
    private static long parseUnsigned(CharSequence s, int begin, int end, int radix, boolean indexMessages) {
        int n = end - begin;
        if (n == 0) {
            throw NumberFormatException.forInputString("", radix);
        }
        CharSequence text = s.subSequence(begin, end);
        if (s.charAt(begin) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + text + ".");
        }
        if (n <= 12 || (radix == 10 && n <= 18)) {
            return indexMessages ? parseLong(s, begin, end, radix) : parseLong(text.toString(), radix);
        }
        // All digits but the last fit in a signed long; the last one may carry past it.
        long first = parseLong(s, begin, end - 1, radix);
        int last = Character.digit(s.charAt(end - 1), radix);
        if (last < 0) {
            throw new NumberFormatException("Bad digit at end of " + text);
        }
        if (compareUnsigned(first, divideUnsigned(-1L - last, radix)) > 0) {
            throw new NumberFormatException("String value " + text + " exceeds range of unsigned long.");
        }
        return first * radix + last;
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    /** The boxes of -128..127, built on first use. */
    private static final class Cache {
        static final Long[] BOXES = new Long[256];

        static {
            for (int i = 0; i < 256; i++) {
                BOXES[i] = new Long(i - 128);
            }
        }
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            return Cache.BOXES[(int) l + 128];
        }
        return new Long(l);
    }

    public static Long decode(String nm) throws NumberFormatException {
        int radix = 10;
        int index = 0;
        boolean negative = false;
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        char first = nm.charAt(0);
        if (first == '-') {
            negative = true;
            index++;
        } else if (first == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = nm.substring(index);
        try {
            long v = parseLong(digits, radix);
            return valueOf(negative ? -v : v);
        } catch (NumberFormatException e) {
            // Only the most negative value fails unsigned but parses with its sign.
            return valueOf(parseLong(negative ? "-" + digits : digits, radix));
        }
    }

    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return result == null ? valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
        String v = null;
        if (nm != null && !nm.isEmpty()) {
            v = System.getProperty(nm);
        }
        if (v != null) {
            try {
                return decode(v);
            } catch (NumberFormatException e) {
                // fall through to the default, as the JDK does
            }
        }
        return val;
    }

    // ---- Number ----------------------------------------------------------------------------

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).value;
    }

    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    public static int compare(long x, long y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        }
        if (dividend > 0) {
            return dividend / divisor;
        }
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return compareUnsigned(dividend, divisor) < 0 ? dividend : dividend - divisor;
        }
        if (dividend > 0) {
            return dividend % divisor;
        }
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return compareUnsigned(r, divisor) >= 0 ? r - divisor : r;
    }

    // ---- Bits ------------------------------------------------------------------------------

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int hi = (int) (i >>> 32);
        return hi == 0 ? 32 + Integer.numberOfLeadingZeros((int) i) : Integer.numberOfLeadingZeros(hi);
    }

    public static int numberOfTrailingZeros(long i) {
        int lo = (int) i;
        return lo == 0 ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32))
                : Integer.numberOfTrailingZeros(lo);
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32)
                | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
