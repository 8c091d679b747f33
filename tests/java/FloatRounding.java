// Checks float and double rounding: accumulated error, strictfp-like results, float vs double precision, fused order.
public class FloatRounding {
    static float f(float x) { return x; }
    static double d(double x) { return x; }

    public static void main(String[] args) {
        System.out.println(f(0.1f) + f(0.2f));
        System.out.println(d(0.1) + d(0.2));
        System.out.println(d(0.1) * 3);
        System.out.println(f(0.1f) * 3);
        System.out.println(d(1.0) - d(0.9));
        System.out.println(f(1.0f) - f(0.9f));
        System.out.println(d(1e16) + 1);
        System.out.println(f(1e8f) + 1);
        System.out.println(d(1) / d(3) * 3);
        System.out.println(f(1) / f(3) * 3);
        System.out.println(d(2) / 3);
        System.out.println(f(2) / 3);
        System.out.println(d(1e308) * 10);
        System.out.println(d(1e-308) / 1e10);
        System.out.println(f(1e38f) * 10);
        System.out.println(f(1e-38f) / 1e10f);
        System.out.println(d(Double.MIN_VALUE) / 2);
        System.out.println(f(Float.MIN_VALUE) / 2);
        System.out.println(d(Double.MIN_VALUE) * 0.5000001);
        System.out.println(d(3) * d(Double.MIN_VALUE) / 2);
        float fsum = 0;
        double dsum = 0;
        for (int i = 1; i <= 1000; i++) {
            fsum += 1.0f / i;
            dsum += 1.0 / i;
        }
        System.out.println(fsum + " " + dsum);
        float fprod = 1;
        for (int i = 0; i < 50; i++) {
            fprod = fprod * 1.1f - 0.05f;
        }
        System.out.println(fprod);
        double x = 0.1;
        for (int i = 0; i < 20; i++) {
            x = x * x + 0.25;
        }
        System.out.println(x);
        float mixed = 1.0f;
        double r = mixed / 3 + 1.0 / 3;
        System.out.println(r);
        System.out.println((float) (d(0.1) + d(0.2)) + " " + (double) (f(0.1f) + f(0.2f)));
        System.out.println(-d(0.0) + " " + (0.0 - d(0.0)) + " " + (-0.0 + 0.0) + " " + (-0.0 * 5) + " " + (-f(0.0f)));
        System.out.println(d(Double.POSITIVE_INFINITY) - d(Double.POSITIVE_INFINITY));
        System.out.println(d(Double.POSITIVE_INFINITY) * 0);
        System.out.println(f(Float.NEGATIVE_INFINITY) * -1);
        double big = 123456789.123456789;
        System.out.println(big + " " + (float) big + " " + (big * big) + " " + (big / 7));
        int i = 16777217;
        float fi = i;
        System.out.println(fi + " " + (int) fi);
        long l = Long.MAX_VALUE;
        double dl = l;
        System.out.println(dl + " " + (long) dl + " " + ((long) dl == l));
    }
}
