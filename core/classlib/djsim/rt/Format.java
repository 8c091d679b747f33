// Engine behind String.format/printf: java.util.Formatter semantics for the POSIX default locale.
package djsim.rt;

import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.IllegalFormatArgumentIndexException;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.IllegalFormatWidthException;
import java.util.MissingFormatArgumentException;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;

/**
 * Like java.util.Formatter, the whole format string is parsed and validated first
 * (so a bad specifier late in the string wins over a bad argument early on), then the
 * specifiers are applied to the arguments. Locale-dependent parts use the US/ROOT
 * conventions: '.' decimal point, ',' grouping by three, ASCII digits.
 *
 * Floating-point conversions round the decimal digits that Double.toString's digit
 * generator yields (not the exact binary value) half-up, exactly as JDK 17 does; so
 * "%.1f" of 0.15 is "0.2". Date/time conversions (%t) and BigInteger/BigDecimal
 * arguments are not supported.
 */
public final class Format {
    private Format() {
    }

    private static final int F_LEFT = 1;
    private static final int F_UPPER = 2;
    private static final int F_ALT = 4;
    private static final int F_PLUS = 8;
    private static final int F_SPACE = 16;
    private static final int F_ZERO = 32;
    private static final int F_GROUP = 64;
    private static final int F_PAREN = 128;
    private static final int F_PREV = 256;

    /** One parsed piece of the format string: fixed text (c == 0) or a specifier. */
    private static final class Spec {
        int start;
        int end;
        int index;      // 0 = next ordinary, -1 = previous ('<'), -2 = no argument, >0 explicit
        int flags;
        int width = -1;
        int precision = -1;
        boolean dt;
        char c;         // lower-case conversion; F_UPPER records an upper-case one

        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append('%');
            sb.append(flagString(flags & ~F_UPPER));
            if (index > 0) {
                sb.append(index).append('$');
            }
            if (width != -1) {
                sb.append(width);
            }
            if (precision != -1) {
                sb.append('.').append(precision);
            }
            if (dt) {
                sb.append((flags & F_UPPER) != 0 ? 'T' : 't');
            }
            sb.append((flags & F_UPPER) != 0 ? upperChar(c) : c);
            return sb.toString();
        }
    }

    public static String format(String fmt, Object... args) {
        Spec[] specs = parse(fmt);
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int last = -1;
        int lasto = -1;
        for (int k = 0; k < specs.length; k++) {
            Spec sp = specs[k];
            if (sp == null) {
                break;
            }
            switch (sp.index) {
                case -2:
                    if (sp.c == 0) {
                        out.append(fmt.substring(sp.start, sp.end));
                    } else {
                        print(out, sp, null);
                    }
                    break;
                case -1:
                    if (last < 0 || (args != null && last > args.length - 1)) {
                        throw new MissingFormatArgumentException(sp.toString());
                    }
                    print(out, sp, args == null ? null : args[last]);
                    break;
                case 0:
                    lasto++;
                    last = lasto;
                    if (args != null && lasto > args.length - 1) {
                        throw new MissingFormatArgumentException(sp.toString());
                    }
                    print(out, sp, args == null ? null : args[lasto]);
                    break;
                default:
                    last = sp.index - 1;
                    if (args != null && last > args.length - 1) {
                        throw new MissingFormatArgumentException(sp.toString());
                    }
                    print(out, sp, args == null ? null : args[last]);
                    break;
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ parsing

    private static Spec[] parse(String s) {
        Spec[] list = new Spec[8];
        int count = 0;
        int i = 0;
        int max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                list = add(list, count++, fixed(i, max));
                break;
            }
            if (i != n) {
                list = add(list, count++, fixed(i, n));
            }
            i = n + 1;
            if (i >= max) {
                throw new UnknownFormatConversionException("%");
            }
            char c = s.charAt(i);
            if (isValidConversion(c)) {
                // Common case "%d", "%s", ...: nothing else to parse or check.
                Spec sp = new Spec();
                sp.c = c;
                if (isUpper(c)) {
                    sp.flags = F_UPPER;
                    sp.c = lowerChar(c);
                }
                if (c == 'n' || c == '%') {
                    sp.index = -2;
                }
                list = add(list, count++, sp);
                i++;
            } else {
                Spec sp = new Spec();
                int end = parseSpecifier(s, n, sp);
                if (end < 0) {
                    throw new UnknownFormatConversionException(String.valueOf(c));
                }
                list = add(list, count++, sp);
                i = end;
            }
        }
        return list;
    }

    private static Spec[] add(Spec[] list, int at, Spec sp) {
        if (at == list.length) {
            Spec[] bigger = new Spec[list.length * 2];
            for (int k = 0; k < list.length; k++) {
                bigger[k] = list[k];
            }
            list = bigger;
        }
        list[at] = sp;
        return list;
    }

    private static Spec fixed(int start, int end) {
        Spec sp = new Spec();
        sp.start = start;
        sp.end = end;
        sp.index = -2;
        return sp;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isConversionChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    private static boolean isValidConversion(char c) {
        switch (c) {
            case 'b': case 'B': case 's': case 'S': case 'h': case 'H': case 'c': case 'C':
            case 'd': case 'o': case 'x': case 'X': case 'e': case 'E': case 'g': case 'G':
            case 'f': case 'a': case 'A': case 'n': case '%':
                return true;
            default:
                return false;
        }
    }

    private static boolean isValidDateTime(char c) {
        switch (c) {
            case 'H': case 'I': case 'k': case 'l': case 'M': case 'S': case 'L': case 'N':
            case 'p': case 'z': case 'Z': case 's': case 'Q': case 'B': case 'b': case 'h':
            case 'A': case 'a': case 'C': case 'Y': case 'y': case 'j': case 'm': case 'd':
            case 'e': case 'R': case 'T': case 'r': case 'D': case 'F': case 'c':
                return true;
            default:
                return false;
        }
    }

    /**
     * Matches %(\d+\$)?([-#+ 0,(<]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%]) at position n
     * (the greedy reading is always the regex's reading here), then builds and
     * validates the specifier in Formatter's order. Returns the end index, or -1.
     */
    private static int parseSpecifier(String s, int n, Spec sp) {
        int max = s.length();
        int i = n + 1;
        int idxStart = -1;
        int idxEnd = -1;
        int j = i;
        while (j < max && isDigit(s.charAt(j))) {
            j++;
        }
        if (j > i && j < max && s.charAt(j) == '$') {
            idxStart = i;
            idxEnd = j;
            i = j + 1;
        }
        int fStart = i;
        while (i < max && "-#+ 0,(<".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        int fEnd = i;
        int wStart = i;
        while (i < max && isDigit(s.charAt(i))) {
            i++;
        }
        int wEnd = i;
        int pStart = -1;
        int pEnd = -1;
        if (i + 1 < max && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i++;
            pStart = i;
            while (i < max && isDigit(s.charAt(i))) {
                i++;
            }
            pEnd = i;
        }
        boolean dt = false;
        boolean dtUpper = false;
        if (i + 1 < max && (s.charAt(i) == 't' || s.charAt(i) == 'T') && isConversionChar(s.charAt(i + 1))) {
            dt = true;
            dtUpper = s.charAt(i) == 'T';
            i++;
        }
        if (i >= max || !isConversionChar(s.charAt(i))) {
            return -1;
        }
        char conv = s.charAt(i);
        i++;

        if (idxStart >= 0) {
            int v = parseIntOrMin(s, idxStart, idxEnd);
            if (v == Integer.MIN_VALUE) {
                throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
            }
            if (v <= 0) {
                throw new IllegalFormatArgumentIndexException(v);
            }
            sp.index = v;
        }
        int f = 0;
        for (int k = fStart; k < fEnd; k++) {
            int bit = flagBit(s.charAt(k));
            if ((f & bit) != 0) {
                throw new DuplicateFormatFlagsException(flagString(bit));
            }
            f |= bit;
        }
        sp.flags = f;
        if ((f & F_PREV) != 0) {
            sp.index = -1;
        }
        if (wEnd > wStart) {
            int v = parseIntOrMin(s, wStart, wEnd);
            if (v == Integer.MIN_VALUE) {
                throw new IllegalFormatWidthException(Integer.MIN_VALUE);
            }
            sp.width = v;
        }
        if (pStart >= 0) {
            int v = parseIntOrMin(s, pStart, pEnd);
            if (v == Integer.MIN_VALUE) {
                throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
            }
            sp.precision = v;
        }
        sp.dt = dt;
        if (dt) {
            if (dtUpper) {
                sp.flags |= F_UPPER;
            }
            sp.c = conv;
        } else {
            if (!isValidConversion(conv)) {
                throw new UnknownFormatConversionException(String.valueOf(conv));
            }
            sp.c = conv;
            if (isUpper(conv)) {
                sp.flags |= F_UPPER;
                sp.c = lowerChar(conv);
            }
            if (sp.c == 'n' || sp.c == '%') {
                sp.index = -2;
            }
        }
        check(sp);
        return i;
    }

    /** Decimal digits to int; Integer.MIN_VALUE signals overflow. */
    private static int parseIntOrMin(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) {
                return Integer.MIN_VALUE;
            }
        }
        return (int) v;
    }

    private static int flagBit(char c) {
        switch (c) {
            case '-': return F_LEFT;
            case '#': return F_ALT;
            case '+': return F_PLUS;
            case ' ': return F_SPACE;
            case '0': return F_ZERO;
            case ',': return F_GROUP;
            case '(': return F_PAREN;
            default: return F_PREV; // '<': the parser admits nothing else
        }
    }

    private static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        if ((f & F_LEFT) != 0) {
            sb.append('-');
        }
        if ((f & F_UPPER) != 0) {
            sb.append('^');
        }
        if ((f & F_ALT) != 0) {
            sb.append('#');
        }
        if ((f & F_PLUS) != 0) {
            sb.append('+');
        }
        if ((f & F_SPACE) != 0) {
            sb.append(' ');
        }
        if ((f & F_ZERO) != 0) {
            sb.append('0');
        }
        if ((f & F_GROUP) != 0) {
            sb.append(',');
        }
        if ((f & F_PAREN) != 0) {
            sb.append('(');
        }
        if ((f & F_PREV) != 0) {
            sb.append('<');
        }
        return sb.toString();
    }

    private static void check(Spec sp) {
        char c = sp.c;
        if (sp.dt) {
            if (sp.precision != -1) {
                throw new IllegalFormatPrecisionException(sp.precision);
            }
            if (!isValidDateTime(c)) {
                throw new UnknownFormatConversionException(new StringBuilder().append('t').append(c).toString());
            }
            badFlags(sp, F_ALT, F_PLUS, F_SPACE, F_ZERO, F_GROUP, F_PAREN);
            if (sp.width == -1 && (sp.flags & F_LEFT) != 0) {
                throw new MissingFormatWidthException(sp.toString());
            }
            return;
        }
        switch (c) {
            case 'b': case 'h': case 's':
                if ((c == 'b' || c == 'h') && (sp.flags & F_ALT) != 0) {
                    mismatch(F_ALT, c);
                }
                if (sp.width == -1 && (sp.flags & F_LEFT) != 0) {
                    throw new MissingFormatWidthException(sp.toString());
                }
                badFlags(sp, F_PLUS, F_SPACE, F_ZERO, F_GROUP, F_PAREN);
                break;
            case 'c':
                if (sp.precision != -1) {
                    throw new IllegalFormatPrecisionException(sp.precision);
                }
                badFlags(sp, F_ALT, F_PLUS, F_SPACE, F_ZERO, F_GROUP, F_PAREN);
                if (sp.width == -1 && (sp.flags & F_LEFT) != 0) {
                    throw new MissingFormatWidthException(sp.toString());
                }
                break;
            case 'd': case 'o': case 'x':
                checkNumeric(sp);
                if (sp.precision != -1) {
                    throw new IllegalFormatPrecisionException(sp.precision);
                }
                badFlags(sp, c == 'd' ? F_ALT : F_GROUP);
                break;
            case 'e': case 'f': case 'g': case 'a':
                checkNumeric(sp);
                if (c == 'a') {
                    badFlags(sp, F_PAREN, F_GROUP);
                } else if (c == 'e') {
                    badFlags(sp, F_GROUP);
                } else if (c == 'g') {
                    badFlags(sp, F_ALT);
                }
                break;
            case '%':
                if (sp.precision != -1) {
                    throw new IllegalFormatPrecisionException(sp.precision);
                }
                if (sp.flags != F_LEFT && sp.flags != 0) {
                    throw new IllegalFormatFlagsException(flagString(sp.flags));
                }
                if (sp.width == -1 && (sp.flags & F_LEFT) != 0) {
                    throw new MissingFormatWidthException(sp.toString());
                }
                break;
            case 'n':
                if (sp.precision != -1) {
                    throw new IllegalFormatPrecisionException(sp.precision);
                }
                if (sp.width != -1) {
                    throw new IllegalFormatWidthException(sp.width);
                }
                if (sp.flags != 0) {
                    throw new IllegalFormatFlagsException(flagString(sp.flags));
                }
                break;
            default:
                break;
        }
    }

    private static void checkNumeric(Spec sp) {
        int f = sp.flags;
        if (sp.width == -1 && (f & (F_LEFT | F_ZERO)) != 0) {
            throw new MissingFormatWidthException(sp.toString());
        }
        if (((f & F_PLUS) != 0 && (f & F_SPACE) != 0) || ((f & F_LEFT) != 0 && (f & F_ZERO) != 0)) {
            throw new IllegalFormatFlagsException(flagString(f));
        }
    }

    /** Fail on the first of the given flags, tested in the given order (as Formatter does). */
    private static void badFlags(Spec sp, int... bad) {
        for (int k = 0; k < bad.length; k++) {
            if ((sp.flags & bad[k]) != 0) {
                mismatch(bad[k], sp.c);
            }
        }
    }

    private static void mismatch(int flag, char c) {
        throw new FormatFlagsConversionMismatchException(flagString(flag), c);
    }

    // ------------------------------------------------------------------ printing

    private static void print(StringBuilder out, Spec sp, Object arg) {
        if (sp.dt) {
            // Date/time formatting is not supported by this class library.
            if (arg == null) {
                printString(out, sp, "null");
                return;
            }
            throw new IllegalFormatConversionException(sp.c, arg.getClass());
        }
        switch (sp.c) {
            case 'd': case 'o': case 'x':
                printInteger(out, sp, arg);
                break;
            case 'e': case 'f': case 'g': case 'a':
                if (arg == null) {
                    printString(out, sp, "null");
                } else if (arg instanceof Double) {
                    printDouble(out, sp, ((Double) arg).doubleValue());
                } else if (arg instanceof Float) {
                    printDouble(out, sp, (double) ((Float) arg).floatValue());
                } else {
                    throw new IllegalFormatConversionException(sp.c, arg.getClass());
                }
                break;
            case 'c':
                printCharacter(out, sp, arg);
                break;
            case 'b':
                printString(out, sp, arg == null ? "false"
                        : (arg instanceof Boolean ? (((Boolean) arg).booleanValue() ? "true" : "false") : "true"));
                break;
            case 's':
                if ((sp.flags & F_ALT) != 0) {
                    mismatch(F_ALT, 's'); // no Formattable support: '#' is always invalid
                }
                printString(out, sp, arg == null ? "null" : arg.toString());
                break;
            case 'h':
                printString(out, sp, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                break;
            case 'n':
                out.append('\n');
                break;
            case '%':
                printString(out, sp, "%");
                break;
            default:
                break;
        }
    }

    /** Precision truncates, upper-case flag converts, width pads. */
    private static void printString(StringBuilder out, Spec sp, String s) {
        if (sp.precision != -1 && sp.precision < s.length()) {
            s = s.substring(0, sp.precision);
        }
        if ((sp.flags & F_UPPER) != 0) {
            s = toUpper(s);
        }
        justify(out, sp, s);
    }

    private static void justify(StringBuilder out, Spec sp, String cs) {
        int pad = sp.width - cs.length();
        boolean left = (sp.flags & F_LEFT) != 0;
        if (left) {
            out.append(cs);
        }
        for (int k = 0; k < pad; k++) {
            out.append(' ');
        }
        if (!left) {
            out.append(cs);
        }
    }

    private static void printCharacter(StringBuilder out, Spec sp, Object arg) {
        if (arg == null) {
            printString(out, sp, "null");
            return;
        }
        String s;
        if (arg instanceof Character) {
            s = String.valueOf(((Character) arg).charValue());
        } else {
            int cp;
            if (arg instanceof Byte) {
                cp = ((Byte) arg).byteValue();
            } else if (arg instanceof Short) {
                cp = ((Short) arg).shortValue();
            } else if (arg instanceof Integer) {
                cp = ((Integer) arg).intValue();
            } else {
                throw new IllegalFormatConversionException(sp.c, arg.getClass());
            }
            if (cp < 0 || cp > 0x10FFFF) {
                throw new IllegalFormatCodePointException(cp);
            }
            if (cp < 0x10000) {
                s = String.valueOf((char) cp);
            } else {
                char[] pair = {(char) (0xD800 + ((cp - 0x10000) >> 10)), (char) (0xDC00 + ((cp - 0x10000) & 0x3FF))};
                s = new String(pair);
            }
        }
        printString(out, sp, s);
    }

    private static void printInteger(StringBuilder out, Spec sp, Object arg) {
        if (arg == null) {
            printString(out, sp, "null");
            return;
        }
        long v;
        long wrap; // 2^bits of the argument type, for two's complement octal/hex
        if (arg instanceof Integer) {
            v = ((Integer) arg).intValue();
            wrap = 1L << 32;
        } else if (arg instanceof Long) {
            v = ((Long) arg).longValue();
            wrap = 0;
        } else if (arg instanceof Byte) {
            v = ((Byte) arg).byteValue();
            wrap = 1L << 8;
        } else if (arg instanceof Short) {
            v = ((Short) arg).shortValue();
            wrap = 1L << 16;
        } else {
            throw new IllegalFormatConversionException(sp.c, arg.getClass());
        }
        if (v < 0 && wrap != 0 && sp.c != 'd') {
            v += wrap;
        }
        int f = sp.flags;
        StringBuilder sb = new StringBuilder();
        if (sp.c == 'd') {
            boolean neg = v < 0;
            String digits = Long.toString(v);
            leadingSign(sb, f, neg);
            magnitude(sb, digits, neg ? 1 : 0, f, adjustWidth(sp.width, f, neg));
            trailingSign(sb, f, neg);
        } else {
            badFlags(sp, F_PAREN, F_SPACE, F_PLUS);
            String s;
            int prefix;
            if (sp.c == 'o') {
                s = toOctal(v);
                prefix = (f & F_ALT) != 0 ? 1 : 0;
                if (prefix != 0) {
                    sb.append('0');
                }
            } else {
                s = Long.toHexString(v);
                prefix = (f & F_ALT) != 0 ? 2 : 0;
                if (prefix != 0) {
                    sb.append((f & F_UPPER) != 0 ? "0X" : "0x");
                }
                if ((f & F_UPPER) != 0) {
                    s = toUpper(s);
                }
            }
            if ((f & F_ZERO) != 0) {
                for (int k = s.length() + prefix; k < sp.width; k++) {
                    sb.append('0');
                }
            }
            sb.append(s);
        }
        justify(out, sp, sb.toString());
    }

    private static String toOctal(long v) {
        char[] buf = new char[22];
        int pos = buf.length;
        do {
            buf[--pos] = (char) ('0' + (int) (v & 7));
            v >>>= 3;
        } while (v != 0);
        return new String(buf, pos, buf.length - pos);
    }

    private static void leadingSign(StringBuilder sb, int f, boolean neg) {
        if (!neg) {
            if ((f & F_PLUS) != 0) {
                sb.append('+');
            } else if ((f & F_SPACE) != 0) {
                sb.append(' ');
            }
        } else {
            sb.append((f & F_PAREN) != 0 ? '(' : '-');
        }
    }

    private static void trailingSign(StringBuilder sb, int f, boolean neg) {
        if (neg && (f & F_PAREN) != 0) {
            sb.append(')');
        }
    }

    /** The closing ')' is appended after zero padding, so padding aims one short. */
    private static int adjustWidth(int width, int f, boolean neg) {
        if (width != -1 && neg && (f & F_PAREN) != 0) {
            return width - 1;
        }
        return width;
    }

    /**
     * Append the digits of value[offset..] (an unsigned number with optional '.'),
     * inserting ',' every three integer digits when grouping, then zero-pad the
     * whole builder (sign included) to width after the sign.
     */
    private static void magnitude(StringBuilder sb, String value, int offset, int f, int width) {
        int begin = sb.length();
        int len = value.length();
        int dot = len;
        for (int j = offset; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = (f & F_GROUP) != 0;
        for (int j = offset; j < len; j++) {
            if (j == dot) {
                sb.append('.');
                group = false;
                continue;
            }
            sb.append(value.charAt(j));
            if (group && j != dot - 1 && (dot - j) % 3 == 1) {
                sb.append(',');
            }
        }
        if (width != -1 && (f & F_ZERO) != 0) {
            for (int k = sb.length(); k < width; k++) {
                sb.insert(begin, '0');
            }
        }
    }

    // ------------------------------------------------------------------ floating point

    private static void printDouble(StringBuilder out, Spec sp, double value) {
        int f = sp.flags;
        StringBuilder sb = new StringBuilder();
        if (value != value) {
            sb.append((f & F_UPPER) != 0 ? "NAN" : "NaN");
        } else {
            // Negative includes -0.0 (Formatter uses Double.compare).
            boolean neg = Double.doubleToRawLongBits(value) < 0;
            double v = Math.abs(value);
            leadingSign(sb, f, neg);
            if (v == Double.POSITIVE_INFINITY) {
                sb.append((f & F_UPPER) != 0 ? "INFINITY" : "Infinity");
            } else {
                switch (sp.c) {
                    case 'e':
                        printScientific(sb, sp, v, neg);
                        break;
                    case 'f':
                        printDecimal(sb, sp, v, neg);
                        break;
                    case 'g':
                        printGeneral(sb, sp, v, neg);
                        break;
                    default:
                        printHex(sb, sp, v, neg);
                        break;
                }
            }
            trailingSign(sb, f, neg);
        }
        justify(out, sp, sb.toString());
    }

    /** Digits of v as Formatter sees them, with the digit count and exponent. */
    private static FloatingText.Digits digitsOf(double v) {
        FloatingText.Digits g = new FloatingText.Digits();
        FloatingText.decompose(v, false, g);
        if (g.first != 0) {
            // Integer fast path writes digits at the end of the buffer; move them to 0
            // because rounding below may fill positions after the last digit.
            for (int k = 0; k < g.n; k++) {
                g.buf[k] = g.buf[g.first + k];
            }
            g.first = 0;
        }
        return g;
    }

    /**
     * Round the digit string half-up to keep 'keep' digits (zero-filling the rest,
     * not shortening it); returns the possibly incremented decimal exponent.
     */
    private static int roundDigits(char[] dig, int nd, int decExp, int keep) {
        if (keep >= nd || keep < 0) {
            return decExp;
        }
        if (keep == 0) {
            if (dig[0] >= '5') {
                dig[0] = '1';
                fill(dig, 1, nd);
                return decExp + 1;
            }
            fill(dig, 0, nd);
            return decExp;
        }
        if (dig[keep] >= '5') {
            int i = keep - 1;
            while (i >= 0 && dig[i] == '9') {
                i--;
            }
            if (i < 0) {
                dig[0] = '1';
                fill(dig, 1, nd);
                return decExp + 1;
            }
            dig[i]++;
            fill(dig, i + 1, nd);
        } else {
            fill(dig, keep, nd);
        }
        return decExp;
    }

    private static void fill(char[] dig, int from, int to) {
        for (int k = from; k < to; k++) {
            dig[k] = '0';
        }
    }

    /** "d.ddd" with at most 'precision' fraction digits taken from the digit string. */
    private static StringBuilder sciMantissa(int precision, char[] dig, int nd) {
        StringBuilder m = new StringBuilder();
        int t = Math.max(0, Math.min(nd - 1, precision));
        m.append(dig[0]);
        if (t > 0) {
            m.append('.');
            m.append(new String(dig, 1, t));
        }
        return m;
    }

    /** Exponent text: sign and at least two digits. */
    private static String sciExponent(int exp) {
        StringBuilder e = new StringBuilder(5);
        int x;
        if (exp <= 0) {
            e.append('-');
            x = 1 - exp;
        } else {
            e.append('+');
            x = exp - 1;
        }
        if (x <= 9) {
            e.append('0');
        }
        e.append(x);
        return e.toString();
    }

    /** Plain notation of 0.d1d2... * 10^exp with at most 'precision' fraction digits. */
    private static StringBuilder decMantissa(int precision, char[] dig, int nd, int exp) {
        StringBuilder m = new StringBuilder();
        if (exp > 0) {
            if (nd < exp) {
                m.append(new String(dig, 0, nd));
                for (int k = nd; k < exp; k++) {
                    m.append('0');
                }
            } else {
                int t = Math.min(nd - exp, precision);
                m.append(new String(dig, 0, exp));
                if (t > 0) {
                    m.append('.');
                    m.append(new String(dig, exp, t));
                }
            }
        } else {
            int zeros = Math.max(0, Math.min(-exp, precision));
            int t = Math.max(0, Math.min(nd, precision + exp));
            if (zeros > 0 || t > 0) {
                m.append("0.");
                for (int k = 0; k < zeros; k++) {
                    m.append('0');
                }
                if (t > 0) {
                    m.append(new String(dig, 0, t));
                }
            } else {
                m.append('0');
            }
        }
        return m;
    }

    /** Pad the fraction with zeros up to prec digits (adding the point if needed). */
    private static void addZeros(StringBuilder m, int prec) {
        int len = m.length();
        int i = 0;
        while (i < len && m.charAt(i) != '.') {
            i++;
        }
        boolean needDot = i == len;
        int outPrec = len - i - (needDot ? 0 : 1);
        if (outPrec >= prec) {
            return;
        }
        if (needDot) {
            m.append('.');
        }
        for (int k = outPrec; k < prec; k++) {
            m.append('0');
        }
    }

    private static void printScientific(StringBuilder sb, Spec sp, double v, boolean neg) {
        int prec = sp.precision == -1 ? 6 : sp.precision;
        FloatingText.Digits g = digitsOf(v);
        int exp = roundDigits(g.buf, g.n, g.decExp, prec + 1);
        StringBuilder m = sciMantissa(prec, g.buf, g.n);
        addZeros(m, prec);
        if ((sp.flags & F_ALT) != 0 && prec == 0) {
            m.append('.');
        }
        String e = v == 0.0 ? "+00" : sciExponent(exp);
        int w = sp.width;
        if (w != -1) {
            w = adjustWidth(w - e.length() - 1, sp.flags, neg);
        }
        magnitude(sb, m.toString(), 0, sp.flags, w);
        sb.append((sp.flags & F_UPPER) != 0 ? 'E' : 'e');
        sb.append(e);
    }

    private static void printDecimal(StringBuilder sb, Spec sp, double v, boolean neg) {
        int prec = sp.precision == -1 ? 6 : sp.precision;
        FloatingText.Digits g = digitsOf(v);
        int exp = roundDigits(g.buf, g.n, g.decExp, g.decExp + prec);
        StringBuilder m = decMantissa(prec, g.buf, g.n, exp);
        addZeros(m, prec);
        if ((sp.flags & F_ALT) != 0 && prec == 0) {
            m.append('.');
        }
        magnitude(sb, m.toString(), 0, sp.flags, adjustWidth(sp.width, sp.flags, neg));
    }

    private static void printGeneral(StringBuilder sb, Spec sp, double v, boolean neg) {
        int prec = sp.precision;
        if (prec == -1) {
            prec = 6;
        } else if (prec == 0) {
            prec = 1;
        }
        StringBuilder m;
        String e = null;
        int expRounded;
        if (v == 0.0) {
            m = new StringBuilder("0");
            expRounded = 0;
        } else {
            FloatingText.Digits g = digitsOf(v);
            int exp = roundDigits(g.buf, g.n, g.decExp, prec);
            expRounded = exp - 1;
            // Scientific unless 10^-4 <= rounded value < 10^prec.
            if (expRounded < -4 || expRounded >= prec) {
                m = sciMantissa(prec - 1, g.buf, g.n);
                e = sciExponent(exp);
            } else {
                m = decMantissa(prec - exp, g.buf, g.n, exp);
            }
        }
        prec -= e != null ? 1 : expRounded + 1;
        addZeros(m, prec);
        if ((sp.flags & F_ALT) != 0 && prec == 0) {
            m.append('.');
        }
        int w = sp.width;
        if (w != -1) {
            w = adjustWidth(e != null ? w - e.length() - 1 : w, sp.flags, neg);
        }
        magnitude(sb, m.toString(), 0, sp.flags, w);
        if (e != null) {
            sb.append((sp.flags & F_UPPER) != 0 ? 'E' : 'e');
            sb.append(e);
        }
    }

    /** %a: Double.toHexString form, optionally rounded (half even) to prec hex digits. */
    private static void printHex(StringBuilder sb, Spec sp, double v, boolean neg) {
        int prec = sp.precision;
        if (prec == -1) {
            prec = 0;
        } else if (prec == 0) {
            prec = 1;
        }
        String s = hexDouble(v, prec);
        boolean upper = (sp.flags & F_UPPER) != 0;
        sb.append(upper ? "0X" : "0x");
        if ((sp.flags & F_ZERO) != 0) {
            int lead = ((sp.flags & (F_SPACE | F_PLUS)) != 0 || neg) ? 3 : 2;
            // Formatter sizes the padding from the unpadded digits (before addZeros).
            for (int k = s.length() + lead; k < sp.width; k++) {
                sb.append('0');
            }
        }
        int idx = s.indexOf('p');
        StringBuilder va = new StringBuilder();
        va.append(upper ? toUpper(s.substring(0, idx)) : s.substring(0, idx));
        if (prec != 0) {
            addZeros(va, prec);
        }
        sb.append(va);
        sb.append(upper ? 'P' : 'p');
        sb.append(s.substring(idx + 1));
    }

    private static String hexDouble(double v, int prec) {
        long bits = Double.doubleToRawLongBits(v);
        long frac = bits & 0x000FFFFFFFFFFFFFL;
        int be = (int) (bits >>> 52);
        if (v == 0.0 || prec == 0 || prec >= 13) {
            if (v == 0.0) {
                return "0.0p0";
            }
            if (be == 0) {
                return new StringBuilder().append("0.").append(hexFraction(frac, 13)).append("p-1022").toString();
            }
            return new StringBuilder().append("1.").append(hexFraction(frac, 13)).append('p').append(be - 1023).toString();
        }
        long sig;
        int exp;
        if (be == 0) {
            int shift = FloatingText.nlz64(frac) - 11;
            sig = frac << shift;
            exp = -1022 - shift;
        } else {
            sig = frac | (1L << 52);
            exp = be - 1023;
        }
        int drop = 52 - prec * 4;
        long kept = sig >>> drop;
        long rest = sig & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (kept & 1) != 0)) {
            kept++;
        }
        if (kept == (1L << (53 - drop))) {
            kept >>>= 1;
            exp++;
        }
        if (exp > 1023) {
            return "1.0p1024";
        }
        long f = kept & ((1L << (prec * 4)) - 1);
        return new StringBuilder().append("1.").append(hexFraction(f, prec)).append('p').append(exp).toString();
    }

    /** 'digits' hex digits of f, trailing zeros removed but at least one digit kept. */
    private static String hexFraction(long f, int digits) {
        char[] buf = new char[digits];
        for (int k = digits - 1; k >= 0; k--) {
            buf[k] = "0123456789abcdef".charAt((int) (f & 15));
            f >>>= 4;
        }
        int len = digits;
        while (len > 1 && buf[len - 1] == '0') {
            len--;
        }
        return new String(buf, 0, len);
    }

    // ------------------------------------------------------------------ case mapping

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static char lowerChar(char c) {
        return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }

    private static char upperChar(char c) {
        return (c >= 'a' && c <= 'z') ? (char) (c - 32) : c;
    }

    static String toUpper(String s) {
        return UpperCase.toUpper(s);
    }
}
