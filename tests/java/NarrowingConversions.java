// Checks i2b, i2c, i2s, l2i and their sign/zero extension back to int and long.
public class NarrowingConversions {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32768, -32769,
                0x12345678, 0x80000000, 0x7FFFFFFF, 0xCAFEBABE, 200, -200};
        for (int v0 : vals) {
            int v = id(v0);
            byte b = (byte) v;
            char c = (char) v;
            short s = (short) v;
            System.out.println(v + " b=" + b + " c=" + (int) c + " s=" + s + " b2c=" + (int) (char) b
                    + " c2b=" + (byte) c + " s2c=" + (int) (char) s + " c2s=" + (short) c + " b2l=" + (long) b);
        }
        long[] ls = {0x123456789L, -1L, 0xFFFFFFFF00000000L, 0x00000000FFFFFFFFL, 0x80000000L, Long.MIN_VALUE,
                Long.MAX_VALUE, 4294967296L + 42};
        for (long l : ls) {
            System.out.println(l + " i=" + (int) l + " s=" + (short) l + " b=" + (byte) l + " c=" + (int) (char) l);
        }
        byte b = 127;
        b++;
        System.out.println(b);
        short s = Short.MIN_VALUE;
        s--;
        System.out.println(s);
        char c = 0;
        c--;
        System.out.println((int) c);
        byte[] barr = {(byte) 0xFF, (byte) 0x80, 0x7F};
        int sum = 0;
        for (byte x : barr) {
            sum += x;
            sum += x & 0xFF;
        }
        System.out.println(sum);
    }
}
