// Checks System.arraycopy: overlapping forward/backward copies, all primitive types, object arrays, bad ranges and type mismatches.
public class ArrayCopy {
    static String str(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int v : a) sb.append(v).append(',');
        return sb.toString();
    }

    static void attempt(String label, Object src, int sp, Object dst, int dp, int len) {
        try {
            System.arraycopy(src, sp, dst, dp, len);
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 2, 5);
        System.out.println(str(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 1, 6);
        System.out.println(str(b));
        int[] c = new int[5];
        System.arraycopy(a, 5, c, 0, 5);
        System.out.println(str(c));
        System.arraycopy(a, 0, a, 0, 10);
        System.arraycopy(a, 10, c, 5, 0);
        System.out.println(str(a));
        long[] la = {1, 2, 3}, lb = new long[4];
        System.arraycopy(la, 0, lb, 1, 3);
        double[] da = {1.5, 2.5}, db = new double[2];
        System.arraycopy(da, 1, db, 0, 1);
        char[] ca = "hello".toCharArray(), cb = new char[5];
        System.arraycopy(ca, 0, cb, 0, 5);
        byte[] ba = {1, 2, 3}, bb = new byte[3];
        System.arraycopy(ba, 0, bb, 0, 3);
        boolean[] za = {true, false}, zb = new boolean[2];
        System.arraycopy(za, 0, zb, 0, 2);
        short[] sa = {7}, sb = new short[1];
        System.arraycopy(sa, 0, sb, 0, 1);
        float[] fa = {0.5f}, fb = new float[1];
        System.arraycopy(fa, 0, fb, 0, 1);
        System.out.println(lb[3] + " " + db[0] + " " + new String(cb) + " " + bb[2] + " " + zb[0] + " " + sb[0] + " " + fb[0]);
        String[] sa1 = {"a", "b", "c"};
        Object[] oa = new Object[4];
        System.arraycopy(sa1, 0, oa, 1, 3);
        System.out.println(oa[0] + " " + oa[1] + " " + oa[3]);
        Object[] mixed = {"x", 1, "y"};
        String[] target = new String[3];
        attempt("mixed into String[]", mixed, 0, target, 0, 3);
        System.out.println("partial: " + target[0] + " " + target[1] + " " + target[2]);
        attempt("negative length", a, 0, c, 0, -1);
        attempt("src overflow", a, 8, c, 0, 3);
        attempt("dst overflow", a, 0, c, 3, 3);
        attempt("negative srcPos", a, -1, c, 0, 1);
        attempt("negative dstPos", a, 0, c, -1, 1);
        attempt("int to long", a, 0, lb, 0, 1);
        attempt("int to Object[]", a, 0, oa, 0, 1);
        attempt("not an array", "str", 0, c, 0, 1);
        attempt("null src", null, 0, c, 0, 1);
        attempt("null dst", a, 0, null, 0, 1);
        attempt("zero length at end", a, 10, c, 5, 0);
        attempt("huge position", a, Integer.MAX_VALUE, c, 0, 1);
        int[][] grid = {{1}, {2}, {3}};
        int[][] g2 = new int[3][];
        System.arraycopy(grid, 0, g2, 0, 3);
        g2[0][0] = 100;
        System.out.println(grid[0][0] + " " + (g2[2] == grid[2]));
        try {
            System.arraycopy(a, 0, c, 0, 6);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught: " + e.getClass().getName() + " c unchanged: " + str(c));
        }
    }
}
