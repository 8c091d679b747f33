// Checks Integer/Long bit helpers: bitCount, reverse, reverseBytes, highestOneBit, lowestOneBit, numberOfLeading/TrailingZeros, rotate, signum.
public class IntegerBitOps {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 2, 3, 7, 8, 255, 256, 1000, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE, -1000, 0x80000001};
        for (int v : vals) {
            System.out.println(v + ": bc=" + Integer.bitCount(v) + " rev=" + Integer.reverse(v) + " rb=" + Integer.reverseBytes(v)
                    + " hob=" + Integer.highestOneBit(v) + " lob=" + Integer.lowestOneBit(v) + " nlz=" + Integer.numberOfLeadingZeros(v)
                    + " ntz=" + Integer.numberOfTrailingZeros(v) + " rl=" + Integer.rotateLeft(v, 5) + " rr=" + Integer.rotateRight(v, 37)
                    + " sg=" + Integer.signum(v));
        }
        long[] lvals = {0L, 1L, -1L, 0x123456789ABCDEFL, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, -(1L << 40)};
        for (long v : lvals) {
            System.out.println(v + ": bc=" + Long.bitCount(v) + " rev=" + Long.reverse(v) + " hob=" + Long.highestOneBit(v)
                    + " lob=" + Long.lowestOneBit(v) + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v)
                    + " rl=" + Long.rotateLeft(v, 7) + " sg=" + Long.signum(v));
        }
        System.out.println(Integer.toHexString(-1) + " " + Integer.toHexString(0) + " " + Integer.toHexString(255) + " "
                + Integer.toBinaryString(10) + " " + Integer.toBinaryString(-1) + " " + Integer.toOctalString(64) + " "
                + Integer.toOctalString(-1) + " " + Integer.toHexString(Integer.MIN_VALUE));
        System.out.println(Long.toHexString(-1L) + " " + Long.toBinaryString(5L) + " " + Long.toOctalString(-1L) + " "
                + Long.toHexString(0xDEADBEEFL));
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(5, 3) + " " + Integer.compare(4, 4) + " "
                + Integer.compareUnsigned(-1, 1) + " " + Long.compare(Long.MIN_VALUE, 0) + " " + Integer.max(3, 9) + " "
                + Integer.min(-3, 9) + " " + Integer.sum(7, 8) + " " + Integer.divideUnsigned(-1, 3) + " "
                + Integer.remainderUnsigned(-1, 3));
        int x = 0b1011_0000;
        System.out.println(x + " " + 0x7f + " " + 017 + " " + 1_000_000 + " " + 0xFFFF_FFFFL + " " + 0b1L);
    }
}
