// Checks Integer/Long/Short/Byte/Character valueOf cache identity (-128..127) vs new boxes for 1000 via ==, and equals.
public class IntegerCache {
    static Integer box(int i) { return i; }

    public static void main(String[] args) {
        int[] vals = {-129, -128, -1, 0, 1, 100, 127, 128, 1000, Integer.MAX_VALUE};
        for (int v : vals) {
            Integer a = Integer.valueOf(v), b = Integer.valueOf(v);
            Integer c = box(v), d = v;
            System.out.println(v + " valueOf==" + (a == b) + " autobox==" + (c == d) + " equals=" + a.equals(b)
                    + " cmp=" + a.compareTo(b) + " intValue==" + (a.intValue() == b.intValue()));
        }
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + l3.equals(l4));
        Short s1 = (short) -128, s2 = (short) -128, s3 = (short) 200, s4 = (short) 200;
        System.out.println((s1 == s2) + " " + (s3 == s4) + " " + s3.equals(s4));
        Byte b1 = (byte) 5, b2 = (byte) 5;
        System.out.println((b1 == b2) + " " + (Byte.valueOf((byte) -128) == Byte.valueOf((byte) -128)));
        Character c1 = 'a', c2 = 'a', c3 = (char) 200, c4 = (char) 200;
        System.out.println((c1 == c2) + " " + (c3 == c4) + " " + c3.equals(c4));
        Boolean t1 = true, t2 = Boolean.valueOf("true");
        System.out.println((t1 == t2) + " " + (t1 == Boolean.TRUE));
        Integer big1 = 1000, big2 = 1000;
        System.out.println((big1 == big2) + " " + (big1 <= big2 && big1 >= big2) + " " + (big1 + 0 == big2));
        int count = 0;
        for (int i = -200; i < 200; i++) {
            if (Integer.valueOf(i) == Integer.valueOf(i)) count++;
        }
        System.out.println("identical boxes: " + count);
    }
}
