// Read-only sequences of chars: String, StringBuilder, StringBuffer.
package java.lang;

public interface CharSequence {
    int length();

    char charAt(int index);

    default boolean isEmpty() {
        return length() == 0;
    }

    CharSequence subSequence(int start, int end);

    String toString();

    @SuppressWarnings("unchecked")
    static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
            return ((Comparable<Object>) cs1).compareTo(cs2);
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }

    /** The chars as an IntStream (read when the stream runs, as the JDK's are). */
    default java.util.stream.IntStream chars() {
        final CharSequence cs = this;
        return java.util.stream.IntStream.range(0, length()).map(new java.util.function.IntUnaryOperator() {
            @Override
            public int applyAsInt(int i) {
                return cs.charAt(i);
            }
        });
    }

    /** The code points as an IntStream: a surrogate pair is one code point. */
    default java.util.stream.IntStream codePoints() {
        int n = length();
        int[] cps = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(charAt(i + 1))) {
                cps[k++] = Character.toCodePoint(c, charAt(++i));
            } else {
                cps[k++] = c;
            }
        }
        return java.util.stream.IntStream.of(java.util.Arrays.copyOf(cps, k));
    }
}
