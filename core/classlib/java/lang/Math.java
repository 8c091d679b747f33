// Arithmetic helpers; the elementary functions are StrictMath's (computed by the VM).
package java.lang;

public final class Math {
    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;

    private static final double DEGREES_TO_RADIANS = PI / 180.0;
    private static final double RADIANS_TO_DEGREES = 180.0 / PI;
    private static final long DOUBLE_SIGN = 0x8000000000000000L;
    private static final int FLOAT_SIGN = 0x80000000;

    private Math() {
    }

    public static double sin(double a) {
        return StrictMath.sin(a);
    }

    public static double cos(double a) {
        return StrictMath.cos(a);
    }

    public static double tan(double a) {
        return StrictMath.tan(a);
    }

    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    public static double exp(double a) {
        return StrictMath.exp(a);
    }

    public static double log(double a) {
        return StrictMath.log(a);
    }

    public static double log10(double a) {
        return StrictMath.log10(a);
    }

    public static double sqrt(double a) {
        return StrictMath.sqrt(a);
    }

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double floor(double a) {
        return StrictMath.floor(a);
    }

    public static double ceil(double a) {
        return StrictMath.ceil(a);
    }

    public static double rint(double a) {
        return StrictMath.rint(a);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static double pow(double a, double b) {
        return StrictMath.pow(a, b);
    }

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }

    /** a * b + c with a single rounding (computed by the VM, e.g. with C's fma). */
    public static native double fma(double a, double b, double c);

    /**
     * a * b + c with a single rounding. The product is exact in double; the sum is exact as
     * a double plus its rounding error, which decides the one case where rounding the double
     * sum to float would go wrong: a sum exactly halfway between two floats.
     */
    public static float fma(float a, float b, float c) {
        double p = (double) a * (double) b;
        double s = p + c;
        float f = (float) s;
        if (s - s != 0) {
            return f; // NaN or infinite
        }
        double back = s - p;
        double err = (p - (s - back)) + (c - back);
        if (f == Float.POSITIVE_INFINITY || f == Float.NEGATIVE_INFINITY) {
            // Overflowed: only a sum exactly halfway to 2^128 may belong to MAX_VALUE instead.
            boolean halfway = abs(s) == (double) Float.MAX_VALUE + ulp(Float.MAX_VALUE) / 2.0;
            return halfway && (err > 0) != (s > 0) ? copySign(Float.MAX_VALUE, f) : f;
        }
        double diff = s - f;
        if (err != 0 && diff != 0) {
            float other = diff > 0 ? nextUp(f) : nextDown(f);
            if (abs(diff) * 2 == abs((double) other - f) && (err > 0) == (diff > 0)) {
                return other;
            }
        }
        return f;
    }

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    // ---- Rounding --------------------------------------------------------------------------

    /** floor(a + 1/2) computed exactly; NaN gives 0 and out-of-range values saturate. */
    public static long round(double a) {
        double f = StrictMath.floor(a);
        if (a - f >= 0.5) {
            f += 1.0;
        }
        return (long) f;
    }

    public static int round(float a) {
        float f = (float) StrictMath.floor(a);
        if (a - f >= 0.5f) {
            f += 1.0f;
        }
        return (int) f;
    }

    // ---- Absolute value, min and max -------------------------------------------------------

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static float abs(float a) {
        return (a <= 0.0f) ? 0.0f - a : a;
    }

    public static double abs(double a) {
        return (a <= 0.0) ? 0.0 - a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    /** NaN wins; of two zeros, 0.0 is the larger. */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(a) == FLOAT_SIGN ? b : a;
        }
        return (a >= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(a) == DOUBLE_SIGN ? b : a;
        }
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    /** NaN wins; of two zeros, -0.0 is the smaller. */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(b) == FLOAT_SIGN ? b : a;
        }
        return (a <= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(b) == DOUBLE_SIGN ? b : a;
        }
        return (a <= b) ? a : b;
    }

    // ---- Exact integer arithmetic ----------------------------------------------------------

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = abs(x);
        long ay = abs(y);
        if (((ax | ay) >>> 31 != 0)
                && (((y != 0) && (r / y != x)) || (x == Long.MIN_VALUE && y == -1))) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** The high 64 bits of the 128-bit product x * y. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xffffffffL;
        long y1 = y >> 32;
        long y2 = y & 0xffffffffL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xffffffffL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    // ---- Floating-point structure ---------------------------------------------------------

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & DOUBLE_SIGN)
                | (Double.doubleToRawLongBits(magnitude) & ~DOUBLE_SIGN));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & FLOAT_SIGN)
                | (Float.floatToRawIntBits(magnitude) & ~FLOAT_SIGN));
    }

    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7ff) - 1023;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> 23) & 0xff) - 127;
    }

    /** The gap between |d| and the next double away from zero. */
    public static double ulp(double d) {
        double a = abs(d);
        if (a != a || a == Double.POSITIVE_INFINITY) {
            return a;
        }
        if (a == Double.MAX_VALUE) {
            return 0x1.0p971;
        }
        return nextUp(a) - a;
    }

    public static float ulp(float f) {
        float a = abs(f);
        if (a != a || a == Float.POSITIVE_INFINITY) {
            return a;
        }
        if (a == Float.MAX_VALUE) {
            return 0x1.0p104f;
        }
        return nextUp(a) - a;
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d >= 0.0 ? 1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f >= 0.0f ? 1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d > 0.0 ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f > 0.0f ? -1 : 1));
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return direction;
        }
        return start + direction;
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    /** 2^n for -1074 <= n <= 1023, exactly. */
    private static double powerOfTwo(int n) {
        if (n >= -1022) {
            return Double.longBitsToDouble((long) (n + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (n + 1074));
    }

    /** d * 2^scaleFactor, rounded once. */
    public static double scalb(double d, int scaleFactor) {
        if (d == 0.0 || d != d || d == Double.POSITIVE_INFINITY || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        // Split d = m * 2^e with 1 <= |m| < 2 (exact), then scale m in one multiplication.
        int e = getExponent(d);
        if (e == Double.MIN_EXPONENT - 1) {
            d *= 0x1.0p54;
            e = getExponent(d) - 54;
        }
        double m = d * powerOfTwo(-getExponent(d));
        long target = (long) e + scaleFactor;
        if (target > Double.MAX_EXPONENT) {
            return copySign(Double.POSITIVE_INFINITY, d);
        }
        if (target >= -1074) {
            return m * powerOfTwo((int) target);
        }
        if (target == -1075 && abs(m) != 1.0) {
            return copySign(Double.MIN_VALUE, d);
        }
        return copySign(0.0, d);
    }

    public static float scalb(float f, int scaleFactor) {
        int s = Math.max(Math.min(scaleFactor, 278), -278);
        return (float) ((double) f * powerOfTwo(s));
    }

    // ---- Random ----------------------------------------------------------------------------

    /**
     * Math.random's generator, made on first use. Its seed is fixed (HotSpot seeds it from
     * the clock) so that a simulated run is reproducible.
     */
    private static final class RandomHolder {
        static final java.util.Random GENERATOR = new java.util.Random(42);
    }

    public static double random() {
        return RandomHolder.GENERATOR.nextDouble();
    }
}
