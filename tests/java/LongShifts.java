// Checks long shifts: count masking to 6 bits, >> vs >>> on negatives, int shift count on long.
public class LongShifts {
    static long id(long x) { return x; }
    static int idi(int x) { return x; }

    public static void main(String[] args) {
        long[] vals = {1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789ABCDEF0L, -987654321987L};
        int[] counts = {0, 1, 31, 32, 33, 63, 64, 65, -1, 127};
        for (long v : vals) {
            StringBuilder sb = new StringBuilder();
            for (int c : counts) {
                int s = idi(c);
                sb.append(v << s).append(',').append(v >> s).append(',').append(v >>> s).append(' ');
            }
            System.out.println(v + ": " + sb);
        }
        long x = id(1);
        System.out.println((x << 33) + " " + (x << 64) + " " + (x << 63));
        long shiftBy = id(65);
        System.out.println((x << shiftBy) + " " + (-x >>> shiftBy));
        long n = id(-8);
        n >>>= 3;
        System.out.println(n);
        n <<= 70;
        System.out.println(n);
        n >>= 2;
        System.out.println(n);
        int i = idi(-1);
        System.out.println((i >>> 1L) + " " + ((long) i >>> 1));
    }
}
