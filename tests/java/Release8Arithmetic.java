// javac: --release 8
// Checks Java 8 class files: mixed int/long/float/double arithmetic, conversions, shifts and division edge cases.
public class Release8Arithmetic {
    static int i(int x) { return x; }
    static long l(long x) { return x; }
    static double d(double x) { return x; }

    public static void main(String[] args) {
        System.out.println((i(Integer.MAX_VALUE) + 1) + " " + (l(Long.MIN_VALUE) - 1) + " " + (i(Integer.MIN_VALUE) / i(-1)) + " "
                + (l(Long.MIN_VALUE) % l(-1)) + " " + (i(-7) % i(3)) + " " + (i(7) % i(-3)) + " " + (i(-7) / i(2)));
        System.out.println((i(1) << 35) + " " + (l(1) << 67) + " " + (i(-16) >> 2) + " " + (i(-16) >>> 28) + " " + (l(-16) >>> 60));
        System.out.println((int) d(1e20) + " " + (long) d(-1e30) + " " + (int) d(Double.NaN) + " " + (byte) i(300) + " " + (short) i(70000)
                + " " + (int) (char) i(-1) + " " + (float) d(0.1) + " " + (int) 3.99f + " " + (int) -3.99);
        System.out.println(d(5.5) % d(-2) + " " + d(-5.5) % d(2) + " " + 1.0f / 0 + " " + d(0.0) / 0.0 + " " + (0.1 + 0.2) + " " + 1.0 / 3);
        try {
            System.out.println(i(1) / i(0));
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        double nan = d(Double.NaN);
        System.out.println((nan < 1) + " " + (nan > 1) + " " + (nan == nan) + " " + (nan != nan) + " " + Double.compare(nan, 1));
        long acc = 17;
        for (int k = 0; k < 1000; k++) acc = acc * 31 + (acc >>> 7) ^ k;
        System.out.println(acc);
        int sw = 0;
        for (int k = -5; k < 70; k++) {
            switch (k) {
                case -5: sw += 1; break;
                case 0: sw += 10; break;
                case 1: case 2: case 3: sw += 100; break;
                case 64: sw += 1000; break;
                default: sw -= 1;
            }
        }
        System.out.println(sw);
        byte b = 10;
        b += 250;
        char c = 'a';
        c += 2;
        short s = 1;
        s <<= 15;
        System.out.println(b + " " + c + " " + s);
    }
}
