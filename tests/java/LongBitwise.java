// Checks long bitwise operations (and/or/xor/not), bit manipulation helpers on Long, and long comparisons.
public class LongBitwise {
    static long id(long x) { return x; }

    public static void main(String[] args) {
        long a = id(0xF0F0F0F0F0F0F0F0L);
        long b = id(0x0FF00FF00FF00FF0L);
        System.out.println((a & b) + " " + (a | b) + " " + (a ^ b) + " " + (~a) + " " + (~b));
        System.out.println(Long.toHexString(a & b) + " " + Long.toHexString(a | b) + " " + Long.toHexString(a ^ b));
        long x = id(1);
        for (int i = 0; i < 64; i += 7) {
            x |= 1L << i;
        }
        System.out.println(Long.toBinaryString(x));
        System.out.println(Long.bitCount(x) + " " + Long.numberOfLeadingZeros(x) + " " + Long.numberOfTrailingZeros(x << 3)
                + " " + Long.highestOneBit(x) + " " + Long.lowestOneBit(x << 5) + " " + Long.reverse(x) + " "
                + Long.reverseBytes(x) + " " + Long.rotateLeft(x, 13) + " " + Long.rotateRight(x, 13));
        long h = id(0x9E3779B97F4A7C15L);
        long z = id(42);
        for (int i = 0; i < 10; i++) {
            z += h;
            long t = z;
            t = (t ^ (t >>> 30)) * 0xBF58476D1CE4E5B9L;
            t = (t ^ (t >>> 27)) * 0x94D049BB133111EBL;
            t = t ^ (t >>> 31);
            System.out.print(t + " ");
        }
        System.out.println();
        long m = id(-1);
        System.out.println((m >>> 1) + " " + (m >>> 63) + " " + (m << 63) + " " + (m & 0xFFFFFFFFL));
        int lo = (int) id(0xDEADBEEFCAFEBABEL);
        int hi = (int) (id(0xDEADBEEFCAFEBABEL) >>> 32);
        System.out.println(Integer.toHexString(lo) + " " + Integer.toHexString(hi) + " "
                + Long.toHexString(((long) hi << 32) | (lo & 0xFFFFFFFFL)));
        long p = id(5), q = id(-5);
        System.out.println((p < q) + " " + (p > q) + " " + (p == -q) + " " + Long.compare(p, q) + " "
                + Long.compareUnsigned(p, q) + " " + Long.signum(q) + " " + Long.toUnsignedString(q) + " "
                + Long.divideUnsigned(q, 3) + " " + Long.remainderUnsigned(q, 3));
        long mask = 0;
        mask ^= id(0xFF);
        mask <<= 8;
        mask |= 0x0F;
        mask &= ~0x3L;
        System.out.println(mask);
        boolean t1 = (id(3) & 1) != 0, t2 = (id(4) & 1) != 0;
        System.out.println((t1 & t2) + " " + (t1 | t2) + " " + (t1 ^ t2) + " " + (!t1));
    }
}
