// Checks less common Math/StrictMath functions: tan, asin/acos/atan/atan2, cbrt, log10, log1p/expm1, hyperbolics, ulp, nextUp, scalb, copySign, IEEEremainder.
public class MathExtras {
    public static void main(String[] args) {
        System.out.println(Math.tan(0) + " " + Math.atan(1) * 4 + " " + Math.asin(1) + " " + Math.acos(1) + " " + Math.atan2(1, 1) + " "
                + Math.atan2(-0.0, -1) + " " + Math.cbrt(27) + " " + Math.cbrt(-8) + " " + Math.log10(1000) + " " + Math.log10(0.001));
        System.out.println(Math.log1p(0) + " " + Math.expm1(0) + " " + Math.sinh(0) + " " + Math.cosh(0) + " " + Math.tanh(0) + " "
                + Math.tanh(Double.POSITIVE_INFINITY) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180));
        System.out.println(Math.ulp(1.0) + " " + Math.ulp(1.0f) + " " + Math.copySign(3.0, -0.0) + " " + Math.getExponent(1024.0) + " "
                + Math.nextUp(1.0) + " " + Math.nextDown(1.0f) + " " + Math.nextAfter(1.0, 0) + " " + Math.scalb(1.5, 4) + " "
                + Math.signum(-3.2f) + " " + Math.signum(0.0f));
        double[] as = {5.5, -5.5, 7.0, 10.0, 3.0, Double.POSITIVE_INFINITY, 1.0};
        double[] bs = {2.0, 2.0, 2.0, 3.0, Double.POSITIVE_INFINITY, 2.0, 0.0};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < as.length; i++) sb.append(Math.IEEEremainder(as[i], bs[i])).append(' ');
        System.out.println(sb);
        System.out.println(StrictMath.sqrt(2) + " " + StrictMath.sin(1) + " " + StrictMath.exp(2) + " " + StrictMath.log(10) + " "
                + StrictMath.pow(3, 0.5) + " " + StrictMath.cbrt(1000) + " " + StrictMath.hypot(3, 4) + " " + StrictMath.floor(-1.5));
        System.out.println(Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE) + " " + Math.fma(2.0, 3.0, 1.0) + " " + Math.fma(0.1f, 10f, -1f));
    }
}
