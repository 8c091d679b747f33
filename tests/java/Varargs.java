// Checks varargs: zero/one/many arguments, passing arrays, null, primitive and object varargs, varargs with fixed params.
public class Varargs {
    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String join(String sep, Object... parts) {
        if (parts == null) return "null-array";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(sep);
            sb.append(parts[i]);
        }
        return sb.toString() + " (" + parts.length + ")";
    }

    static String types(Object... xs) {
        StringBuilder sb = new StringBuilder();
        for (Object x : xs) sb.append(x == null ? "null" : x.getClass().getSimpleName()).append(' ');
        return sb.toString().trim();
    }

    static long lsum(long first, long... rest) {
        long s = first;
        for (long r : rest) s += r;
        return s;
    }

    static double avg(double... ds) {
        if (ds.length == 0) return Double.NaN;
        double s = 0;
        for (double d : ds) s += d;
        return s / ds.length;
    }

    static String chars(char... cs) { return new String(cs); }

    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[]{10, 20}));
        System.out.println(join(",") + " " + join(",", "a") + " " + join("-", "a", 1, 2.5, 'c', true, null));
        System.out.println(join("/", (Object[]) new String[]{"x", "y"}));
        System.out.println(join("/", (Object) new String[]{"x", "y"}.length));
        System.out.println(join("/", (Object[]) null));
        System.out.println(join("/", (Object) null));
        System.out.println(types(1, 2L, 3.0f, 4.0, 'c', (byte) 1, (short) 2, "s", null, new int[0], new String[0]));
        System.out.println(lsum(1) + " " + lsum(1, 2, 3, Long.MAX_VALUE));
        System.out.println(avg() + " " + avg(1) + " " + avg(1, 2) + " " + avg(1.5, 2.5, 3.5, 4));
        System.out.println(chars('h', 'i') + chars() + chars("there".toCharArray()));
        int[] big = new int[300];
        for (int i = 0; i < big.length; i++) big[i] = i;
        System.out.println(sum(big) + " " + String.format("%s-%s-%s", "a", 2, 3.0));
    }
}
