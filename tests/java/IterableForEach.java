// Checks for-each over a user-defined java.lang.Iterable (custom Iterator), nested iteration, early break, and Iterable.forEach default.
import java.util.Iterator;

public class IterableForEach {
    static final class Range implements Iterable<Integer> {
        final int lo, hi, step;

        Range(int lo, int hi, int step) {
            this.lo = lo;
            this.hi = hi;
            this.step = step;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int cur = lo;

                public boolean hasNext() { return step > 0 ? cur < hi : cur > hi; }

                public Integer next() {
                    int v = cur;
                    cur += step;
                    return v;
                }
            };
        }
    }

    static final class Chars implements Iterable<Character> {
        final String s;

        Chars(String s) { this.s = s; }

        public Iterator<Character> iterator() {
            return new Iterator<Character>() {
                int i;

                public boolean hasNext() { return i < s.length(); }

                public Character next() { return s.charAt(i++); }
            };
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int v : new Range(0, 10, 3)) sb.append(v).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (Integer v : new Range(10, 0, -4)) sb.append(v).append(' ');
        System.out.println(sb);
        int pairs = 0;
        for (int a : new Range(0, 5, 1)) for (int b : new Range(a, 5, 1)) pairs += a * b;
        System.out.println(pairs);
        sb.setLength(0);
        for (char c : new Chars("iterate")) {
            if (c == 'a') break;
            sb.append(Character.toUpperCase(c));
        }
        System.out.println(sb);
        int[] total = {0};
        new Range(1, 101, 1).forEach(v -> total[0] += v);
        System.out.println(total[0]);
        Iterator<Integer> it = new Range(0, 2, 1).iterator();
        System.out.println(it.next() + " " + it.next() + " " + it.hasNext());
        Iterable<String> lambdaIterable = () -> new Iterator<String>() {
            int n = 3;

            public boolean hasNext() { return n > 0; }

            public String next() { return "n" + n--; }
        };
        for (String s : lambdaIterable) System.out.print(s + " ");
        System.out.println();
    }
}
