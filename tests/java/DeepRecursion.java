// Checks moderately deep (non-overflowing) recursion: Ackermann, mutual recursion, recursion with many arguments and long/double frames.
public class DeepRecursion {
    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }

    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static long sumLong(long n, double scale, int a, int b, long c) {
        if (n == 0) return c + a + b;
        return sumLong(n - 1, scale * 1.0, a + 1, b - 1, c + (long) (n * scale));
    }

    static double harmonic(int n) { return n == 0 ? 0 : 1.0 / n + harmonic(n - 1); }

    static String build(int n) { return n == 0 ? "" : build(n - 1) + (char) ('a' + n % 26); }

    static int hanoi(int n, int from, int to, int via) {
        if (n == 0) return 0;
        return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from);
    }

    public static void main(String[] args) {
        System.out.println(ack(2, 3) + " " + ack(3, 3) + " " + ack(3, 5));
        System.out.println(isEven(2000) + " " + isOdd(2001) + " " + isEven(1999));
        System.out.println(sumLong(3000, 2.0, 0, 0, 0));
        System.out.println(harmonic(3000));
        String s = build(1500);
        System.out.println(s.length() + " " + s.substring(0, 30) + " " + s.hashCode());
        System.out.println(hanoi(16, 1, 3, 2));
    }
}
