// Checks String.valueOf and toString of every primitive type and Object/null, plus char[] conversions.
public class StringValueOf {
    static class T {
        public String toString() { return "T-instance"; }
    }

    public static void main(String[] args) {
        System.out.println(String.valueOf(true) + " " + String.valueOf(false));
        System.out.println(String.valueOf('c') + " " + String.valueOf((char) 48));
        System.out.println(String.valueOf((byte) -128) + " " + String.valueOf((short) -32768));
        System.out.println(String.valueOf(0) + " " + String.valueOf(-2147483648) + " " + String.valueOf(1000000));
        System.out.println(String.valueOf(0L) + " " + String.valueOf(-9223372036854775808L) + " " + String.valueOf(10000000000L));
        System.out.println(String.valueOf(0.0f) + " " + String.valueOf(1.25f) + " " + String.valueOf(-3e-8f) + " " + String.valueOf(1e9f));
        System.out.println(String.valueOf(0.0) + " " + String.valueOf(1.25) + " " + String.valueOf(-3e-8) + " " + String.valueOf(1e9));
        System.out.println(String.valueOf((Object) null) + " " + String.valueOf(new T()) + " " + String.valueOf((Object) "obj"));
        char[] data = {'a', 'b', 'c', 'd', 'e'};
        System.out.println(String.valueOf(data) + " " + String.valueOf(data, 1, 3) + " " + String.copyValueOf(data, 2, 2));
        System.out.println(Integer.toString(255) + " " + Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " "
                + Integer.toString(35, 36) + " " + Long.toString(-1L, 7) + " " + Integer.toString(100, 37));
        System.out.println(Boolean.toString(true) + " " + Character.toString('z') + " " + Byte.toString((byte) 5) + " "
                + Short.toString((short) 6) + " " + Float.toString(7f) + " " + Double.toString(8.0) + " " + Long.toString(9L));
        System.out.println(Integer.valueOf(12).toString() + Long.valueOf(34).toString() + Double.valueOf(5.6).toString()
                + Float.valueOf(7.8f).toString() + Character.valueOf('!').toString() + Boolean.valueOf("TRUE").toString()
                + Boolean.valueOf("yes"));
        System.out.println(Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " " + Integer.toUnsignedLong(-2));
    }
}
