// Checks frem/drem: sign follows the dividend, infinite/NaN/zero operands, fractional remainders.
public class FloatRemainder {
    static double d(double x) { return x; }
    static float f(float x) { return x; }

    public static void main(String[] args) {
        double[] as = {5.5, -5.5, 5.5, -5.5, 10.0, 1.0, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                3.0, -3.0, Double.NaN, 1e300, 0.3, 7.0, 1e-300};
        double[] bs = {2.0, 2.0, -2.0, -2.0, 3.0, 0.0, 5.0, 5.0, 2.0, 2.0, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 2.0, 3.7, 0.1, 0.5, 3e-301};
        for (int i = 0; i < as.length; i++) {
            System.out.println("drem " + as[i] + " % " + bs[i] + " = " + (d(as[i]) % d(bs[i])));
        }
        float[] fa = {5.5f, -5.5f, 5.5f, -5.5f, 10.0f, 1.0f, 0.0f, -0.0f, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, 3.0f, -3.0f, Float.NaN, 1e30f, 0.3f, 7.25f};
        float[] fb = {2.0f, 2.0f, -2.0f, -2.0f, 3.0f, 0.0f, 5.0f, 5.0f, 2.0f, 2.0f, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, 2.0f, 3.7f, 0.1f, 0.5f};
        for (int i = 0; i < fa.length; i++) {
            System.out.println("frem " + fa[i] + " % " + fb[i] + " = " + (f(fa[i]) % f(fb[i])));
        }
        double x = 100.0;
        x %= 7.5;
        System.out.println(x);
        float y = -100.0f;
        y %= 7.5f;
        System.out.println(y);
    }
}
