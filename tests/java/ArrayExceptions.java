// Checks array exceptions: AIOOBE messages for loads and stores of all types, NegativeArraySizeException message, ArrayStoreException, null array.
public class ArrayExceptions {
    static int idx(int i) { return i; }

    public static void main(String[] args) {
        int[] ia = new int[3];
        long[] la = new long[2];
        double[] da = new double[1];
        byte[] ba = new byte[4];
        char[] ca = new char[5];
        short[] sa = new short[6];
        float[] fa = new float[7];
        boolean[] za = new boolean[8];
        String[] oa = new String[3];
        int[][] grid = new int[2][3];
        Runnable[] tests = {
            () -> System.out.println(ia[idx(5)]),
            () -> ia[idx(-1)] = 1,
            () -> System.out.println(la[idx(2)]),
            () -> la[idx(Integer.MIN_VALUE)] = 1,
            () -> System.out.println(da[idx(1)]),
            () -> ba[idx(4)] = 1,
            () -> System.out.println(ca[idx(100)]),
            () -> sa[idx(6)]++,
            () -> System.out.println(fa[idx(-7)]),
            () -> za[idx(8)] = true,
            () -> System.out.println(oa[idx(3)]),
            () -> oa[idx(Integer.MAX_VALUE)] = "x",
            () -> System.out.println(grid[1][idx(3)]),
            () -> grid[idx(2)][0] = 5
        };
        for (Runnable r : tests) {
            try {
                r.run();
                System.out.println("no exception");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
        int[] sizes = {-1, -100, Integer.MIN_VALUE};
        for (int s : sizes) {
            try {
                int[] x = new int[s];
                System.out.println(x.length);
            } catch (NegativeArraySizeException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                Object[] x = new String[s];
                System.out.println(x.length);
            } catch (NegativeArraySizeException e) {
                System.out.println("objects: " + e.getMessage());
            }
        }
        Object[] objs = new String[2];
        try {
            objs[0] = "fine";
            objs[1] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println(e.getClass().getName() + " stored=" + objs[0] + "," + objs[1]);
        }
        Number[] nums = new Integer[1];
        try {
            nums[0] = 1.5;
        } catch (ArrayStoreException e) {
            System.out.println("Number[] as Integer[]: " + e.getClass().getName());
        }
        Object[] any = new Object[1];
        any[0] = 5;
        any[0] = "s";
        any[0] = new int[1];
        System.out.println("Object[] accepts all: " + (any[0] instanceof int[]));
        int[] nul = null;
        try {
            System.out.println(nul.length);
        } catch (NullPointerException e) {
            System.out.println("null length: " + e.getClass().getName());
        }
        try {
            nul[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("null store: " + e.getClass().getName());
        }
        int[] evalOrder = new int[2];
        int i = 0;
        try {
            evalOrder[i++] = evalOrder[i + 5];
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("i=" + i + " " + e.getMessage());
        }
    }
}
