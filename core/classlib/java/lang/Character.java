// The char box, and the character properties: Latin-1 exactly, other scripts by block.
package java.lang;

public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uffff';
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;
    public static final byte OTHER_SYMBOL = 28;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0x10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private static final long serialVersionUID = 3786198910865385080L;

    /** General category of U+0000..U+00FF, as 'A' + category. */
    private static final String LATIN1_TYPES =
        "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP"
        + "MYYY[YYYVWYZYUYYJJJJJJJJJJYYZZZY"
        + "YBBBBBBBBBBBBBBBBBBBBBBBBBBVYW\\X"
        + "\\CCCCCCCCCCCCCCCCCCCCCCCCCCVZWZP"
        + "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP"
        + "MY[[[[]Y\\]F^ZQ]\\]ZLL\\CYY\\LF_LLLY"
        + "BBBBBBBBBBBBBBBBBBBBBBBZBBBBBBBC"
        + "CCCCCCCCCCCCCCCCCCCCCCCZCCCCCCCC";

    /** First code point of each run of ten decimal digits, ASCII's excepted. */
    private static final int[] DIGIT_ZEROS = {
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
        0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
        0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50,
        0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
        0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
        0x16a60, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0,
        0x1e950, 0x1fbf0
    };

    /**
     * Blocks of letters without case, as {first, last} pairs: Hebrew, Arabic, the Indic
     * scripts, Thai, Hangul, kana, CJK ideographs and their extensions.
     */
    private static final int[] OTHER_LETTERS = {
        0x05d0, 0x05ea, 0x0620, 0x063f, 0x0641, 0x064a, 0x0671, 0x06d3, 0x0904, 0x0939,
        0x0985, 0x09b9, 0x0a05, 0x0a39, 0x0a85, 0x0ab9, 0x0b05, 0x0b39, 0x0b85, 0x0bb9,
        0x0c05, 0x0c39, 0x0c85, 0x0cb9, 0x0d05, 0x0d3a, 0x0e01, 0x0e30, 0x1100, 0x11ff,
        0x3041, 0x3096, 0x30a1, 0x30fa, 0x3105, 0x312f, 0x3131, 0x318e, 0x3400, 0x4dbf,
        0x4e00, 0x9ffc, 0xa000, 0xa48c, 0xac00, 0xd7a3, 0xf900, 0xfa6d, 0x20000, 0x2a6dd,
        0x2a700, 0x2ebe0, 0x30000, 0x3134a
    };

    private final char value;

    @Deprecated
    public Character(char value) {
        this.value = value;
    }

    /** The boxes of U+0000..U+007F, built on first use. */
    private static final class Cache {
        static final Character[] BOXES = new Character[128];

        static {
            for (int i = 0; i < 128; i++) {
                BOXES[i] = new Character((char) i);
            }
        }
    }

    public static Character valueOf(char c) {
        if (c < 128) {
            return Cache.BOXES[c];
        }
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).value;
    }

    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return new String(toChars(codePoint), true);
    }

    public int compareTo(Character anotherCharacter) {
        return compare(value, anotherCharacter.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xff00) >> 8) | (ch << 8));
    }

    // ---- Code points and surrogates --------------------------------------------------------

    static IllegalArgumentException invalidCodePoint(int codePoint) {
        return new IllegalArgumentException(
                "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= 0 && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAt(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(index - 1);
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        return codePointBefore(a, index, 0);
    }

    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || start >= a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > start) {
            char c1 = a[index - 1];
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (!isValidCodePoint(codePoint)) {
            throw invalidCodePoint(codePoint);
        }
        dst[dstIndex + 1] = lowSurrogate(codePoint);
        dst[dstIndex] = highSurrogate(codePoint);
        return 2;
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        }
        if (!isValidCodePoint(codePoint)) {
            throw invalidCodePoint(codePoint);
        }
        return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > seq.length() || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (isHighSurrogate(seq.charAt(i)) && isLowSurrogate(seq.charAt(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0) {
            throw new IndexOutOfBoundsException();
        }
        int end = offset + count;
        int n = count;
        for (int i = offset; i < end - 1; i++) {
            if (isHighSurrogate(a[i]) && isLowSurrogate(a[i + 1])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            for (int i = 0; i < codePointOffset; i++) {
                if (x >= length) {
                    throw new IndexOutOfBoundsException();
                }
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) {
                    x++;
                }
            }
        } else {
            for (int i = codePointOffset; i < 0; i++) {
                if (x <= 0) {
                    throw new IndexOutOfBoundsException();
                }
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) {
                    x--;
                }
            }
        }
        return x;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0
                || index < start || index > start + count) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        int end = start + count;
        if (codePointOffset >= 0) {
            for (int i = 0; i < codePointOffset; i++) {
                if (x >= end) {
                    throw new IndexOutOfBoundsException();
                }
                if (isHighSurrogate(a[x++]) && x < end && isLowSurrogate(a[x])) {
                    x++;
                }
            }
        } else {
            for (int i = codePointOffset; i < 0; i++) {
                if (x <= start) {
                    throw new IndexOutOfBoundsException();
                }
                if (isLowSurrogate(a[--x]) && x > start && isHighSurrogate(a[x - 1])) {
                    x--;
                }
            }
        }
        return x;
    }

    // ---- Categories ------------------------------------------------------------------------

    private static boolean inPairs(int[] ranges, int cp) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (cp < ranges[i]) {
                return false;
            }
            if (cp <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    public static int getType(char ch) {
        return getType((int) ch);
    }

    /**
     * The general category: exact for Latin-1; beyond it, by case mapping, digit runs and a
     * few blocks (marks, punctuation, symbols, caseless scripts), UNASSIGNED otherwise.
     */
    public static int getType(int cp) {
        if (cp < 0x100) {
            return cp < 0 ? UNASSIGNED : LATIN1_TYPES.charAt(cp) - 'A';
        }
        if (cp > MAX_CODE_POINT) {
            return UNASSIGNED;
        }
        if (cp >= 0xd800 && cp <= 0xdfff) {
            return SURROGATE;
        }
        if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) {
            return PRIVATE_USE;
        }
        if (decimalValue(cp) >= 0) {
            return DECIMAL_DIGIT_NUMBER;
        }
        if (cp == 0x1c5 || cp == 0x1c8 || cp == 0x1cb || cp == 0x1f2) {
            return TITLECASE_LETTER;
        }
        if (lowerOf(cp) != cp || cp == 0x130) {
            return UPPERCASE_LETTER;
        }
        if (upperOf(cp) != cp || cp == 0x138 || cp == 0x149 || (cp >= 0x250 && cp <= 0x2af)) {
            return LOWERCASE_LETTER;
        }
        if ((cp >= 0x2b0 && cp <= 0x2c1) || (cp >= 0x2c6 && cp <= 0x2d1)) {
            return MODIFIER_LETTER;
        }
        if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x483 && cp <= 0x487) || (cp >= 0x591 && cp <= 0x5bd)
                || (cp >= 0x64b && cp <= 0x65f) || (cp >= 0x20d0 && cp <= 0x20dc)) {
            return NON_SPACING_MARK;
        }
        if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f || cp == 0x205f || cp == 0x3000) {
            return SPACE_SEPARATOR;
        }
        if (cp == 0x2028) {
            return LINE_SEPARATOR;
        }
        if (cp == 0x2029) {
            return PARAGRAPH_SEPARATOR;
        }
        if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064)
                || cp == 0xfeff) {
            return FORMAT;
        }
        if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2e3a || cp == 0x2e3b || cp == 0x301c) {
            return DASH_PUNCTUATION;
        }
        if (cp == 0x2018 || cp == 0x201b || cp == 0x201c || cp == 0x201f || cp == 0x2039) {
            return INITIAL_QUOTE_PUNCTUATION;
        }
        if (cp == 0x2019 || cp == 0x201d || cp == 0x203a) {
            return FINAL_QUOTE_PUNCTUATION;
        }
        if (cp == 0x201a || cp == 0x201e || cp == 0x2045 || cp == 0x207d || cp == 0x208d
                || (cp >= 0x3008 && cp <= 0x3010 && cp % 2 == 0)) {
            return START_PUNCTUATION;
        }
        if (cp == 0x2046 || cp == 0x207e || cp == 0x208e || (cp >= 0x3009 && cp <= 0x3011 && cp % 2 == 1)) {
            return END_PUNCTUATION;
        }
        if (cp == 0x203f || cp == 0x2040 || cp == 0x2054 || cp == 0xff3f) {
            return CONNECTOR_PUNCTUATION;
        }
        if ((cp >= 0x2016 && cp <= 0x2017) || (cp >= 0x2020 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x2038)
                || (cp >= 0x203b && cp <= 0x203e) || (cp >= 0x2041 && cp <= 0x2043) || (cp >= 0x3001 && cp <= 0x3003)
                || cp == 0x37e || cp == 0x387 || cp == 0x589 || cp == 0x60c || cp == 0x61f || cp == 0x964
                || cp == 0x965) {
            return OTHER_PUNCTUATION;
        }
        if ((cp >= 0x20a0 && cp <= 0x20c0) || cp == 0x58f || cp == 0x60b || cp == 0xe3f) {
            return CURRENCY_SYMBOL;
        }
        if ((cp >= 0x2190 && cp <= 0x2194) || (cp >= 0x2200 && cp <= 0x22ff) || cp == 0x2044
                || cp == 0x2052 || cp == 0x3f6 || (cp >= 0x27c0 && cp <= 0x27ff) || (cp >= 0x2900 && cp <= 0x2aff)) {
            return MATH_SYMBOL;
        }
        if ((cp >= 0x2c2 && cp <= 0x2c5) || (cp >= 0x2d2 && cp <= 0x2df) || cp == 0x384 || cp == 0x385) {
            return MODIFIER_SYMBOL;
        }
        if (cp >= 0x2160 && cp <= 0x2188) {
            return LETTER_NUMBER;
        }
        if ((cp >= 0x2070 && cp <= 0x2079 && cp != 0x2071 && cp != 0x2072 && cp != 0x2073)
                || (cp >= 0x2080 && cp <= 0x2089) || (cp >= 0x2150 && cp <= 0x215f) || (cp >= 0x2460 && cp <= 0x249b)) {
            return OTHER_NUMBER;
        }
        if ((cp >= 0x2100 && cp <= 0x214f) || (cp >= 0x2195 && cp <= 0x21ff) || (cp >= 0x2300 && cp <= 0x23ff)
                || (cp >= 0x2400 && cp <= 0x245f) || (cp >= 0x249c && cp <= 0x24e9) || (cp >= 0x2500 && cp <= 0x27bf)
                || (cp >= 0x2b00 && cp <= 0x2bff) || (cp >= 0x1f000 && cp <= 0x1faff)) {
            return OTHER_SYMBOL;
        }
        if (inPairs(OTHER_LETTERS, cp)) {
            return OTHER_LETTER;
        }
        return UNASSIGNED;
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int codePoint) {
        return getType(codePoint) != UNASSIGNED;
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int codePoint) {
        return getType(codePoint) == LOWERCASE_LETTER || otherLowercase(codePoint);
    }

    /** Lowercase by Unicode's Other_Lowercase property (ordinal indicators, small numerals...). */
    private static boolean otherLowercase(int cp) {
        return cp == 0xaa || cp == 0xba || (cp >= 0x2b0 && cp <= 0x2b8) || (cp >= 0x2c0 && cp <= 0x2c1)
                || (cp >= 0x2e0 && cp <= 0x2e4) || cp == 0x345 || cp == 0x37a
                || (cp >= 0x2170 && cp <= 0x217f) || (cp >= 0x24d0 && cp <= 0x24e9);
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int codePoint) {
        return getType(codePoint) == UPPERCASE_LETTER
                || (codePoint >= 0x2160 && codePoint <= 0x216f) || (codePoint >= 0x24b6 && codePoint <= 0x24cf);
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int codePoint) {
        return getType(codePoint) == TITLECASE_LETTER;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int codePoint) {
        if (codePoint < 0x100) {
            return codePoint >= '0' && codePoint <= '9';
        }
        return decimalValue(codePoint) >= 0;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int codePoint) {
        int t = getType(codePoint);
        return t >= UPPERCASE_LETTER && t <= OTHER_LETTER;
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isAlphabetic(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER || otherLowercase(codePoint)
                || (codePoint >= 0x24b6 && codePoint <= 0x24cf);
    }

    public static boolean isIdeographic(int codePoint) {
        return (codePoint >= 0x3006 && codePoint <= 0x3007) || (codePoint >= 0x3021 && codePoint <= 0x3029)
                || (codePoint >= 0x3038 && codePoint <= 0x303a) || (codePoint >= 0x3400 && codePoint <= 0x4dbf)
                || (codePoint >= 0x4e00 && codePoint <= 0x9ffc) || (codePoint >= 0xf900 && codePoint <= 0xfa6d)
                || (codePoint >= 0x20000 && codePoint <= 0x3134a);
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER || t == CURRENCY_SYMBOL
                || t == CONNECTOR_PUNCTUATION;
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER || t == CURRENCY_SYMBOL
                || t == CONNECTOR_PUNCTUATION || t == DECIMAL_DIGIT_NUMBER || t == NON_SPACING_MARK
                || t == COMBINING_SPACING_MARK || isIdentifierIgnorable(codePoint);
    }

    public static boolean isUnicodeIdentifierStart(char ch) {
        return isUnicodeIdentifierStart((int) ch);
    }

    public static boolean isUnicodeIdentifierStart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER;
    }

    public static boolean isUnicodeIdentifierPart(char ch) {
        return isUnicodeIdentifierPart((int) ch);
    }

    public static boolean isUnicodeIdentifierPart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER || t == CONNECTOR_PUNCTUATION
                || t == DECIMAL_DIGIT_NUMBER || t == NON_SPACING_MARK || t == COMBINING_SPACING_MARK
                || isIdentifierIgnorable(codePoint);
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    public static boolean isIdentifierIgnorable(int codePoint) {
        return (codePoint >= 0 && codePoint <= 8) || (codePoint >= 0xe && codePoint <= 0x1b)
                || (codePoint >= 0x7f && codePoint <= 0x9f) || getType(codePoint) == FORMAT;
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int codePoint) {
        int t = getType(codePoint);
        return t == SPACE_SEPARATOR || t == LINE_SEPARATOR || t == PARAGRAPH_SEPARATOR;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static boolean isWhitespace(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint == ' ' || (codePoint >= 0x9 && codePoint <= 0xd) || (codePoint >= 0x1c && codePoint <= 0x1f);
        }
        return isSpaceChar(codePoint) && codePoint != 0xa0 && codePoint != 0x2007 && codePoint != 0x202f;
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9f && (codePoint >= 0x7f || (codePoint >>> 5 == 0));
    }

    // ---- Case ------------------------------------------------------------------------------

    /**
     * The simple uppercase mapping of a lowercase letter (cp itself otherwise): Latin-1,
     * Latin Extended-A and Additional, Greek, Cyrillic, Armenian and fullwidth Latin.
     */
    private static int upperOf(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        }
        if (cp < 0x100) {
            if (cp == 0xb5) {
                return 0x39c;
            }
            if (cp == 0xff) {
                return 0x178;
            }
            return (cp >= 0xe0 && cp <= 0xfe && cp != 0xf7) ? cp - 32 : cp;
        }
        if (cp < 0x180) {
            if (cp == 0x131) {
                return 'I';
            }
            if (cp == 0x17f) {
                return 'S';
            }
            if ((cp <= 0x137 && cp != 0x130) || (cp >= 0x14a && cp <= 0x177)) {
                return (cp & 1) == 1 ? cp - 1 : cp;
            }
            if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e)) {
                return (cp & 1) == 0 ? cp - 1 : cp;
            }
            return cp;
        }
        if (cp >= 0x3ac && cp <= 0x3ce) {
            if (cp == 0x3ac) {
                return 0x386;
            }
            if (cp <= 0x3af) {
                return cp - 0x25;
            }
            if (cp == 0x3c2) {
                return 0x3a3;
            }
            if (cp == 0x3cc) {
                return 0x38c;
            }
            if (cp >= 0x3cd) {
                return cp - 0x3f;
            }
            return cp >= 0x3b1 ? cp - 0x20 : cp;
        }
        if (cp >= 0x430 && cp <= 0x52f) {
            if (cp <= 0x44f) {
                return cp - 0x20;
            }
            if (cp <= 0x45f) {
                return cp - 0x50;
            }
            if (cp == 0x4cf) {
                return 0x4c0;
            }
            if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48a && cp <= 0x4bf) || (cp >= 0x4d0 && cp <= 0x52f)) {
                return (cp & 1) == 1 ? cp - 1 : cp;
            }
            if (cp >= 0x4c1 && cp <= 0x4ce) {
                return (cp & 1) == 0 ? cp - 1 : cp;
            }
            return cp;
        }
        if (cp >= 0x561 && cp <= 0x586) {
            return cp - 0x30;
        }
        if ((cp >= 0x1e00 && cp <= 0x1e95) || (cp >= 0x1ea0 && cp <= 0x1eff)) {
            return (cp & 1) == 1 ? cp - 1 : cp;
        }
        if (cp >= 0xff41 && cp <= 0xff5a) {
            return cp - 0x20;
        }
        return cp;
    }

    /** The simple lowercase mapping of an uppercase letter (cp itself otherwise). */
    private static int lowerOf(int cp) {
        if (cp < 0x80) {
            return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        }
        if (cp < 0x100) {
            return (cp >= 0xc0 && cp <= 0xde && cp != 0xd7) ? cp + 32 : cp;
        }
        if (cp < 0x180) {
            if (cp == 0x130) {
                return 'i';
            }
            if (cp == 0x178) {
                return 0xff;
            }
            if ((cp <= 0x137 && cp != 0x131) || (cp >= 0x14a && cp <= 0x177)) {
                return (cp & 1) == 0 ? cp + 1 : cp;
            }
            if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e)) {
                return (cp & 1) == 1 ? cp + 1 : cp;
            }
            return cp;
        }
        if (cp >= 0x386 && cp <= 0x3ab) {
            if (cp == 0x386) {
                return 0x3ac;
            }
            if (cp >= 0x388 && cp <= 0x38a) {
                return cp + 0x25;
            }
            if (cp == 0x38c) {
                return 0x3cc;
            }
            if (cp == 0x38e || cp == 0x38f) {
                return cp + 0x3f;
            }
            return (cp >= 0x391 && cp != 0x3a2) ? cp + 0x20 : cp;
        }
        if (cp >= 0x400 && cp <= 0x52f) {
            if (cp <= 0x40f) {
                return cp + 0x50;
            }
            if (cp <= 0x42f) {
                return cp + 0x20;
            }
            if (cp == 0x4c0) {
                return 0x4cf;
            }
            if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48a && cp <= 0x4bf) || (cp >= 0x4d0 && cp <= 0x52f)) {
                return (cp & 1) == 0 ? cp + 1 : cp;
            }
            if (cp >= 0x4c1 && cp <= 0x4ce) {
                return (cp & 1) == 1 ? cp + 1 : cp;
            }
            return cp;
        }
        if (cp >= 0x531 && cp <= 0x556) {
            return cp + 0x30;
        }
        if ((cp >= 0x1e00 && cp <= 0x1e95) || (cp >= 0x1ea0 && cp <= 0x1eff)) {
            return (cp & 1) == 0 ? cp + 1 : cp;
        }
        if (cp >= 0xff21 && cp <= 0xff3a) {
            return cp + 0x20;
        }
        return cp;
    }

    public static char toLowerCase(char ch) {
        return (char) lowerOf(ch);
    }

    public static int toLowerCase(int codePoint) {
        return lowerOf(codePoint);
    }

    public static char toUpperCase(char ch) {
        return (char) upperOf(ch);
    }

    public static int toUpperCase(int codePoint) {
        return upperOf(codePoint);
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int codePoint) {
        if (codePoint >= 0x1c4 && codePoint <= 0x1cc) {
            return 0x1c5 + (codePoint - 0x1c4) / 3 * 3;
        }
        if (codePoint >= 0x1f1 && codePoint <= 0x1f3) {
            return 0x1f2;
        }
        return upperOf(codePoint);
    }

    // ---- Digits and numbers ---------------------------------------------------------------

    /** The value of a decimal digit of any script, or -1. */
    private static int decimalValue(int cp) {
        if (cp <= '9') {
            return cp >= '0' ? cp - '0' : -1;
        }
        if (cp < 0x660) {
            return -1;
        }
        for (int zero : DIGIT_ZEROS) {
            if (cp < zero) {
                return -1;
            }
            if (cp <= zero + 9) {
                return cp - zero;
            }
        }
        return -1;
    }

    /** The value of cp as a digit of the largest radix: decimal digits and Latin letters. */
    private static int digitValue(int cp) {
        if (cp >= 'a' && cp <= 'z') {
            return cp - 'a' + 10;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return cp - 'A' + 10;
        }
        if (cp >= 0xff21 && cp <= 0xff3a) {
            return cp - 0xff21 + 10;
        }
        if (cp >= 0xff41 && cp <= 0xff5a) {
            return cp - 0xff41 + 10;
        }
        return decimalValue(cp);
    }

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int v = digitValue(codePoint);
        return v < radix ? v : -1;
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    /** Digits and Latin letters (10..35) as digit() sees them, plus Latin-1's and Roman numerals. */
    public static int getNumericValue(int codePoint) {
        int v = digitValue(codePoint);
        if (v >= 0) {
            return v;
        }
        switch (codePoint) {
            case 0xb2:
                return 2;
            case 0xb3:
                return 3;
            case 0xb9:
                return 1;
            case 0xbc:
            case 0xbd:
            case 0xbe:
                return -2;
            default:
                break;
        }
        if ((codePoint >= 0x2160 && codePoint <= 0x216f) || (codePoint >= 0x2170 && codePoint <= 0x217f)) {
            int k = (codePoint - 0x2160) & 0xf;
            if (k < 12) {
                return k + 1;
            }
            return k == 12 ? 50 : k == 13 ? 100 : k == 14 ? 500 : 1000;
        }
        return -1;
    }
}
