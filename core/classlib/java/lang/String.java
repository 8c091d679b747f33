// Immutable UTF-16 strings; the VM allocates literals itself and fills `value`.
package java.lang;

import djsim.rt.Charsets;
import djsim.rt.Format;
import djsim.rt.Regex;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;

public final class String implements java.io.Serializable, Comparable<String>, CharSequence {

    // The VM knows these two fields by name and order: never add an instance field before them.
    private final char[] value;
    private int hash;

    private static final long serialVersionUID = -6849794470754667710L;

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    /** Takes `value` as it is, without copying: for callers that built a fresh array. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    public String() {
        this.value = new char[0];
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this.value = copyOf(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = copyOf(value, offset, count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (cp >= 0 && cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                n++;
            } else if (cp >= 0 && cp <= Character.MAX_CODE_POINT) {
                n += 2;
            } else {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                v[j++] = (char) cp;
            } else {
                v[j++] = Character.highSurrogate(cp);
                v[j++] = Character.lowSurrogate(cp);
            }
        }
        this.value = v;
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = Charsets.decode(Charsets.UTF_8, bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        int id = Charsets.lookup(charsetName);
        if (id < 0) {
            throw new UnsupportedEncodingException(charsetName);
        }
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = Charsets.decode(id, bytes, offset, length);
    }

    public String(byte[] bytes, Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = Charsets.decode(Charsets.lookup(charset.name()), bytes, offset, length);
    }

    public String(StringBuffer buffer) {
        this.value = buffer.toString().value;
    }

    public String(StringBuilder builder) {
        this.value = copyOf(builder.value, 0, builder.count);
    }

    // ---- Package helpers -------------------------------------------------------------------

    static char[] copyOf(char[] src, int offset, int count) {
        char[] v = new char[count];
        System.arraycopy(src, offset, v, 0, count);
        return v;
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                    "begin " + begin + ", end " + end + ", length " + length);
        }
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException(
                    "offset " + offset + ", count " + count + ", length " + length);
        }
    }

    /** The backing array, for java.lang classes that only read it. */
    char[] valueArray() {
        return value;
    }

    // ---- Basic access ----------------------------------------------------------------------

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAt(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(value, 0, value.length, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public byte[] getBytes() {
        return Charsets.encode(Charsets.UTF_8, value, 0, value.length);
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        int id = Charsets.lookup(charsetName);
        if (id < 0) {
            throw new UnsupportedEncodingException(charsetName);
        }
        return Charsets.encode(id, value, 0, value.length);
    }

    public byte[] getBytes(Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        return Charsets.encode(Charsets.lookup(charset.name()), value, 0, value.length);
    }

    public char[] toCharArray() {
        return copyOf(value, 0, value.length);
    }

    // ---- Comparison ------------------------------------------------------------------------

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] a = value;
        char[] b = ((String) anObject).value;
        int n = a.length;
        if (n != b.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String) {
            return equals(cs);
        }
        int n = value.length;
        if (n != cs.length()) {
            return false;
        }
        if (cs instanceof AbstractStringBuilder) {
            char[] v = ((AbstractStringBuilder) cs).value;
            for (int i = 0; i < n; i++) {
                if (value[i] != v[i]) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return this == anotherString
                || (anotherString != null && anotherString.value.length == value.length
                        && regionMatches(true, 0, anotherString, 0, value.length));
    }

    public int compareTo(String anotherString) {
        char[] a = value;
        char[] b = anotherString.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return a.length - b.length;
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    /** Compares two characters as compareToIgnoreCase does: by upper, then lower case. */
    static int compareIgnoringCase(char c1, char c2) {
        if (c1 == c2) {
            return 0;
        }
        c1 = Character.toUpperCase(c1);
        c2 = Character.toUpperCase(c2);
        if (c1 == c2) {
            return 0;
        }
        c1 = Character.toLowerCase(c1);
        c2 = Character.toLowerCase(c2);
        return c1 - c2;
    }

    private static final class CaseInsensitiveComparator
            implements Comparator<String>, java.io.Serializable {
        private static final long serialVersionUID = 8575799808933029326L;

        public int compare(String s1, String s2) {
            char[] a = s1.value;
            char[] b = s2.value;
            int n = Math.min(a.length, b.length);
            for (int i = 0; i < n; i++) {
                int d = compareIgnoringCase(a[i], b[i]);
                if (d != 0) {
                    return d;
                }
            }
            return a.length - b.length;
        }
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        char[] a = value;
        char[] b = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) a.length - len
                || ooffset > (long) b.length - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (a[toffset + i] != b[ooffset + i]) {
                return false;
            }
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase) {
            return regionMatches(toffset, other, ooffset, len);
        }
        char[] a = value;
        char[] b = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) a.length - len
                || ooffset > (long) b.length - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c1 = a[toffset + i];
            char c2 = b[ooffset + i];
            if (c1 == c2) {
                continue;
            }
            char u1 = Character.toUpperCase(c1);
            char u2 = Character.toUpperCase(c2);
            if (u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2)) {
                continue;
            }
            return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        char[] p = prefix.value;
        if (toffset < 0 || toffset > value.length - p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (value[toffset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            char[] v = value;
            for (int i = 0; i < v.length; i++) {
                h = 31 * h + v[i];
            }
            hash = h;
        }
        return h;
    }

    // ---- Searching ------------------------------------------------------------------------

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        int n = v.length;
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < n; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = fromIndex; i < n - 1; i++) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(value, value.length, str.value, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    /** First index >= fromIndex of `target` in src[0, srcCount), as String.indexOf defines it. */
    static int indexOf(char[] src, int srcCount, char[] target, int fromIndex) {
        int tn = target.length;
        if (fromIndex >= srcCount) {
            return tn == 0 ? srcCount : -1;
        }
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (tn == 0) {
            return fromIndex;
        }
        char first = target[0];
        int max = srcCount - tn;
        for (int i = fromIndex; i <= max; i++) {
            if (src[i] != first) {
                continue;
            }
            int j = 1;
            while (j < tn && src[i + j] == target[j]) {
                j++;
            }
            if (j == tn) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(value, value.length, str.value, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    /** Last index <= fromIndex of `target` in src[0, srcCount), as String.lastIndexOf defines it. */
    static int lastIndexOf(char[] src, int srcCount, char[] target, int fromIndex) {
        int tn = target.length;
        int right = srcCount - tn;
        if (fromIndex > right) {
            fromIndex = right;
        }
        if (fromIndex < 0) {
            return -1;
        }
        for (int i = fromIndex; i >= 0; i--) {
            int j = 0;
            while (j < tn && src[i + j] == target[j]) {
                j++;
            }
            if (j == tn) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- Derived strings ------------------------------------------------------------------

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        int n = value.length;
        checkBoundsBeginEnd(beginIndex, endIndex, n);
        if (beginIndex == 0 && endIndex == n) {
            return this;
        }
        return new String(copyOf(value, beginIndex, endIndex - beginIndex), true);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        int n = value.length;
        char[] v = new char[n + str.value.length];
        System.arraycopy(value, 0, v, 0, n);
        System.arraycopy(str.value, 0, v, n, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) {
            return this;
        }
        char[] v = value;
        int i = 0;
        while (i < v.length && v[i] != oldChar) {
            i++;
        }
        if (i == v.length) {
            return this;
        }
        char[] r = copyOf(v, 0, v.length);
        for (; i < r.length; i++) {
            if (r[i] == oldChar) {
                r[i] = newChar;
            }
        }
        return new String(r, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        char[] t = target.toString().value;
        char[] r = replacement.toString().value;
        char[] v = value;
        int n = v.length;
        if (t.length == 0) {
            // An empty target matches before every character and at the end.
            char[] out = new char[n + (n + 1) * r.length];
            int k = 0;
            for (int i = 0; i <= n; i++) {
                System.arraycopy(r, 0, out, k, r.length);
                k += r.length;
                if (i < n) {
                    out[k++] = v[i];
                }
            }
            return new String(out, true);
        }
        int j = indexOf(v, n, t, 0);
        if (j < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(n + 16);
        int from = 0;
        do {
            sb.append(v, from, j - from).append(r);
            from = j + t.length;
            j = indexOf(v, n, t, from);
        } while (j >= 0);
        sb.append(v, from, n - from);
        return sb.toString();
    }

    public boolean matches(String regex) {
        return Regex.compile(regex).matches(this);
    }

    public String replaceFirst(String regex, String replacement) {
        return Regex.compile(regex).replaceFirst(this, replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return Regex.compile(regex).replaceAll(this, replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        char ch = 0;
        int rn = regex.value.length;
        boolean literal = false;
        if (rn == 1) {
            ch = regex.value[0];
            literal = ".$|()[{^?*+\\".indexOf(ch) < 0;
        } else if (rn == 2 && regex.value[0] == '\\') {
            ch = regex.value[1];
            literal = !(ch >= '0' && ch <= '9') && !(ch >= 'a' && ch <= 'z') && !(ch >= 'A' && ch <= 'Z');
        }
        if (literal && !Character.isSurrogate(ch)) {
            return splitOnChar(ch, limit);
        }
        return Regex.compile(regex).split(this, limit);
    }

    private String[] splitOnChar(char ch, int limit) {
        char[] v = value;
        int n = v.length;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (v[i] == ch) {
                count++;
            }
        }
        if (count == 0) {
            return new String[] {this};
        }
        int pieces = count + 1;
        if (limit > 0 && pieces > limit) {
            pieces = limit;
        }
        String[] parts = new String[pieces];
        int from = 0;
        int k = 0;
        for (int i = 0; i < n && k < pieces - 1; i++) {
            if (v[i] == ch) {
                parts[k++] = substring(from, i);
                from = i + 1;
            }
        }
        parts[k] = substring(from, n);
        if (limit != 0) {
            return parts;
        }
        int keep = pieces;
        while (keep > 0 && parts[keep - 1].value.length == 0) {
            keep--;
        }
        if (keep == pieces) {
            return parts;
        }
        String[] r = new String[keep];
        System.arraycopy(parts, 0, r, 0, keep);
        return r;
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        String d = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(d);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        String d = delimiter.toString();
        if (elements == null) {
            throw new NullPointerException();
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Iterator<? extends CharSequence> it = elements.iterator(); it.hasNext();) {
            CharSequence cs = it.next();
            if (!first) {
                sb.append(d);
            }
            sb.append(cs);
            first = false;
        }
        return sb.toString();
    }

    /**
     * Lower case by Unicode's rules for the root locale: char by char, except that capital I
     * with dot becomes "i" and a combining dot, and a capital sigma that ends a word becomes
     * the final sigma.
     */
    public String toLowerCase() {
        char[] v = value;
        int n = v.length;
        int i = 0;
        while (i < n) {
            char c = v[i];
            if (c < 0x80 ? (c >= 'A' && c <= 'Z') : lowerChanges(v, i)) {
                break;
            }
            i++;
        }
        if (i == n) {
            return this;
        }
        StringBuilder sb = new StringBuilder(n + 2);
        sb.append(v, 0, i);
        while (i < n) {
            int cp = Character.codePointAt(v, i, n);
            if (cp == 0x130) {
                sb.append('i').append('\u0307');
            } else if (cp == 0x3a3 && isFinalSigma(v, i)) {
                sb.append('\u03c2');
            } else {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Whether v[i] may change; like the JDK, any surrogate makes the result a new string. */
    private static boolean lowerChanges(char[] v, int i) {
        char c = v[i];
        return Character.isSurrogate(c) || Character.toLowerCase(c) != c || c == 0x130;
    }

    /** A cased letter comes before v[i] and none after it, skipping case-ignorable characters. */
    private static boolean isFinalSigma(char[] v, int i) {
        int j = i;
        boolean before = false;
        while (j > 0) {
            int cp = Character.codePointBefore(v, j, 0);
            j -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                before = isCased(cp);
                break;
            }
        }
        if (!before) {
            return false;
        }
        j = i + 1;
        while (j < v.length) {
            int cp = Character.codePointAt(v, j, v.length);
            j += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL || cp == '\'' || cp == '.'
                || cp == ':' || cp == 0xb7 || cp == 0x387 || cp == 0x2018 || cp == 0x2019 || cp == 0x2024
                || cp == 0x2027;
    }

    public String toLowerCase(Locale locale) {
        return toLowerCase();
    }

    /** Upper case by Unicode's rules for the root locale, some characters becoming several. */
    public String toUpperCase() {
        char[] v = value;
        int n = v.length;
        int i = 0;
        while (i < n) {
            char c = v[i];
            if (c < 0x80 ? (c >= 'a' && c <= 'z') : upperChanges(v, i)) {
                break;
            }
            i++;
        }
        if (i == n) {
            return this;
        }
        StringBuilder sb = new StringBuilder(n + 2);
        sb.append(v, 0, i);
        while (i < n) {
            int cp = Character.codePointAt(v, i, n);
            String expansion = cp >= 0xdf ? CharacterData.upperExpansion(cp) : null;
            if (expansion != null) {
                sb.append(expansion);
            } else {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean upperChanges(char[] v, int i) {
        char c = v[i];
        return Character.isSurrogate(c) || Character.toUpperCase(c) != c || CharacterData.upperExpansion(c) != null;
    }

    public String toUpperCase(Locale locale) {
        return toUpperCase();
    }

    public String trim() {
        char[] v = value;
        int b = 0;
        int e = v.length;
        while (b < e && v[b] <= ' ') {
            b++;
        }
        while (e > b && v[e - 1] <= ' ') {
            e--;
        }
        return substring(b, e);
    }

    public String strip() {
        int b = leadingWhitespace();
        if (b == value.length) {
            return substring(b, b);
        }
        return substring(b, value.length - trailingWhitespace());
    }

    public String stripLeading() {
        return substring(leadingWhitespace());
    }

    public String stripTrailing() {
        return substring(0, value.length - trailingWhitespace());
    }

    /** The lines of this string, split at \n, \r and \r\n, without their terminators. */
    public java.util.stream.Stream<String> lines() {
        java.util.ArrayList<String> out = new java.util.ArrayList<String>();
        int n = value.length, start = 0, i = 0;
        while (i < n) {
            char c = value[i];
            if (c == '\n' || c == '\r') {
                out.add(substring(start, i));
                i += (c == '\r' && i + 1 < n && value[i + 1] == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(substring(start, n));
        }
        return out.stream();
    }

    public boolean isBlank() {
        return leadingWhitespace() == value.length;
    }

    private int leadingWhitespace() {
        int i = 0;
        while (i < value.length) {
            int cp = Character.codePointAt(value, i, value.length);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int trailingWhitespace() {
        int i = value.length;
        while (i > 0) {
            int cp = Character.codePointBefore(value, i, 0);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return value.length - i;
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int n = value.length;
        if (n == 0 || count == 0) {
            return "";
        }
        if ((long) n * count > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] r = new char[n * count];
        for (int k = 0; k < count; k++) {
            System.arraycopy(value, 0, r, k * n, n);
        }
        return new String(r, true);
    }

    public String toString() {
        return this;
    }

    public native String intern();

    public String formatted(Object... args) {
        return Format.format(this, args);
    }

    // ---- Static factories ------------------------------------------------------------------

    public static String format(String format, Object... args) {
        return Format.format(format, args);
    }

    public static String format(Locale l, String format, Object... args) {
        return Format.format(format, args);
    }

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
