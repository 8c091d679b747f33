// Checks Float.toString and float string concatenation for many values (shortest repr, exponent thresholds, specials).
public class FloatToStringValues {
    public static void main(String[] args) {
        float[] vals = {0.1f, 0.2f, 0.3f, 1.0f, 100.0f, 1e7f, 9999999f, 1.0e-3f, 0.001f, 1.0e-4f, 1.0E-5f, 123456.79f,
                1e21f, 1e10f, 3.4028235e38f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, Float.NaN,
                -0.0f, 0.0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1 / 3.0f, 2 / 3f, 10 / 3f, -1.5f,
                3.14159265f, 2.7182817f, 1.17549435E-38f, 16777216f, 16777217f, 0.5f, 0.25f, 0.125f, 1e-10f,
                1234567.0f, 12345678.0f, 0.01f, 1.4e-45f, 4.2e-45f, 1.1f, 2.2f, 3.3f, 1.0e6f, 8.0e6f, 1.0e8f, 65504f};
        for (float v : vals) {
            System.out.println(Float.toString(v) + " | " + v + " | " + String.valueOf(v));
        }
        float acc = 0;
        for (int i = 0; i < 10; i++) {
            acc += 0.1f;
            System.out.print(acc + " ");
        }
        System.out.println();
        float p = 1;
        for (int i = 0; i < 15; i++) {
            p *= 7.3f;
            System.out.print(p + " ");
        }
        System.out.println();
        float q = 1;
        for (int i = 0; i < 15; i++) {
            q /= 7.3f;
            System.out.print(q + " ");
        }
        System.out.println();
        System.out.println(Float.floatToIntBits(1.0f) + " " + Float.floatToIntBits(Float.NaN) + " "
                + Float.intBitsToFloat(0x40490fdb) + " " + Float.floatToRawIntBits(-0.0f));
    }
}
