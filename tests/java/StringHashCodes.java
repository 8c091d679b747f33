// Checks String.hashCode values for many strings (empty, long, collisions, non-letter chars) and hash-based bucketing.
public class StringHashCodes {
    public static void main(String[] args) {
        String[] strs = {"", "a", "A", "ab", "Aa", "BB", "hello", "Hello", "hello world", "The quick brown fox",
                "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES", "0", "-1", "~!@#$%^&*()", "\t\n", "\u0001\u0002",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"};
        for (String s : strs) {
            int h = s.hashCode();
            System.out.println(h + " " + (h == s.hashCode()) + " " + Math.floorMod(h, 16) + " " + (h >>> 28) + " " + s.length());
        }
        StringBuilder sb = new StringBuilder();
        long total = 0;
        for (int i = 0; i < 500; i++) {
            sb.append((char) ('a' + i % 26));
            total += sb.toString().hashCode();
        }
        System.out.println(total);
        int manual = 0;
        String m = "manual check";
        for (int i = 0; i < m.length(); i++) manual = 31 * manual + m.charAt(i);
        System.out.println(manual + " " + m.hashCode() + " " + (manual == m.hashCode()));
        System.out.println(new String("same").hashCode() == "same".hashCode());
        System.out.println(Integer.valueOf(77).hashCode() + " " + Long.valueOf(1L << 33).hashCode() + " " + Long.valueOf(-1).hashCode()
                + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Character.valueOf('x').hashCode() + " "
                + Double.valueOf(1.5).hashCode() + " " + Float.valueOf(1.5f).hashCode() + " " + Short.valueOf((short) -3).hashCode()
                + " " + Byte.valueOf((byte) 9).hashCode() + " " + Double.valueOf(-0.0).hashCode() + " " + Double.hashCode(Double.NaN));
    }
}
