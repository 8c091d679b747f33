// Checks fcmpl/fcmpg/dcmpl/dcmpg: every comparison with NaN is false (except !=), -0.0 == 0.0, infinities.
public class FloatCompareNaN {
    static float f(float x) { return x; }
    static double d(double x) { return x; }

    static String cmpF(float a, float b) {
        return (a < b ? "T" : "F") + (a <= b ? "T" : "F") + (a > b ? "T" : "F") + (a >= b ? "T" : "F")
                + (a == b ? "T" : "F") + (a != b ? "T" : "F") + (!(a < b) ? "T" : "F") + (!(a > b) ? "T" : "F");
    }

    static String cmpD(double a, double b) {
        return (a < b ? "T" : "F") + (a <= b ? "T" : "F") + (a > b ? "T" : "F") + (a >= b ? "T" : "F")
                + (a == b ? "T" : "F") + (a != b ? "T" : "F") + (!(a < b) ? "T" : "F") + (!(a > b) ? "T" : "F");
    }

    public static void main(String[] args) {
        float[] fv = {f(Float.NaN), f(0.0f), f(-0.0f), f(1.0f), f(-1.0f), f(Float.POSITIVE_INFINITY),
                f(Float.NEGATIVE_INFINITY), f(Float.MIN_VALUE)};
        for (float a : fv) {
            StringBuilder sb = new StringBuilder();
            for (float b : fv) {
                sb.append(cmpF(a, b)).append(' ');
            }
            System.out.println("f " + a + ": " + sb);
        }
        double[] dv = {d(Double.NaN), d(0.0), d(-0.0), d(1.0), d(-1.0), d(Double.POSITIVE_INFINITY),
                d(Double.NEGATIVE_INFINITY), d(Double.MIN_VALUE)};
        for (double a : dv) {
            StringBuilder sb = new StringBuilder();
            for (double b : dv) {
                sb.append(cmpD(a, b)).append(' ');
            }
            System.out.println("d " + a + ": " + sb);
        }
        float nan = f(Float.NaN);
        int count = 0;
        if (nan < 1) count++;
        if (nan > 1) count++;
        if (nan <= 1) count++;
        if (nan >= 1) count++;
        if (nan == nan) count++;
        if (nan != nan) count += 10;
        System.out.println(count);
        double dn = d(0.0 / 0.0);
        while (dn < 5) {
            System.out.println("never");
        }
        System.out.println(Float.compare(nan, 1f) + " " + Double.compare(-0.0, 0.0) + " " + Double.compare(dn, dn)
                + " " + Float.isNaN(nan) + " " + Double.isNaN(dn) + " " + Double.isInfinite(1 / d(0.0)));
        System.out.println(Math.max(nan, 1f) + " " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0f, 0.0f));
    }
}
