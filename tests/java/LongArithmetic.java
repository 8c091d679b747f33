// Checks long arithmetic edge values: overflow, MIN_VALUE / -1, remainder signs, mixing with int.
public class LongArithmetic {
    static long id(long x) { return x; }

    public static void main(String[] args) {
        long max = id(Long.MAX_VALUE);
        long min = id(Long.MIN_VALUE);
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(max * max);
        System.out.println(min * -1L);
        System.out.println(-min);
        System.out.println(min / id(-1));
        System.out.println(min % id(-1));
        System.out.println(Math.abs(min));
        long[] as = {7, -7, 7, -7, 0, 1, -1, 13, 100000000000L, min, max, 3000000000L};
        long[] bs = {2, 2, -2, -2, 5, 3, -3, -5, 7, 3, -3, -7};
        for (int i = 0; i < as.length; i++) {
            long a = as[i], b = bs[i];
            System.out.println(a + " " + b + " add=" + (a + b) + " sub=" + (a - b) + " mul=" + (a * b)
                    + " div=" + (a / b) + " rem=" + (a % b) + " neg=" + (-a));
        }
        int i1 = Integer.MAX_VALUE;
        long l1 = i1 + 1;
        long l2 = i1 + 1L;
        System.out.println(l1 + " " + l2);
        long big = 1L << 40;
        System.out.println(big + " " + (int) big + " " + (int) (big + 5) + " " + (int) (max));
        long acc = 1;
        for (int i = 0; i < 100; i++) {
            acc = acc * 6364136223846793005L + 1442695040888963407L;
        }
        System.out.println(acc);
        long f = 1;
        for (int i = 1; i <= 25; i++) {
            f *= i;
            System.out.print(f + " ");
        }
        System.out.println();
        long x = 10;
        x += 1000000000000L;
        x -= 3;
        x *= -3;
        x /= 7;
        x %= 1000003;
        System.out.println(x);
        System.out.println(Long.MIN_VALUE + Long.MIN_VALUE);
        System.out.println(id(3037000500L) * id(3037000500L));
    }
}
