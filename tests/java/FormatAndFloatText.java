// Golden-output test of Double/Float toString, parseDouble/parseFloat and String.format (expected output: HotSpot's).
public class FormatAndFloatText {
    // Deterministic 64-bit linear congruential generator (Knuth's MMIX constants),
    // so the test needs nothing beyond the formatting API under test.
    static long seed = 0x2545F4914F6CDD1DL;

    static long next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed;
    }

    static int nextInt(int bound) {
        return (int) ((next() >>> 33) % bound);
    }

    static void line(String a, String b) {
        System.out.println(String.format("%s -> %s", a, b));
    }

    static void d(double v) {
        System.out.println(Double.toString(v));
    }

    static void f(float v) {
        System.out.println(Float.toString(v));
    }

    static void pd(String s) {
        String r;
        try {
            r = Double.toString(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            r = String.valueOf(e);
        } catch (NullPointerException e) {
            r = "NullPointerException";
        }
        line(String.format("parseDouble[%s]", s), r);
    }

    static void pf(String s) {
        String r;
        try {
            r = Float.toString(Float.parseFloat(s));
        } catch (NumberFormatException e) {
            r = String.valueOf(e);
        } catch (NullPointerException e) {
            r = "NullPointerException";
        }
        line(String.format("parseFloat[%s]", s), r);
    }

    static void fmt(String format, Object... args) {
        String r;
        try {
            r = String.format("[%s]", String.format(format, args));
        } catch (IllegalArgumentException e) {
            r = String.valueOf(e);
        }
        line(format, r);
    }

    public static void main(String[] args) {
        System.out.println("== Double.toString: fixed values");
        double[] ds = {
            0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
            2.225073858507201E-308, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3,
            0.001, 0.0009999999999999998, 0.0010000000000000002, 1e-4, 1e-5, 2e-3, 0.002,
            9999999.0, 9999999.999999998, 1e7, 10000000.000000002, 1e10, 1e21, 1e22, 1e23, 2e23,
            8.41e21, 5e-324, 1.7976931348623157E308, 4.35, 0.15, 2.675, 1.005, 100.0, 123456.789,
            123456789012345678.0, 9007199254740993.0, 9.223372036854776E18, 1.8446744073709552E19,
            Math.PI, Math.E, 1e-300, 1e300, 3.4028235e38, 1.401298464324817E-45,
            // Doubles whose neighbour midpoint is a short decimal: exact ties in digit generation.
            Double.longBitsToDouble(0x45e7d120b7ac7f56L), Double.longBitsToDouble(0x455e59393acb7debL),
            Double.longBitsToDouble(0x45713201139e2c08L), Double.longBitsToDouble(0x457b1c3f286e1404L),
            Double.longBitsToDouble(0x459bea0a9ad8a0b5L), Double.longBitsToDouble(0xc5e7d120b7ac7f56L),
        };
        for (int i = 0; i < ds.length; i++) {
            d(ds[i]);
        }
        System.out.println("== Double.toString: powers of ten and two, with neighbours");
        for (int e = -325; e <= 309; e += 7) {
            double v = Double.parseDouble(String.format("1e%d", e));
            d(v);
            d(Math.nextUp(v));
        }
        double p2 = 1.0;
        for (int e = 0; e < 1100; e += 37) {
            d(p2);
            p2 = p2 * 137438953472.0; // 2^37
        }
        System.out.println("== Double.toString: generated bit patterns");
        for (int i = 0; i < 120; i++) {
            d(Double.longBitsToDouble(next()));
        }
        System.out.println("== Double.toString: generated decimal-ish values");
        for (int i = 0; i < 60; i++) {
            long m = next() >>> 11;
            double v = (double) (m % 100000000) / 1000.0;
            d(v);
        }

        System.out.println("== Float.toString");
        float[] fs = {
            0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
            Float.MAX_VALUE, Float.MIN_NORMAL, 1e10f, 1e-5f, 0.1f, 0.2f, 0.3f, 1.0f / 3, 16777216f,
            16777217f, 33554432f, 1e7f, 9999999f, 0.001f, 1.17549435E-38f, 3.4028235e38f,
            123456.7f, 1.0E-10f, 8.5E9f, 6.0E18f, 9.223372E18f, 1.0E20f, 2.5E-44f,
        };
        for (int i = 0; i < fs.length; i++) {
            f(fs[i]);
        }
        for (int i = 0; i < 80; i++) {
            f(Float.intBitsToFloat((int) (next() >>> 32)));
        }

        System.out.println("== parseDouble / parseFloat");
        String[] ps = {
            "0", "-0", "+1", "1.", ".5", "1e5", "1E-5", "1e+5", "1f", "1.5D", "  12.5  ", "\t7\n",
            "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "0x1p3", "0x1.8p1", "-0x.8p-2",
            "0x1.fffffffffffff8p1023", "0x1p-1075", "1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
            "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308",
            "9007199254740993", "9007199254740993.0000000000000001", "3.4028235e38", "3.4028236e38",
            "1.00000017881393432617187499", "1.000000178813934326171875", "7.006492321624085e-46",
            "7.006492321624086e-46", "0.1000000000000000055511151231257827021181583404541015625",
            "123456789012345678901234567890", "1e99999999999999999999", "0e99999999999999999999",
            "", "   ", "abc", "1.2.3", "1e", "1e+", ".", "-", "NaNf", "Infinityd", "0x1.8", "1_0", "12 3", "0x",
        };
        for (int i = 0; i < ps.length; i++) {
            pd(ps[i]);
            pf(ps[i]);
        }
        pd(null);
        for (int i = 0; i < 60; i++) {
            // Random digit strings of up to 25 digits with random exponents.
            int n = 1 + nextInt(25);
            char[] c = new char[n];
            for (int k = 0; k < n; k++) {
                c[k] = (char) ('0' + nextInt(10));
            }
            String s = String.format("%s.%se%d", new String(c, 0, n / 2), new String(c, n / 2, n - n / 2), nextInt(660) - 330);
            pd(s);
            pf(s);
        }

        System.out.println("== String.format: fixed cases");
        fmt("%d|%5d|%-5d|%05d|%+d|% d|%,d|%(d", 42, 42, 42, 42, 42, 42, 1234567, -42);
        fmt("%d %d %d %d", (byte) -5, (short) -300, -70000, -5000000000L);
        fmt("%x %X %o %#x %#o %08X", 255, 255, 8, 255, 8, 48879);
        fmt("%x %x %x %x", (byte) -1, (short) -1, -1, -1L);
        fmt("%o %o", (byte) -128, Long.MIN_VALUE);
        fmt("%,d %,d %,015d %(,d", Long.MAX_VALUE, Long.MIN_VALUE, -1234567, -1234567);
        fmt("%s %S %10s|%-10s|%.2s", "abc", "abc", "right", "left", "truncate");
        fmt("%s %s %b %B %b %b", null, 12, null, true, "x", false);
        fmt("%h %H %h", "hello", "hello", null);
        fmt("%c %C %c %c", 'a', 'b', 65, (byte) 66);
        fmt("100%% done%n");
        fmt("%2$s %1$s %<s %s", "one", "two");
        fmt("%f %e %g %E %G", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159);
        fmt("%.1f %.1f %.1f %.2f %.2f", 0.15, 0.25, 0.35, 1.005, 2.675);
        fmt("%f %.3f %e %g", 1e20, 1e20, 1e20, 1e20);
        fmt("%f %.25f %e %g", 1e-20, 1e-20, 1e-20, 1e-20);
        fmt("%f %.2f %e %.10e %g", 123456789.987654321, 123456789.987654321, 123456789.987654321,
            123456789.987654321, 123456789.987654321);
        fmt("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5, 9.5);
        fmt("%.0e %#.0e %#.0f %.3e", 5.5, 5.5, 5.0, 9.9995);
        fmt("%f %e %g %a", 0.0, -0.0, 0.0, -0.0);
        fmt("%f %e %g", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        fmt("%10.3f|%-10.3f|%010.3f|%+.3f|% .3f|%(.3f|%,.3f", -3.14159, 3.14159, -3.14159, 3.14159,
            3.14159, -3.14159, 1234567.891);
        fmt("%012.4e|%-12.2E|%(12.2e|%+e", -12345.678, 0.000123, -5e-10, 1e100);
        fmt("%g %g %g %g %g %g", 0.0001, 0.00001, 123456.0, 1234567.0, 999999.5, 99999.95);
        fmt("%.3g %.1g %.0g %G %.10g", 1234.5, 0.05, 7.5, 1e-10, Math.PI);
        fmt("%a %A %.2a %.1a %a %a", 1.0, 255.5, Math.PI, 1.96875, Double.MIN_VALUE, Double.MAX_VALUE);
        fmt("%f %e %.10f", 0.1f, 1e10f, 0.1f);
        fmt("%,f %,.0f %,.2f", 1234567.5, 999.5, 1e15);
        fmt("%20s|%-20s|%S", Double.toString(1e-7), Float.toString(1e9f), "mixed Case");
        fmt("%q");
        fmt("%s %s", "only one");
        fmt("%d", "not a number");
        fmt("%f", 42);
        fmt("%c", 0x110000);
        fmt("%-d", 5);
        fmt("%+ d", 5);
        fmt("%,x", 5);
        fmt("%#s", "x");
        fmt("%.2d", 5);
        fmt("%--5d", 5);
        fmt("%0$s", "x");
        fmt("%<s", "x");
        fmt("%5n");
        fmt("abc%");
        fmt("%tq", 5L);
        fmt("%.2c", 'x');

        System.out.println("== String.format: generated");
        String[] floatFormats = {"%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.10f", "%.17f", "%e", "%.0e", "%.3e",
            "%.12e", "%g", "%.1g", "%.3g", "%.15g", "%,.2f", "%+12.4e", "%(15.3f", "%-14.6g|", "%015.2f"};
        for (int i = 0; i < 200; i++) {
            double v;
            int kind = nextInt(3);
            if (kind == 0) {
                v = Double.longBitsToDouble(next());
            } else if (kind == 1) {
                v = (double) ((next() >>> 20) % 2000000000L - 1000000000L) / 1000.0;
            } else {
                v = Double.parseDouble(String.format("%de%d", (next() >>> 40) % 100000, nextInt(40) - 25));
            }
            String format = floatFormats[nextInt(floatFormats.length)];
            fmt(format, v);
        }
        String[] intFormats = {"%d", "%,d", "%+d", "%(d", "%12d", "%-12d|", "%012d", "%x", "%X", "%o", "%#x",
            "%#o", "%016x", "% ,d"};
        for (int i = 0; i < 80; i++) {
            long v = next() >> nextInt(64);
            String format = intFormats[nextInt(intFormats.length)];
            if (nextInt(2) == 0) {
                fmt(format, (int) v);
            } else {
                fmt(format, v);
            }
        }
        System.out.printf("printf: %s %d %.3f %e%n", "done", 7, 2.0 / 3, 6.02214076e23);
    }
}
