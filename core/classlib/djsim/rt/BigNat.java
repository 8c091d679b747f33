// Minimal mutable arbitrary-precision unsigned integer, just enough for exact float <-> decimal conversion.
package djsim.rt;

/**
 * Unsigned big integer stored as little-endian 32-bit limbs in an int[]. Operations
 * mutate the receiver (the conversion loops reuse a few numbers many times, so
 * allocating a new object per step would dominate the cost). Invariant: d[n-1] != 0
 * unless n == 0; limbs at index >= n are zero garbage-free (always kept 0).
 */
final class BigNat {
    int[] d;
    int n;

    private static final long MASK = 0xFFFFFFFFL;
    /** 5^13 is the largest power of five below 2^31, so limb * 5^13 + carry fits a long. */
    private static final int POW5_13 = 1220703125;
    private static final int[] SMALL_POW5 = {
        1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125,
        244140625, 1220703125
    };

    BigNat(int capacity) {
        d = new int[capacity < 2 ? 2 : capacity];
    }

    static BigNat valueOf(long v) {
        BigNat r = new BigNat(4);
        r.d[0] = (int) v;
        r.d[1] = (int) (v >>> 32);
        r.n = 2;
        r.trim();
        return r;
    }

    /** 5^e5 * 2^e2 (both exponents >= 0). */
    static BigNat pow52(int e5, int e2) {
        BigNat r = valueOf(1);
        r.mulPow5(e5);
        r.shiftLeft(e2);
        return r;
    }

    BigNat copy() {
        BigNat r = new BigNat(n + 2);
        for (int i = 0; i < n; i++) {
            r.d[i] = d[i];
        }
        r.n = n;
        return r;
    }

    boolean isZero() {
        return n == 0;
    }

    private void ensure(int cap) {
        if (d.length < cap) {
            int[] nd = new int[Math.max(cap, d.length * 2)];
            for (int i = 0; i < n; i++) {
                nd[i] = d[i];
            }
            d = nd;
        }
    }

    private void trim() {
        while (n > 0 && d[n - 1] == 0) {
            n--;
        }
    }

    /** this = this * m + add, for 0 <= m, add < 2^31. */
    void mulAdd(int m, int add) {
        divShift = -1;
        long carry = add;
        for (int i = 0; i < n; i++) {
            long p = (d[i] & MASK) * m + carry;
            d[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(n + 1);
            d[n++] = (int) carry;
        }
    }

    void mulPow5(int e) {
        while (e >= 13) {
            mulAdd(POW5_13, 0);
            e -= 13;
        }
        if (e > 0) {
            mulAdd(SMALL_POW5[e], 0);
        }
    }

    void shiftLeft(int bits) {
        divShift = -1;
        if (n == 0 || bits == 0) {
            return;
        }
        int words = bits >>> 5;
        int b = bits & 31;
        ensure(n + words + 1);
        if (b == 0) {
            for (int i = n - 1; i >= 0; i--) {
                d[i + words] = d[i];
            }
        } else {
            d[n + words] = d[n - 1] >>> (32 - b);
            for (int i = n - 1; i > 0; i--) {
                d[i + words] = (d[i] << b) | (d[i - 1] >>> (32 - b));
            }
            d[words] = d[0] << b;
        }
        for (int i = 0; i < words; i++) {
            d[i] = 0;
        }
        n = n + words + 1;
        trim();
    }

    /** Shift left by one bit in place (the hot step of bitwise long division). */
    void shiftLeft1() {
        divShift = -1;
        if (n == 0) {
            return;
        }
        int top = d[n - 1] >>> 31;
        for (int i = n - 1; i > 0; i--) {
            d[i] = (d[i] << 1) | (d[i - 1] >>> 31);
        }
        d[0] = d[0] << 1;
        if (top != 0) {
            ensure(n + 1);
            d[n++] = 1;
        }
    }

    int bitLength() {
        if (n == 0) {
            return 0;
        }
        return (n - 1) * 32 + (32 - nlz(d[n - 1]));
    }

    static int nlz(int x) {
        if (x == 0) {
            return 32;
        }
        int c = 0;
        if ((x >>> 16) == 0) {
            c += 16;
            x <<= 16;
        }
        if ((x >>> 24) == 0) {
            c += 8;
            x <<= 8;
        }
        if ((x >>> 28) == 0) {
            c += 4;
            x <<= 4;
        }
        if ((x >>> 30) == 0) {
            c += 2;
            x <<= 2;
        }
        if ((x >>> 31) == 0) {
            c += 1;
        }
        return c;
    }

    /** Bits [from, from+count) of the value as a long (0 <= from, count <= 63). */
    long bits(int from, int count) {
        int w = from >>> 5;
        int b = from & 31;
        long lo = limb(w);
        long mid = limb(w + 1);
        long hi = limb(w + 2);
        long r = (lo >>> b) | (mid << (32 - b));
        if (b != 0) {
            r |= hi << (64 - b);
        }
        return count >= 64 ? r : r & ((1L << count) - 1);
    }

    private long limb(int i) {
        return i < n ? (d[i] & MASK) : 0;
    }

    /** True if any bit below position 'count' is set. */
    boolean lowBitsNonZero(int count) {
        int w = count >>> 5;
        for (int i = 0; i < w && i < n; i++) {
            if (d[i] != 0) {
                return true;
            }
        }
        if (w < n && (count & 31) != 0) {
            return (d[w] & ((1 << (count & 31)) - 1)) != 0;
        }
        return false;
    }

    static int cmp(BigNat a, BigNat b) {
        if (a.n != b.n) {
            return a.n < b.n ? -1 : 1;
        }
        for (int i = a.n - 1; i >= 0; i--) {
            if (a.d[i] != b.d[i]) {
                return (a.d[i] & MASK) < (b.d[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    /** this = this * v for 0 <= v < 2^63 (schoolbook with the two 32-bit halves of v). */
    void mulLong(long v) {
        divShift = -1;
        long lo = v & MASK;
        long hi = v >>> 32;
        int[] r = new int[n + 2];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            // Unsigned: (2^32-1)^2 + (2^32-1) < 2^64, so '>>> 32' recovers the carry.
            long p = (d[i] & MASK) * lo + carry;
            r[i] = (int) p;
            carry = p >>> 32;
        }
        r[n] = (int) carry;
        if (hi != 0) {
            carry = 0;
            for (int i = 0; i < n; i++) {
                long p = (d[i] & MASK) * hi + (r[i + 1] & MASK) + carry;
                r[i + 1] = (int) p;
                carry = p >>> 32;
            }
            r[n + 1] = (int) carry;
        }
        d = r;
        n = n + 2;
        trim();
    }

    /**
     * Compare x with a + b; the sum goes to 'scratch' (length >= max(a.n, b.n) + 1,
     * reused by the caller's digit loop) instead of a new object.
     */
    static int cmpSum(BigNat x, BigNat a, BigNat b, int[] scratch) {
        int len = Math.max(a.n, b.n) + 1;
        int[] s = scratch.length >= len ? scratch : new int[len];
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long av = i < a.n ? (a.d[i] & MASK) : 0;
            long bv = i < b.n ? (b.d[i] & MASK) : 0;
            long t = av + bv + carry;
            s[i] = (int) t;
            carry = t >>> 32;
        }
        int sn = len;
        while (sn > 0 && s[sn - 1] == 0) {
            sn--;
        }
        if (x.n != sn) {
            return x.n < sn ? -1 : 1;
        }
        for (int i = sn - 1; i >= 0; i--) {
            if (x.d[i] != s[i]) {
                return (x.d[i] & MASK) < (s[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    /** this -= b; caller guarantees this >= b. */
    void subtract(BigNat b) {
        divShift = -1;
        long borrow = 0;
        for (int i = 0; i < n; i++) {
            long t = (d[i] & MASK) - (i < b.n ? (b.d[i] & MASK) : 0) - borrow;
            d[i] = (int) t;
            borrow = (t >>> 63);
            if (i >= b.n && borrow == 0) {
                break;
            }
        }
        trim();
    }

    /**
     * One step of decimal digit extraction: returns q = floor(this / s) (the caller
     * guarantees q < 10 or so) and replaces this by 10 * (this mod s).
     */
    int quoRemTimes10(BigNat s) {
        int q = 0;
        if (n >= s.n) {
            // Estimate from the leading limbs so that usually a single multiply-subtract
            // suffices; fall back to correcting by repeated compare/subtract.
            q = estimateQuotient(s);
            if (q > 0) {
                subtractMul(s, q);
            }
            while (cmp(this, s) >= 0) {
                subtract(s);
                q++;
            }
        }
        mulAdd(10, 0);
        return q;
    }

    // Leading bits of this number when used as a divisor (see estimateQuotient). The
    // digit loop divides by the same, never modified, number every time, so they are
    // computed once; divShift < 0 means "not computed yet".
    private int divShift = -1;
    private long divTop;

    /** Lower bound for floor(this / s) derived from the leading bits; never too large. */
    private int estimateQuotient(BigNat s) {
        if (s.divShift < 0) {
            int sb = s.bitLength();
            if (sb == 0) {
                return 0;
            }
            int shift = sb > 58 ? sb - 58 : 0;
            s.divTop = s.bits(shift, 58) + (shift > 0 ? 1 : 0); // over-estimate the divisor
            s.divShift = shift;
        }
        long tTop = bitsWide(s.divShift);                      // under-estimate the dividend
        if (tTop < 0) {
            return 0; // dividend far larger than expected: let the loop handle it
        }
        long q = tTop / s.divTop;
        return q > 1000 ? 0 : (int) q;
    }

    /** floor(this / 2^shift) if it fits in 63 bits, else -1. */
    private long bitsWide(int shift) {
        int bl = bitLength();
        if (bl - shift > 63) {
            return -1;
        }
        if (bl <= shift) {
            return 0;
        }
        return bits(shift, bl - shift);
    }

    /** this -= s * q; caller guarantees the result is non-negative. */
    private void subtractMul(BigNat s, int q) {
        divShift = -1;
        long carry = 0;   // amount still to subtract at this limb (product carry)
        long borrow = 0;
        for (int i = 0; i < n; i++) {
            long p = (i < s.n ? (s.d[i] & MASK) * q : 0) + carry;
            carry = p >>> 32;
            long t = (d[i] & MASK) - (p & MASK) - borrow;
            d[i] = (int) t;
            borrow = t >>> 63;
        }
        trim();
    }
}
