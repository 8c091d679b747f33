// Checks array covariance and instanceof/checkcast on arrays: Object[] vs String[] vs int[], array clone, array class names.
public class ArrayCovariance {
    interface Shape {}

    static class Sq implements Shape {}

    public static void main(String[] args) {
        String[] strs = {"a", "b"};
        Object o = strs;
        System.out.println((o instanceof Object[]) + " " + (o instanceof String[]) + " " + (o instanceof Comparable[])
                + " " + (o instanceof CharSequence[]) + " " + (o instanceof Integer[]) + " " + (o instanceof Object));
        int[] ints = {1, 2};
        Object oi = ints;
        System.out.println((oi instanceof int[]) + " " + (oi instanceof Object[]) + " " + (oi instanceof long[])
                + " " + (oi instanceof Cloneable));
        Object[] objs = new Object[]{"x"};
        System.out.println((objs instanceof Object[]) + " " + ((Object) objs instanceof String[]));
        Sq[] squares = {new Sq()};
        Object os = squares;
        System.out.println((os instanceof Shape[]) + " " + (os instanceof Sq[]) + " " + (os instanceof Object[]));
        Object[][] nested = new String[2][2];
        Object on = nested;
        System.out.println((on instanceof String[][]) + " " + (on instanceof Object[]) + " " + (on instanceof Object[][])
                + " " + (nested[0] instanceof String[]));
        String[] back = (String[]) o;
        System.out.println(back[1]);
        try {
            String[] bad = (String[]) (Object) objs;
            System.out.println(bad.length);
        } catch (ClassCastException e) {
            System.out.println("Object[] -> String[]: " + e.getClass().getName());
        }
        try {
            long[] bad = (long[]) oi;
            System.out.println(bad.length);
        } catch (ClassCastException e) {
            System.out.println("int[] -> long[]: " + e.getClass().getName());
        }
        try {
            Object[] bad = (Object[]) oi;
            System.out.println(bad.length);
        } catch (ClassCastException e) {
            System.out.println("int[] -> Object[]: " + e.getClass().getName());
        }
        int[] c = ints.clone();
        c[0] = 100;
        System.out.println(ints[0] + " " + c[0] + " " + (c != ints) + " " + c.length);
        String[] sc = strs.clone();
        System.out.println((sc[0] == strs[0]) + " " + sc.getClass().getName() + " " + (sc.getClass() == strs.getClass()));
        double[] dd = {1.5, 2.5};
        double[] dc = dd.clone();
        dc[1] = -1;
        System.out.println(dd[1] + " " + dc[1]);
        System.out.println(strs.getClass().getName() + " " + ints.getClass().getName() + " " + nested.getClass().getName()
                + " " + squares.getClass().getName() + " " + new boolean[0].getClass().getName()
                + " " + new char[0][0].getClass().getName() + " " + new byte[0].getClass().getName()
                + " " + new short[0].getClass().getName() + " " + new float[0].getClass().getName()
                + " " + new double[0].getClass().getName() + " " + new long[0].getClass().getName());
        System.out.println(strs.getClass().getSuperclass().getName() + " " + ints.getClass().getSuperclass().getName());
        Object[] holder = strs;
        try {
            holder[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e.getClass().getName());
        }
        Comparable<?>[] comps = strs;
        System.out.println(comps.length + " " + comps[0]);
    }
}
