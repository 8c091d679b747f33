// Checks f2i/f2l/d2i/d2l saturation at the integer bounds, NaN converting to 0, and truncation toward zero.
public class FloatToIntConversions {
    public static void main(String[] args) {
        float[] fs = {0.0f, -0.0f, 1.5f, -1.5f, 2.5f, -2.5f, 0.999f, -0.999f, 1e10f, -1e10f, 3e38f, -3e38f,
                Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MAX_VALUE, Float.MIN_VALUE,
                2147483647f, 2147483648f, -2147483648f, -2147483904f, 9.223372e18f, 1.0e19f, -1.0e19f, 16777217f};
        for (float f : fs) {
            System.out.println("f=" + f + " i=" + (int) f + " l=" + (long) f + " s=" + (short) f + " b=" + (byte) f
                    + " c=" + (int) (char) f);
        }
        double[] ds = {0.0, -0.0, 1.5, -1.5, 2.5, -2.5, 0.9999999, -0.9999999, 1e10, -1e10, 1e300, -1e300,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE,
                2147483647.0, 2147483647.9, 2147483648.0, -2147483648.5, -2147483649.0, 9.223372036854775807e18,
                -9.223372036854775808e18, 1e19, -1e19, 4294967296.5, 65535.9, 65536.0, -1.0, 128.7, -129.2};
        for (double d : ds) {
            System.out.println("d=" + d + " i=" + (int) d + " l=" + (long) d + " s=" + (short) d + " b=" + (byte) d
                    + " c=" + (int) (char) d + " f=" + (float) d);
        }
    }
}
