// The growable character buffer behind StringBuilder and StringBuffer.
package java.lang;

import djsim.rt.FloatingText;

abstract class AbstractStringBuilder implements Appendable, CharSequence {
    private static final int SOFT_MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    char[] value;
    int count;

    AbstractStringBuilder(int capacity) {
        value = new char[capacity];
    }

    AbstractStringBuilder(String str) {
        int n = str.length();
        value = new char[n < Integer.MAX_VALUE - 16 ? n + 16 : Integer.MAX_VALUE];
        append(str);
    }

    AbstractStringBuilder(CharSequence seq) {
        int n = seq.length();
        value = new char[n < Integer.MAX_VALUE - 16 ? n + 16 : Integer.MAX_VALUE];
        append(seq);
    }

    // ---- Capacity --------------------------------------------------------------------------

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) {
            ensureCapacityInternal(minimumCapacity);
        }
    }

    /** Grows to max(minCapacity, 2 * capacity + 2), the JDK's rule, which capacity() shows. */
    final void ensureCapacityInternal(int minCapacity) {
        int old = value.length;
        if (minCapacity - old <= 0) {
            return;
        }
        int growth = minCapacity - old;
        int pref = old + Math.max(growth, old + 2);
        int n;
        if (pref > 0 && pref <= SOFT_MAX_ARRAY_LENGTH) {
            n = pref;
        } else {
            int min = old + growth;
            if (min < 0) {
                throw new OutOfMemoryError("Required array length " + old + " + " + growth + " is too large");
            }
            n = Math.max(min, SOFT_MAX_ARRAY_LENGTH);
        }
        char[] v = new char[n];
        System.arraycopy(value, 0, v, 0, count);
        value = v;
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] v = new char[count];
            System.arraycopy(value, 0, v, 0, count);
            value = v;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacityInternal(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = '\0';
        }
        count = newLength;
    }

    // ---- Checks ----------------------------------------------------------------------------

    static void checkRangeSIOOBE(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                    "start " + start + ", end " + end + ", length " + length);
        }
    }

    static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException(
                    "start " + start + ", end " + end + ", length " + length);
        }
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }

    // ---- Reading ---------------------------------------------------------------------------

    public char charAt(int index) {
        String.checkIndex(index, count);
        return value[index];
    }

    public int codePointAt(int index) {
        String.checkIndex(index, count);
        return Character.codePointAt(value, index, count);
    }

    public int codePointBefore(int index) {
        if (index - 1 < 0 || index - 1 >= count) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > count || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(value, 0, count, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        checkRange(dstBegin, dstBegin + n, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, n);
    }

    public void setCharAt(int index, char ch) {
        String.checkIndex(index, count);
        value[index] = ch;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        return new String(String.copyOf(value, start, end - start), true);
    }

    public int indexOf(String str) {
        return String.indexOf(value, count, str.valueArray(), 0);
    }

    public int indexOf(String str, int fromIndex) {
        return String.indexOf(value, count, str.valueArray(), fromIndex);
    }

    public int lastIndexOf(String str) {
        return String.lastIndexOf(value, count, str.valueArray(), count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(value, count, str.valueArray(), fromIndex);
    }

    public abstract String toString();

    /** Lexicographic comparison, for StringBuilder.compareTo and StringBuffer.compareTo. */
    int compareTo(AbstractStringBuilder another) {
        if (this == another) {
            return 0;
        }
        char[] a = value;
        char[] b = another.value;
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return count - another.count;
    }

    // ---- Appending -------------------------------------------------------------------------

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        char[] s = str.valueArray();
        int n = s.length;
        ensureCapacityInternal(count + n);
        System.arraycopy(s, 0, value, count, n);
        count += n;
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        return append((AbstractStringBuilder) sb);
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null) {
            return appendNull();
        }
        int n = asb.count;
        ensureCapacityInternal(count + n);
        System.arraycopy(asb.value, 0, value, count, n);
        count += n;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String) {
            return append((String) s);
        }
        if (s instanceof AbstractStringBuilder) {
            return append((AbstractStringBuilder) s);
        }
        return append(s, 0, s.length());
    }

    private AbstractStringBuilder appendNull() {
        ensureCapacityInternal(count + 4);
        char[] v = value;
        int c = count;
        v[c] = 'n';
        v[c + 1] = 'u';
        v[c + 2] = 'l';
        v[c + 3] = 'l';
        count = c + 4;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkRange(start, end, s.length());
        int n = end - start;
        ensureCapacityInternal(count + n);
        if (s instanceof String) {
            System.arraycopy(((String) s).valueArray(), start, value, count, n);
        } else {
            for (int i = start; i < end; i++) {
                value[count + i - start] = s.charAt(i);
            }
        }
        count += n;
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        int n = str.length;
        ensureCapacityInternal(count + n);
        System.arraycopy(str, 0, value, count, n);
        count += n;
        return this;
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        checkRange(offset, offset + len, str.length);
        ensureCapacityInternal(count + len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public AbstractStringBuilder append(char c) {
        int n = count;
        if (n == value.length) {
            ensureCapacityInternal(n + 1);
        }
        value[n] = c;
        count = n + 1;
        return this;
    }

    public AbstractStringBuilder append(int i) {
        int end = count + Integer.stringSize(i);
        ensureCapacityInternal(end);
        Integer.getChars(i, end, value);
        count = end;
        return this;
    }

    public AbstractStringBuilder append(long l) {
        int end = count + Long.stringSize(l);
        ensureCapacityInternal(end);
        Long.getChars(l, end, value);
        count = end;
        return this;
    }

    public AbstractStringBuilder append(float f) {
        return append(FloatingText.floatToString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(FloatingText.doubleToString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw Character.invalidCodePoint(codePoint);
        }
        ensureCapacityInternal(count + 2);
        value[count] = Character.highSurrogate(codePoint);
        value[count + 1] = Character.lowSurrogate(codePoint);
        count += 2;
        return this;
    }

    // ---- Editing ---------------------------------------------------------------------------

    public AbstractStringBuilder delete(int start, int end) {
        int n = count;
        if (end > n) {
            end = n;
        }
        checkRangeSIOOBE(start, end, n);
        int len = end - start;
        if (len > 0) {
            System.arraycopy(value, end, value, start, n - end);
            count = n - len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        String.checkIndex(index, count);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        int n = count;
        if (end > n) {
            end = n;
        }
        checkRangeSIOOBE(start, end, n);
        char[] s = str.valueArray();
        int newCount = n + s.length - (end - start);
        ensureCapacityInternal(newCount);
        System.arraycopy(value, end, value, start + s.length, n - end);
        System.arraycopy(s, 0, value, start, s.length);
        count = newCount;
        return this;
    }

    /** Opens a gap of `len` characters at `offset` (already checked). */
    private void openGap(int offset, int len) {
        ensureCapacityInternal(count + len);
        System.arraycopy(value, offset, value, offset + len, count - offset);
        count += len;
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index, count);
        checkRangeSIOOBE(offset, offset + len, str.length);
        openGap(index, len);
        System.arraycopy(str, offset, value, index, len);
        return this;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        checkOffset(offset, count);
        if (str == null) {
            str = "null";
        }
        char[] s = str.valueArray();
        openGap(offset, s.length);
        System.arraycopy(s, 0, value, offset, s.length);
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        checkOffset(offset, count);
        int len = str.length;
        openGap(offset, len);
        System.arraycopy(str, 0, value, offset, len);
        return this;
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) {
            s = "null";
        }
        if (s instanceof String) {
            return insert(dstOffset, (String) s);
        }
        return insert(dstOffset, s, 0, s.length());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkOffset(dstOffset, count);
        checkRange(start, end, s.length());
        int len = end - start;
        openGap(dstOffset, len);
        for (int i = start; i < end; i++) {
            value[dstOffset++] = s.charAt(i);
        }
        return this;
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, char c) {
        checkOffset(offset, count);
        openGap(offset, 1);
        value[offset] = c;
        return this;
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    /** Reverses the characters, keeping each surrogate pair in order. */
    public AbstractStringBuilder reverse() {
        char[] v = value;
        int n = count;
        boolean surrogates = false;
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            char a = v[i];
            char b = v[j];
            v[i] = b;
            v[j] = a;
            if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
                surrogates = true;
            }
        }
        if (surrogates || (n % 2 == 1 && Character.isSurrogate(v[n / 2]))) {
            for (int i = 0; i < n - 1; i++) {
                if (Character.isLowSurrogate(v[i]) && Character.isHighSurrogate(v[i + 1])) {
                    char t = v[i];
                    v[i] = v[i + 1];
                    v[i + 1] = t;
                    i++;
                }
            }
        }
        return this;
    }
}
