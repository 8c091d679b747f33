// Checks hand-rolled arbitrary-precision arithmetic on int[] limbs: factorials, powers of two, Fibonacci; long multiply/carry handling.
public class BigNumberArithmetic {
    static final int BASE = 1_000_000_000;

    static int[] mulSmall(int[] a, int m) {
        int[] r = new int[a.length + 2];
        long carry = 0;
        int i = 0;
        for (; i < a.length; i++) {
            long cur = (long) a[i] * m + carry;
            r[i] = (int) (cur % BASE);
            carry = cur / BASE;
        }
        while (carry > 0) {
            r[i++] = (int) (carry % BASE);
            carry /= BASE;
        }
        return trim(r);
    }

    static int[] add(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] r = new int[n + 1];
        int carry = 0;
        for (int i = 0; i < n; i++) {
            int s = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0) + carry;
            carry = s >= BASE ? 1 : 0;
            r[i] = s - carry * BASE;
        }
        r[n] = carry;
        return trim(r);
    }

    static int[] mul(int[] a, int[] b) {
        long[] acc = new long[a.length + b.length + 1];
        for (int i = 0; i < a.length; i++) {
            long carry = 0;
            for (int j = 0; j < b.length; j++) {
                long cur = acc[i + j] + (long) a[i] * b[j] + carry;
                acc[i + j] = cur % BASE;
                carry = cur / BASE;
            }
            int k = i + b.length;
            while (carry > 0) {
                long cur = acc[k] + carry;
                acc[k] = cur % BASE;
                carry = cur / BASE;
                k++;
            }
        }
        int[] r = new int[acc.length];
        for (int i = 0; i < acc.length; i++) r[i] = (int) acc[i];
        return trim(r);
    }

    static int[] trim(int[] r) {
        int n = r.length;
        while (n > 1 && r[n - 1] == 0) n--;
        int[] t = new int[n];
        System.arraycopy(r, 0, t, 0, n);
        return t;
    }

    static String str(int[] a) {
        StringBuilder sb = new StringBuilder(Integer.toString(a[a.length - 1]));
        for (int i = a.length - 2; i >= 0; i--) sb.append(String.format("%09d", a[i]));
        return sb.toString();
    }

    static int digitSum(String s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) d += s.charAt(i) - '0';
        return d;
    }

    public static void main(String[] args) {
        int[] f = {1};
        for (int i = 2; i <= 100; i++) f = mulSmall(f, i);
        String fs = str(f);
        System.out.println("100! = " + fs);
        System.out.println("digits " + fs.length() + " digit sum " + digitSum(fs));
        int[] p = {1};
        for (int i = 0; i < 256; i++) p = mulSmall(p, 2);
        System.out.println("2^256 = " + str(p));
        int[] a = {0}, b = {1};
        for (int i = 0; i < 300; i++) {
            int[] c = add(a, b);
            a = b;
            b = c;
        }
        System.out.println("fib(300) = " + str(a));
        int[] sq = mul(p, p);
        System.out.println("2^512 = " + str(sq));
        int[] x = {123456789, 987654321};
        System.out.println(str(mul(x, x)) + " " + str(mul(new int[]{0}, x)));
    }
}
