// Checks string concatenation (invokedynamic) of every type incl. null, char, float, double, long, boolean, objects, and constants.
public class StringConcatTypes {
    static class Obj {
        final int v;

        Obj(int v) { this.v = v; }

        public String toString() { return "Obj{" + v + "}"; }
    }

    static class NullToString {
        public String toString() { return null; }
    }

    static final String CONST = "K";
    static final int ICONST = 7;

    public static void main(String[] args) {
        boolean z = true;
        byte b = -8;
        short s = 1234;
        char c = 'q';
        int i = -99;
        long l = 1L << 40;
        float f = 2.5f;
        double d = 1e-5;
        String str = "s";
        String nul = null;
        Object o = new Obj(3);
        Object on = null;
        int[] arrNull = null;
        System.out.println("z=" + z + " b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d);
        System.out.println(str + nul + o + on + arrNull);
        System.out.println(1 + 2 + "x" + 1 + 2);
        System.out.println(c + 1 + "|" + c + 1);
        System.out.println("" + c + c + (char) (c + 1));
        System.out.println(CONST + ICONST + CONST + 'c' + 1.0f + 2.0 + true + 5L + null);
        System.out.println(f + d + "" + f + d);
        System.out.println("neg " + -0.0 + " " + -0.0f + " " + Float.NaN + " " + Double.NEGATIVE_INFINITY + " " + Long.MIN_VALUE);
        System.out.println("toString null: " + new NullToString());
        String acc = "";
        for (int k = 0; k < 10; k++) acc += k;
        acc += 'x';
        acc += 1.5;
        acc += null;
        acc += new Obj(9);
        System.out.println(acc);
        String many = "a" + i + "b" + l + "c" + f + "d" + d + "e" + c + "f" + z + "g" + b + "h" + s + "i" + o + "j" + str
                + "k" + nul + "l" + (i + l) + "m" + (f * d) + "n" + (char) 65 + "o" + ICONST * 2;
        System.out.println(many);
        String withTags = "tag\u0001mid\u0002end";
        String dyn = withTags + i + "\u0001" + str + "\u0002" + c;
        StringBuilder sb = new StringBuilder();
        for (char ch : dyn.toCharArray()) {
            if (ch < 32) sb.append("<").append((int) ch).append(">");
            else sb.append(ch);
        }
        System.out.println(sb + " len=" + dyn.length());
        String lit = "\u0001" + ICONST + "\u0002" + CONST;
        System.out.println(lit.length() + " " + (int) lit.charAt(0) + " " + (int) lit.charAt(2) + " " + lit.substring(3));
        String mixed = "\u0001" + i + "\u0002" + str + "\u0001\u0002";
        System.out.println(mixed.length() + " " + mixed.indexOf('\u0002') + " " + mixed.lastIndexOf('\u0001') + " "
                + mixed.replace('\u0001', '#').replace('\u0002', '$'));
        Object[] objs = {1, 2L, 3.0f, 4.0, '5', "6", true, null};
        String joined = "";
        for (Object x : objs) joined = joined + x + ",";
        System.out.println(joined);
        char[] chars = {'h', 'i'};
        System.out.println("chars via valueOf: " + String.valueOf(chars));
        long big = Long.MAX_VALUE;
        System.out.println(big + 1 + " " + (big + 1) + " " + big + 1);
        String s1 = "hel", s2 = "lo";
        String s3 = s1 + s2;
        System.out.println((s3 == "hello") + " " + s3.equals("hello") + " " + (s3.intern() == "hello") + " "
                + (("hel" + "lo") == "hello"));
    }
}
