// javac: --release 8
// Checks Java 8 class files: varargs, autoboxing caches, boxed arithmetic, overload resolution with boxing and widening.
public class Release8Varargs {
    static String kind(long x) { return "long"; }
    static String kind(Integer x) { return "Integer"; }
    static String kind(Object x) { return "Object"; }
    static String kind(int... x) { return "int..."; }

    static int count(Object... xs) { return xs == null ? -1 : xs.length; }

    static long total(Number... ns) {
        long t = 0;
        for (Number n : ns) t += n.longValue();
        return t;
    }

    public static void main(String[] args) {
        System.out.println(kind(1) + " " + kind(Integer.valueOf(1)) + " " + kind("s") + " " + kind() + " " + kind(1, 2) + " " + kind((short) 3));
        System.out.println(count() + " " + count(1, "a", null) + " " + count((Object[]) null) + " " + count((Object) null) + " " + count((Object[]) new String[]{"x", "y"}));
        System.out.println(total(1, 2L, 3.9, (byte) 4, (short) 5, 6.5f));
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        Integer x = 10;
        x += 5;
        x++;
        Long y = 3L;
        y *= x;
        Double z = x / 3.0;
        System.out.println(x + " " + y + " " + z);
        Character ch = 'a';
        int ci = ch + 1;
        System.out.println(ci + " " + (char) ci);
        try {
            Integer n = null;
            int bad = n;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println(e.getClass().getName());
        }
    }
}
