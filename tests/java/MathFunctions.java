// Checks java.lang.Math: abs, min, max, sqrt, pow, floor, ceil, round, rint, signum, hypot, sin/cos/exp/log of simple values, floorDiv/floorMod.
public class MathFunctions {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(5L) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0) + " " + Math.abs(Integer.MIN_VALUE)
                + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(Double.NEGATIVE_INFINITY));
        System.out.println(Math.min(3, -3) + " " + Math.max(3L, 7L) + " " + Math.min(1.5f, 2.5f) + " " + Math.max(-0.0, 0.0) + " "
                + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.min(Float.NaN, 1f));
        double[] sq = {0, 1, 2, 4, 0.25, 1e-300, 1e300, -1, -0.0, Double.POSITIVE_INFINITY, Double.NaN};
        StringBuilder sb = new StringBuilder();
        for (double v : sq) sb.append(Math.sqrt(v)).append(' ');
        System.out.println(sb);
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(10, 15)
                + " " + Math.pow(-2, 3) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(2, 0.5)
                + " " + Math.pow(9, 0.5) + " " + Math.pow(2, 1024) + " " + Math.pow(-1, Double.POSITIVE_INFINITY));
        double[] rs = {2.5, -2.5, 3.5, -3.5, 2.4999999, 0.5, -0.5, 1.0, -0.0, 1e20, -1.7, 0.49999999999999994, Double.NaN};
        for (double v : rs) {
            System.out.println(v + ": floor=" + Math.floor(v) + " ceil=" + Math.ceil(v) + " round=" + Math.round(v) + " rint=" + Math.rint(v)
                    + " roundf=" + Math.round((float) v) + " signum=" + Math.signum(v));
        }
        System.out.println(Math.round(Double.MAX_VALUE) + " " + Math.round(-1e30f) + " " + Math.round(Float.NaN));
        System.out.println(Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + Math.hypot(1e300, 1e300) + " " + Math.hypot(0, -0.0));
        System.out.println(Math.sin(0) + " " + Math.cos(0) + " " + Math.exp(0) + " " + Math.exp(1) + " " + Math.log(1) + " " + Math.log(Math.E)
                + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.exp(-1000) + " " + Math.sin(Math.PI / 2) + " " + Math.cos(Math.PI)
                + " " + Math.exp(2) + " " + Math.log(10) + " " + Math.sin(1) + " " + Math.cos(1) + " " + Math.sin(-0.0));
        System.out.println(Math.floorDiv(7, 2) + " " + Math.floorDiv(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorDiv(-7, -2)
                + " " + Math.floorMod(7, 3) + " " + Math.floorMod(-7, 3) + " " + Math.floorMod(7, -3) + " " + Math.floorMod(-7, -3)
                + " " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L) + " " + Math.floorDiv(Integer.MIN_VALUE, -1));
        double acc = 0;
        for (int i = 1; i <= 100; i++) acc += Math.sqrt(i) + Math.floor(i / 3.0) - Math.ceil(i / 7.0);
        System.out.println(acc);
    }
}
