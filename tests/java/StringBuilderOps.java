// Checks StringBuilder: append of every type, insert, reverse, deleteCharAt, delete, setCharAt, indexOf, replace, capacity growth.
public class StringBuilderOps {
    static class Pt {
        public String toString() { return "Pt!"; }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(',').append(false).append(',').append('c').append(',').append((byte) -5).append(',')
                .append((short) 300).append(',').append(42).append(',').append(-7L).append(',').append(1.5f).append(',')
                .append(2.25).append(',').append("str").append(',').append((Object) null).append(',').append((String) null)
                .append(',').append(new Pt()).append(',').append(new char[]{'x', 'y'}).append(',')
                .append(new StringBuilder("nested")).append(',').append(Long.MIN_VALUE).append(',').append(Double.NaN)
                .append(',').append(-0.0f).append(',').append(1e-7).append(',').append(Integer.MIN_VALUE);
        System.out.println(sb);
        System.out.println(sb.length());
        StringBuilder s2 = new StringBuilder("hello world");
        s2.insert(0, "<<").insert(s2.length(), ">>").insert(7, 123).insert(3, 'Q').insert(1, 2.5).insert(0, true);
        System.out.println(s2);
        s2.reverse();
        System.out.println(s2);
        s2.reverse();
        s2.deleteCharAt(0).deleteCharAt(s2.length() - 1);
        System.out.println(s2);
        s2.delete(0, 4);
        System.out.println(s2);
        s2.setCharAt(0, 'X');
        s2.setCharAt(s2.length() - 1, 'Z');
        System.out.println(s2);
        System.out.println(s2.indexOf("o") + " " + s2.lastIndexOf("o") + " " + s2.indexOf("o", 8) + " " + s2.indexOf("zzz")
                + " " + s2.charAt(3));
        s2.replace(2, 5, "---");
        System.out.println(s2 + " " + s2.substring(3) + " " + s2.substring(1, 4));
        s2.setLength(4);
        System.out.println("[" + s2 + "] " + s2.length());
        s2.setLength(6);
        System.out.println(s2.length() + " " + (int) s2.charAt(5));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.substring(1995) + " " + big.indexOf("789012") + " " + big.lastIndexOf("0123"));
        StringBuilder pal = new StringBuilder("racecar");
        System.out.println(pal.toString().equals(pal.reverse().toString()));
        StringBuilder e = new StringBuilder();
        System.out.println("[" + e + "] " + e.length() + " " + e.reverse());
        try {
            e.charAt(0);
        } catch (IndexOutOfBoundsException ex) {
            System.out.println(ex.getClass().getName());
        }
        try {
            new StringBuilder("ab").deleteCharAt(5);
        } catch (StringIndexOutOfBoundsException ex) {
            System.out.println(ex.getClass().getName());
        }
        StringBuilder cp = new StringBuilder("abc");
        cp.appendCodePoint(65).append("def", 1, 2).append(new char[]{'1', '2', '3'}, 1, 2);
        System.out.println(cp + " " + cp.compareTo(new StringBuilder("abcA")));
    }
}
