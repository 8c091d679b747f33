// Checks autoboxing/unboxing in arithmetic, compound ops on boxes, equals across box types, ternary boxing and null unboxing NPE.
public class Autoboxing {
    static int unboxSum(Integer a, Integer b) { return a + b; }

    static Object boxIt(int x) { return x; }

    static long widen(Long l) { return l; }

    public static void main(String[] args) {
        Integer a = 5, b = 7;
        int c = a * b + a;
        System.out.println(c);
        Integer d = a;
        d++;
        d += 10;
        d *= 2;
        System.out.println(a + " " + d);
        Double x = 2.5;
        x = x * 2 + a;
        System.out.println(x);
        Long l = 10L;
        l += a;
        System.out.println(l);
        Character ch = 'a';
        ch++;
        System.out.println(ch + " " + (ch + 1));
        Boolean flag = !Boolean.FALSE;
        System.out.println(flag && true);
        System.out.println(unboxSum(100, 200) + " " + boxIt(5).getClass().getName() + " " + widen(7L));
        Integer i1000 = 1000;
        Long l1000 = 1000L;
        System.out.println(i1000.equals(1000) + " " + i1000.equals(1000L) + " " + l1000.equals(1000) + " " + l1000.equals(1000L)
                + " " + (i1000.longValue() == l1000) + " " + Double.valueOf(1.0).equals(1.0f) + " " + Double.valueOf(0.0).equals(-0.0)
                + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Short.valueOf((short) 1).equals(1));
        Object o = true ? 1 : "s";
        System.out.println(o.getClass().getName());
        Object o2 = true ? 1 : 2.0;
        System.out.println(o2 + " " + o2.getClass().getName());
        Integer nullInt = null;
        Object o4 = false ? Integer.valueOf(1) : nullInt;
        System.out.println(o4);
        try {
            Object o3 = false ? 1 : nullInt;
            System.out.println(o3);
        } catch (NullPointerException e) {
            System.out.println("mixed ternary unbox: " + e.getClass().getName());
        }
        try {
            int bad = true ? nullInt : 0;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("ternary unbox: " + e.getClass().getName());
        }
        try {
            Integer n = null;
            int bad = n + 1;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("arith unbox: " + e.getClass().getName());
        }
        try {
            Boolean nb = null;
            if (nb) System.out.println("x");
        } catch (NullPointerException e) {
            System.out.println("if unbox: " + e.getClass().getName());
        }
        try {
            Long nl = null;
            long bad = widen(nl);
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("param unbox: " + e.getClass().getName());
        }
        Integer sum = 0;
        for (int i = 0; i < 100; i++) sum += i;
        System.out.println(sum);
        Double dsum = 0.0;
        for (Integer i = 0; i < 5; i++) dsum += i / 2.0;
        System.out.println(dsum);
        Integer p = 127, q = 127;
        System.out.println((p == q) + " " + (p + 1 == q + 1));
        Number num = 3.75f;
        System.out.println(num.intValue() + " " + num.longValue() + " " + num.doubleValue() + " " + num.getClass().getSimpleName());
        long mixed = a + l + 'c' + (byte) 1;
        System.out.println(mixed);
        System.out.println(Integer.valueOf(65).byteValue() + " " + Integer.valueOf(300).byteValue() + " " + Double.valueOf(3.99).intValue()
                + " " + Long.valueOf(-1).shortValue() + " " + Float.valueOf(1e10f).intValue());
    }
}
