// Checks Double.toString and double string concatenation for many values (shortest repr, exponent thresholds, specials).
public class DoubleToStringValues {
    public static void main(String[] args) {
        double[] vals = {0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, 100.0, 1e7, 9999999.0, 1.0e-3, 0.001, 1.0e-4, 1.0E-5,
                123456.789, 1e21, 1e22, 1e23, 1e10, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.NaN,
                -0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1 / 3.0, 2 / 3.0, 10 / 3.0, -1.5,
                Math.PI, Math.E, 4.9e-324, 9007199254740992.0, 9007199254740993.0, 0.5, 1e-10, 1234567.0,
                12345678.0, 0.01, 1.1, 2.2, 3.3, 1e6, 1e8, 1e100, 1e-100, 123456789012345678.0, 2e-3, 5e-5,
                1.7976931348623157E308, 2.2250738585072014E-308, 100.5, 1.0E15, 1.0E16, 1e17, 0.30000000000000004};
        for (double v : vals) {
            System.out.println(Double.toString(v) + " | " + v + " | " + String.valueOf(v));
        }
        double acc = 0;
        for (int i = 0; i < 10; i++) {
            acc += 0.1;
            System.out.print(acc + " ");
        }
        System.out.println();
        double p = 1;
        for (int i = 0; i < 25; i++) {
            p *= 13.7;
            System.out.print(p + " ");
        }
        System.out.println();
        double q = 1;
        for (int i = 0; i < 25; i++) {
            q /= 13.7;
            System.out.print(q + " ");
        }
        System.out.println();
        System.out.println(Double.doubleToLongBits(1.0) + " " + Double.doubleToLongBits(Double.NaN) + " "
                + Double.longBitsToDouble(0x400921fb54442d18L) + " " + Double.doubleToRawLongBits(-0.0));
        System.out.println((float) 0.1 + " " + (double) 0.1f + " " + (double) (float) Math.PI);
    }
}
