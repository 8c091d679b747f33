// Checks every primitive conversion: i2l, i2f, i2d, l2i, l2f, l2d, f2d, d2f (rounding, overflow to Infinity, underflow).
public class PrimitiveConversions {
    static int id(int x) { return x; }
    static long idl(long x) { return x; }

    public static void main(String[] args) {
        int[] is = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217, 16777219, -16777217, 123456789};
        for (int i0 : is) {
            int i = id(i0);
            long l = i;
            float f = i;
            double d = i;
            System.out.println("int " + i + " -> long " + l + " float " + f + " double " + d + " f2i " + (int) f);
        }
        long[] ls = {0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L, 9007199254740995L,
                (1L << 53) + 1, -(1L << 60) - 1, 123456789012345L, 0x7FFFFF8000000001L};
        for (long l0 : ls) {
            long l = idl(l0);
            System.out.println("long " + l + " -> int " + (int) l + " float " + (float) l + " double " + (double) l
                    + " d2l " + (long) (double) l);
        }
        double[] ds = {0.1, 1e40, -1e40, 1e-46, -1e-46, 3.4028235677973366E38, 3.4028235677973367E38,
                1.401298464324817E-45, 7.006492321624085E-46, 7.006492321624087E-46, Math.PI, 1.0000000596046448,
                1.0000000596046449, Double.NaN, Double.MIN_VALUE};
        for (double d : ds) {
            float f = (float) d;
            double back = f;
            System.out.println("double " + d + " -> float " + f + " -> double " + back);
        }
        char c = 'A';
        int ci = c;
        long cl = c;
        float cf = c;
        double cd = c;
        System.out.println(ci + " " + cl + " " + cf + " " + cd);
        short s = -300;
        byte b = -7;
        System.out.println((long) s + " " + (float) s + " " + (double) b + " " + (int) (char) b);
        float big = 1e20f;
        long lb = (long) big;
        System.out.println(lb + " " + (int) big + " " + (double) big);
        System.out.println((int) 'z' + " " + (char) 97 + " " + (char) (int) 98.9 + " " + (byte) 'A' + " " + (short) 'B');
    }
}
