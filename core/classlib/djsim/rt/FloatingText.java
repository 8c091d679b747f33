// Double/float <-> decimal text conversion, reproducing JDK 17's Double.toString/Float.toString/parseDouble exactly.
package djsim.rt;

/**
 * Binary-to-decimal follows the classic (pre JDK 19) digit-generation scheme used by
 * JDK 17: estimate the decimal exponent, then produce digits from exact quotients
 * B/S, stopping as soon as the remainder is within a (symmetric) half-ULP M. That
 * scheme is not always shortest (e.g. 2.0E23 prints as 1.9999999999999998E23) and
 * has several historical asymmetries (integer fast path with "insignificant digit"
 * rounding, different tie tests in the int/long/big branches, forced second digit in
 * E-notation); all of them are reproduced because the output must match byte for byte.
 *
 * Decimal-to-binary is simply correctly rounded (round half even), which is what the
 * JDK 17 parser produces; it is done exactly with BigNat.
 */
public final class FloatingText {
    private FloatingText() {
    }

    /** Outcome kinds of {@link #decompose}. */
    static final int FINITE = 0;
    static final int ZERO = 1;
    static final int INFINITE = 2;
    static final int NAN = 3;

    /** Decimal digits of a value: 0.d[first]d[first+1]... * 10^decExp. */
    static final class Digits {
        final char[] buf = new char[32];
        int first;
        int n;
        int decExp;
        boolean neg;
    }

    private static final long[] LONG_POW5 = new long[27];
    private static final int[] N5_BITS = new int[27];
    private static final long[] LONG_POW10 = new long[19];
    private static final double[] DOUBLE_POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final float[] FLOAT_POW10 = {
        1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f
    };

    static {
        long p = 1;
        for (int i = 0; i < 27; i++) {
            LONG_POW5[i] = p;
            // Bit length of 5^i, except that the table the algorithm was tuned with
            // says 0 (not 1) for 5^0; keep that, it feeds the int/long/big branch choice.
            N5_BITS[i] = i == 0 ? 0 : 64 - nlz64(p);
            p *= 5;
        }
        long t = 1;
        for (int i = 0; i < 19; i++) {
            LONG_POW10[i] = t;
            t *= 10;
        }
    }

    static int nlz64(long x) {
        if (x == 0) {
            return 64;
        }
        int c = 0;
        if ((x >>> 32) == 0) {
            c += 32;
            x <<= 32;
        }
        while (x > 0) {
            x <<= 1;
            c++;
        }
        return c;
    }

    static int ntz64(long x) {
        if (x == 0) {
            return 64;
        }
        int c = 0;
        if ((int) x == 0) {
            c += 32;
            x >>>= 32;
        }
        while ((x & 1) == 0) {
            x >>>= 1;
            c++;
        }
        return c;
    }

    // ------------------------------------------------------------------ toString

    public static String doubleToString(double d) {
        Digits g = new Digits();
        int kind = decompose(d, true, g);
        return javaFormat(kind, g);
    }

    public static String floatToString(float f) {
        Digits g = new Digits();
        int kind = decomposeFloat(f, g);
        return javaFormat(kind, g);
    }

    private static String javaFormat(int kind, Digits g) {
        if (kind == NAN) {
            return "NaN";
        }
        if (kind == INFINITE) {
            return g.neg ? "-Infinity" : "Infinity";
        }
        if (kind == ZERO) {
            return g.neg ? "-0.0" : "0.0";
        }
        StringBuilder sb = new StringBuilder(26);
        if (g.neg) {
            sb.append('-');
        }
        char[] b = g.buf;
        int f = g.first;
        int n = g.n;
        int e = g.decExp;
        if (e > 0 && e < 8) {
            // Plain notation with the point inside or right after the digits.
            int intDigits = Math.min(n, e);
            sb.append(new String(b, f, intDigits));
            if (intDigits < e) {
                for (int i = intDigits; i < e; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append('.');
                if (intDigits < n) {
                    sb.append(new String(b, f + intDigits, n - intDigits));
                } else {
                    sb.append('0');
                }
            }
        } else if (e <= 0 && e > -3) {
            sb.append("0.");
            for (int i = e; i < 0; i++) {
                sb.append('0');
            }
            sb.append(new String(b, f, n));
        } else {
            sb.append(b[f]);
            sb.append('.');
            if (n > 1) {
                sb.append(new String(b, f + 1, n - 1));
            } else {
                sb.append('0');
            }
            sb.append('E');
            int x;
            if (e <= 0) {
                sb.append('-');
                x = 1 - e;
            } else {
                x = e - 1;
            }
            sb.append(x);
        }
        return sb.toString();
    }

    /**
     * Fills g with the digits of d. compat=true is the Double.toString flavour;
     * compat=false (used by Formatter's %e/%f/%g) always develops at least two digits
     * on the non-integer paths.
     */
    static int decompose(double d, boolean compat, Digits g) {
        long bits = Double.doubleToRawLongBits(d);
        g.neg = bits < 0;
        long frac = bits & 0x000FFFFFFFFFFFFFL;
        int be = (int) ((bits >>> 52) & 0x7FF);
        if (be == 0x7FF) {
            return frac == 0 ? INFINITE : NAN;
        }
        int nSig;
        if (be == 0) {
            if (frac == 0) {
                setZero(g);
                return ZERO;
            }
            int lz = nlz64(frac);
            int shift = lz - 11;
            frac <<= shift;
            be = 1 - shift;
            nSig = 64 - lz;
        } else {
            frac |= 1L << 52;
            nSig = 53;
        }
        dtoa(be - 1023, frac, nSig, compat, g);
        return FINITE;
    }

    static int decomposeFloat(float f, Digits g) {
        int bits = Float.floatToRawIntBits(f);
        g.neg = bits < 0;
        int frac = bits & 0x007FFFFF;
        int be = (bits >>> 23) & 0xFF;
        if (be == 0xFF) {
            return frac == 0 ? INFINITE : NAN;
        }
        int nSig;
        if (be == 0) {
            if (frac == 0) {
                setZero(g);
                return ZERO;
            }
            int lz = BigNat.nlz(frac);
            int shift = lz - 8;
            frac <<= shift;
            be = 1 - shift;
            nSig = 32 - lz;
        } else {
            frac |= 1 << 23;
            nSig = 24;
        }
        // The float is handled by the double machinery: significand aligned to bit 52,
        // but with its own (smaller) count of significant bits.
        dtoa(be - 127, ((long) frac) << 29, nSig, true, g);
        return FINITE;
    }

    private static void setZero(Digits g) {
        g.buf[0] = '0';
        g.first = 0;
        g.n = 1;
        g.decExp = 0;
    }

    /**
     * Core digit generation. fractBits holds the significand with its leading one at
     * bit 52; the value is fractBits * 2^(binExp - 52). nSig is the number of
     * significant bits of the source format (53/24, fewer for subnormals).
     */
    private static void dtoa(int binExp, long fractBits, int nSig, boolean compat, Digits g) {
        int tailZeros = ntz64(fractBits);
        int nFractBits = 53 - tailZeros;
        int nTinyBits = Math.max(0, nFractBits - binExp - 1);

        if (binExp <= 62 && binExp >= -21 && nTinyBits == 0) {
            // Exact integer below 2^63: print it directly, but first round away the
            // low decimal digits that lie below the format's precision.
            int insignificant = 0;
            if (binExp > nSig) {
                int p2 = binExp - nSig - 1;
                if (p2 > 1) {
                    insignificant = floorLog10Pow2(p2);
                }
            }
            long v = binExp >= 52 ? fractBits << (binExp - 52) : fractBits >>> (52 - binExp);
            longDigits(v, insignificant, g);
            return;
        }

        int decExp = estimateDecExp(fractBits, binExp);
        int b5 = Math.max(0, -decExp);
        int b2 = b5 + nTinyBits + binExp;
        int s5 = Math.max(0, decExp);
        int s2 = s5 + nTinyBits;
        int m5 = b5;
        int m2 = b2 - nSig;

        fractBits >>>= tailZeros;
        b2 -= nFractBits - 1;
        int common = Math.min(b2, s2);
        b2 -= common;
        s2 -= common;
        m2 -= common;
        // For an exact power of two the next lower neighbour is only half as far
        // away; the algorithm narrows M for that case (and stays symmetric otherwise).
        if (nFractBits == 1) {
            m2 -= 1;
        }
        if (m2 < 0) {
            b2 -= m2;
            s2 -= m2;
            m2 = 0;
        }

        int bBits = nFractBits + b2 + (b5 < N5_BITS.length ? N5_BITS[b5] : b5 * 3);
        int tenSBits = s2 + 1 + (s5 + 1 < N5_BITS.length ? N5_BITS[s5 + 1] : (s5 + 1) * 3);

        char[] dig = g.buf;
        int nd = 0;
        boolean low;
        boolean high;
        long lowDigitDiff;
        int q;

        if (bBits < 64 && tenSBits < 64) {
            if (bBits < 32 && tenSBits < 32) {
                // All quantities fit in an int. The int arithmetic (including the
                // overflow guard on m) is part of the observable behaviour.
                int b = ((int) fractBits * (int) LONG_POW5[b5]) << b2;
                int s = (int) LONG_POW5[s5] << s2;
                int m = (int) LONG_POW5[m5] << m2;
                int tens = s * 10;
                q = b / s;
                b = 10 * (b % s);
                m *= 10;
                low = b < m;
                high = b + m > tens;
                if (q == 0 && !high) {
                    decExp--; // estimate was one too high: drop the leading zero
                } else {
                    dig[nd++] = (char) ('0' + q);
                }
                if (!compat || decExp < -3 || decExp >= 8) {
                    high = false;
                    low = false;
                }
                while (!low && !high) {
                    q = b / s;
                    b = 10 * (b % s);
                    m *= 10;
                    if (m > 0) {
                        low = b < m;
                        high = b + m > tens;
                    } else {
                        low = true;
                        high = true;
                    }
                    dig[nd++] = (char) ('0' + q);
                }
                lowDigitDiff = (b << 1) - tens;
            } else {
                long b = (fractBits * LONG_POW5[b5]) << b2;
                long s = LONG_POW5[s5] << s2;
                long m = LONG_POW5[m5] << m2;
                long tens = s * 10L;
                q = (int) (b / s);
                b = 10L * (b % s);
                m *= 10L;
                low = b < m;
                high = b + m > tens;
                if (q == 0 && !high) {
                    decExp--;
                } else {
                    dig[nd++] = (char) ('0' + q);
                }
                if (!compat || decExp < -3 || decExp >= 8) {
                    high = false;
                    low = false;
                }
                while (!low && !high) {
                    q = (int) (b / s);
                    b = 10 * (b % s);
                    m *= 10;
                    if (m > 0L) {
                        low = b < m;
                        high = b + m > tens;
                    } else {
                        low = true;
                        high = true;
                    }
                    dig[nd++] = (char) ('0' + q);
                }
                lowDigitDiff = (b << 1) - tens;
            }
        } else {
            // Big-number branch. Note its "high" test is b + m >= 10s (not >).
            BigNat sv = BigNat.pow52(s5, s2);
            BigNat tenS = sv.copy();
            tenS.mulAdd(10, 0);
            // M = 5^m5 * 2^m2 with m5 == b5: build the power of five once for B and M.
            BigNat p5 = BigNat.pow52(m5, 0);
            BigNat mv = p5.copy();
            mv.mulAdd(10, 0);                             // 10 * M, matching bv after one step
            mv.shiftLeft(m2);
            BigNat bv = p5;
            bv.mulLong(fractBits);
            bv.shiftLeft(b2);
            int[] scratch = new int[tenS.n + 2];
            q = bv.quoRemTimes10(sv);
            low = BigNat.cmp(bv, mv) < 0;
            high = BigNat.cmpSum(tenS, bv, mv, scratch) <= 0;
            if (q == 0 && !high) {
                decExp--;
            } else {
                dig[nd++] = (char) ('0' + q);
            }
            if (!compat || decExp < -3 || decExp >= 8) {
                high = false;
                low = false;
            }
            while (!low && !high) {
                q = bv.quoRemTimes10(sv);
                mv.mulAdd(10, 0);
                low = BigNat.cmp(bv, mv) < 0;
                high = BigNat.cmpSum(tenS, bv, mv, scratch) <= 0;
                dig[nd++] = (char) ('0' + q);
            }
            if (high && low) {
                bv.shiftLeft(1);
                lowDigitDiff = BigNat.cmp(bv, tenS);
            } else {
                lowDigitDiff = 0;
            }
        }
        g.decExp = decExp + 1;
        g.first = 0;
        g.n = nd;
        if (high) {
            if (low) {
                if (lowDigitDiff == 0) {
                    if ((dig[nd - 1] & 1) != 0) {
                        roundUp(g);
                    }
                } else if (lowDigitDiff > 0) {
                    roundUp(g);
                }
            } else {
                roundUp(g);
            }
        }
    }

    /** floor(log10(2^p)) for 0 <= p <= 62. */
    private static int floorLog10Pow2(int p) {
        long x = 1L << p;
        int n = 0;
        while (x >= 10) {
            x /= 10;
            n++;
        }
        return n;
    }

    /** Increment the last digit; a carry out of the top digit leaves "1000..." in place. */
    private static void roundUp(Digits g) {
        char[] dig = g.buf;
        int i = g.first + g.n - 1;
        char c = dig[i];
        if (c == '9') {
            while (c == '9' && i > g.first) {
                dig[i] = '0';
                c = dig[--i];
            }
            if (c == '9') {
                g.decExp += 1;
                dig[g.first] = '1';
                return;
            }
        }
        dig[i] = (char) (c + 1);
    }

    private static void longDigits(long v, int insignificant, Digits g) {
        int decExp = 0;
        if (insignificant != 0) {
            long pow10 = LONG_POW10[insignificant];
            long residue = v % pow10;
            v /= pow10;
            decExp += insignificant;
            if (residue >= (pow10 >> 1)) {
                v++; // half-up on the discarded low digits
            }
        }
        while (v % 10 == 0) {
            v /= 10;
            decExp++;
        }
        char[] dig = g.buf;
        int pos = dig.length;
        while (v != 0) {
            dig[--pos] = (char) ('0' + (int) (v % 10));
            v /= 10;
        }
        g.first = pos;
        g.n = dig.length - pos;
        g.decExp = decExp + g.n;
    }

    /** floor of a cheap log10 estimate; may be one too high, which dtoa corrects. */
    private static int estimateDecExp(long fractBits, int binExp) {
        double d2 = Double.longBitsToDouble(0x3FF0000000000000L | (fractBits & 0x000FFFFFFFFFFFFFL));
        double d = (d2 - 1.5) * 0.289529654 + 0.176091259 + (double) binExp * 0.301029995663981;
        int r = (int) d;
        if (d < r) {
            r--;
        }
        return r;
    }

    // ------------------------------------------------------------------ parsing

    public static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, false));
    }

    public static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, true));
    }

    private static NumberFormatException bad(String s) {
        StringBuilder m = new StringBuilder();
        m.append("For input string: \"").append(s).append('"');
        return new NumberFormatException(m.toString());
    }

    /** Returns the IEEE bit pattern (double, or float in the low 32 bits). */
    private static long parse(String in, boolean isFloat) {
        int start = 0;
        int end = in.length(); // NullPointerException for null, like the JDK
        while (start < end && in.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && in.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            throw new NumberFormatException("empty String");
        }
        String s = (start == 0 && end == in.length()) ? in : in.substring(start, end);
        int len = s.length();
        int i = 0;
        boolean neg = false;
        char c = s.charAt(0);
        if (c == '-' || c == '+') {
            neg = c == '-';
            i++;
        }
        long signBit = neg ? (isFloat ? 0x80000000L : 0x8000000000000000L) : 0;
        if (i < len) {
            c = s.charAt(i);
            if (c == 'N') {
                if (s.length() - i == 3 && s.charAt(i + 1) == 'a' && s.charAt(i + 2) == 'N') {
                    return isFloat ? 0x7FC00000L : 0x7FF8000000000000L;
                }
                throw bad(s);
            }
            if (c == 'I') {
                if (matchesAt(s, i, "Infinity") && len - i == 8) {
                    return signBit | (isFloat ? 0x7F800000L : 0x7FF0000000000000L);
                }
                throw bad(s);
            }
            if (c == '0' && i + 1 < len && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
                return signBit | parseHex(s, i + 2, isFloat);
            }
        }

        // Decimal: collect significant digits (leading zeros dropped) and note where
        // the point was; value = digits * 10^(exp - fractionDigits).
        char[] digs = new char[len];
        int nd = 0;
        boolean sawDigit = false;
        boolean sawPoint = false;
        long fracDigits = 0;
        for (; i < len; i++) {
            c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                if (sawPoint) {
                    fracDigits++;
                }
                if (nd > 0 || c != '0') {
                    digs[nd++] = c;
                }
            } else if (c == '.') {
                if (sawPoint) {
                    throw new NumberFormatException("multiple points");
                }
                sawPoint = true;
            } else {
                break;
            }
        }
        if (!sawDigit) {
            throw bad(s);
        }
        long exp = 0;
        if (i < len && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean expNeg = false;
            if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNeg = s.charAt(i) == '-';
                i++;
            }
            int expStart = i;
            while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (exp < 100000000000L) { // saturate: anything this large is 0 or infinity anyway
                    exp = exp * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            if (i == expStart) {
                throw bad(s);
            }
            if (expNeg) {
                exp = -exp;
            }
        }
        if (i < len) {
            c = s.charAt(i);
            if (i != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) {
                throw bad(s);
            }
        }
        // Trailing zeros only scale the value.
        long e10 = exp - fracDigits;
        while (nd > 0 && digs[nd - 1] == '0') {
            nd--;
            e10++;
        }
        if (nd == 0) {
            return signBit;
        }
        return signBit | decimalToBits(digs, nd, e10, isFloat);
    }

    private static boolean matchesAt(String s, int at, String word) {
        if (s.length() - at < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Correctly rounded bits of digits[0..nd) * 10^e10 (no leading/trailing zeros). */
    private static long decimalToBits(char[] digs, int nd, long e10, boolean isFloat) {
        long mag = nd + e10; // value lies in [10^(mag-1), 10^mag)
        if (isFloat) {
            if (mag > 40) {
                return 0x7F800000L;
            }
            if (mag < -46) {
                return 0;
            }
        } else {
            if (mag > 310) {
                return 0x7FF0000000000000L;
            }
            if (mag < -325) {
                return 0;
            }
        }
        int e = (int) e10;
        // Fast paths: exact integer significand and exact power of ten, so a single
        // IEEE operation gives the correctly rounded result.
        if (isFloat) {
            if (nd <= 7 && e >= -10 && e <= 10) {
                float v = (float) (int) smallValue(digs, nd);
                v = e >= 0 ? v * FLOAT_POW10[e] : v / FLOAT_POW10[-e];
                return Float.floatToRawIntBits(v) & 0xFFFFFFFFL;
            }
        } else if (nd <= 15 && e >= -22 && e <= 22) {
            double v = (double) smallValue(digs, nd);
            v = e >= 0 ? v * DOUBLE_POW10[e] : v / DOUBLE_POW10[-e];
            return Double.doubleToRawLongBits(v);
        }
        if (nd <= 18 && e >= -22 && e <= 22) {
            // Up to 18 digits (e.g. most Double.toString output): a double estimate that
            // is at most a couple of ulps off, fixed up by exact midpoint comparisons on
            // small numbers -- much cheaper than the general long division below.
            long dl = smallValue(digs, nd);
            double z = (double) dl;
            z = e >= 0 ? z * DOUBLE_POW10[e] : z / DOUBLE_POW10[-e];
            long bits = isFloat ? (Float.floatToRawIntBits((float) z) & 0xFFFFFFFFL) : Double.doubleToRawLongBits(z);
            BigNat lhs = BigNat.valueOf(dl);
            if (e > 0) {
                lhs.mulPow5(e);
            }
            return correct(bits, lhs, e, isFloat);
        }

        BigNat dv = new BigNat(nd / 9 + 2);
        int k = 0;
        while (k < nd) {
            int chunk = Math.min(9, nd - k);
            int part = 0;
            for (int j = 0; j < chunk; j++) {
                part = part * 10 + (digs[k + j] - '0');
            }
            dv.mulAdd((int) LONG_POW10[chunk], part);
            k += chunk;
        }
        long top;
        boolean sticky;
        int exp2;
        if (e >= 0) {
            dv.mulPow5(e);
            int bl = dv.bitLength();
            if (bl <= 62) {
                top = dv.bits(0, 62);
                sticky = false;
                exp2 = e;
            } else {
                top = dv.bits(bl - 62, 62);
                sticky = dv.lowBitsNonZero(bl - 62);
                exp2 = e + bl - 62;
            }
        } else {
            // value = D / (5^-e * 2^-e): take a 62/63-bit quotient plus a sticky bit.
            BigNat p = BigNat.pow52(-e, 0);
            int t = p.bitLength() - dv.bitLength() + 62;
            if (t >= 0) {
                dv.shiftLeft(t);
            } else {
                p.shiftLeft(-t);
            }
            // Now dv / p lies in (2^61, 2^63). Long division one bit at a time, with
            // the divisor pre-shifted by 62 so that each step is compare/subtract/shift.
            p.shiftLeft(62);
            long q = 0;
            for (int step = 0; step < 63; step++) {
                q <<= 1;
                if (BigNat.cmp(dv, p) >= 0) {
                    dv.subtract(p);
                    q |= 1;
                }
                if (step < 62) {
                    dv.shiftLeft1();
                }
            }
            top = q;
            sticky = !dv.isZero();
            exp2 = e - t;
        }
        return isFloat ? roundBinary(top, sticky, exp2, 24, -149, 255)
                       : roundBinary(top, sticky, exp2, 53, -1074, 2047);
    }

    /**
     * Walk the candidate bit pattern to the correctly rounded one. lhs is D*5^max(e,0)
     * for the value D*10^e; each step compares the value with the midpoint to a
     * neighbour, (2m+1)*2^(k-1) for a candidate m*2^k.
     */
    private static long correct(long bits, BigNat lhs, int e, boolean isFloat) {
        long inf = isFloat ? 0x7F800000L : 0x7FF0000000000000L;
        while (true) {
            if (bits < inf) {
                int c = cmpMid(bits, lhs, e, isFloat);
                if (c > 0 || (c == 0 && (bits & 1) != 0)) {
                    bits++;
                    continue;
                }
            }
            if (bits > 0) {
                int c = cmpMid(bits - 1, lhs, e, isFloat);
                if (c < 0 || (c == 0 && (bits & 1) != 0)) {
                    bits--;
                    continue;
                }
            }
            return bits;
        }
    }

    /** Sign of value - midpoint(bits, bits+1); value = lhs * 2^e (/ 5^-e when e < 0). */
    private static int cmpMid(long bits, BigNat lhs, int e, boolean isFloat) {
        long m;
        int k;
        if (isFloat) {
            int field = (int) (bits >>> 23);
            m = bits & 0x7FFFFF;
            if (field == 0) {
                k = -149;
            } else {
                m |= 1L << 23;
                k = field - 150;
            }
        } else {
            int field = (int) (bits >>> 52);
            m = bits & 0x000FFFFFFFFFFFFFL;
            if (field == 0) {
                k = -1074;
            } else {
                m |= 1L << 52;
                k = field - 1075;
            }
        }
        BigNat a = lhs.copy();
        BigNat b = BigNat.valueOf(2 * m + 1);
        if (e < 0) {
            b.mulPow5(-e); // multiply both sides by 5^-e instead of dividing the left
        }
        int bExp = k - 1;
        if (e > bExp) {
            a.shiftLeft(e - bExp);
        } else {
            b.shiftLeft(bExp - e);
        }
        return BigNat.cmp(a, b);
    }

    private static long smallValue(char[] digs, int nd) {
        long v = 0;
        for (int j = 0; j < nd; j++) {
            v = v * 10 + (digs[j] - '0');
        }
        return v;
    }

    /**
     * Round (q + sticky*epsilon) * 2^exp2 (q > 0, q < 2^63) to a binary format with
     * 'prec' significand bits, smallest ulp 2^minLsb and the given all-ones exponent
     * field; round half to even. Returns the bit pattern (without sign).
     */
    private static long roundBinary(long q, boolean sticky, long exp2, int prec, int minLsb, int maxField) {
        int bl = 64 - nlz64(q);
        if (exp2 > 4000) {
            exp2 = 4000;
        } else if (exp2 < -4000) {
            exp2 = -4000;
        }
        int e2 = (int) exp2;
        int shift = Math.max(bl - prec, minLsb - e2);
        long mant;
        if (shift <= 0) {
            mant = q << -shift; // exact (only reachable without sticky bits)
        } else if (shift > 63) {
            mant = 0; // far below half of the smallest subnormal
        } else {
            mant = q >>> shift;
            long rem = q & ((1L << shift) - 1);
            long half = 1L << (shift - 1);
            if (rem > half || (rem == half && (sticky || (mant & 1) != 0))) {
                mant++;
            }
        }
        int e = e2 + shift; // value = mant * 2^e
        if (mant >= (1L << prec)) {
            mant >>>= 1;
            e++;
        }
        if (mant == 0) {
            return 0;
        }
        if (mant < (1L << (prec - 1))) {
            return mant; // subnormal: e == minLsb
        }
        long field = (long) e - minLsb + 1; // biased exponent
        if (field >= maxField) {
            return (long) maxField << (prec - 1);
        }
        return (field << (prec - 1)) | (mant & ((1L << (prec - 1)) - 1));
    }

    /** Hex significand "h.hhh" then mandatory p-exponent, optional f/F/d/D suffix. */
    private static long parseHex(String s, int i, boolean isFloat) {
        int len = s.length();
        long q = 0;
        int kept = 0;
        boolean sticky = false;
        boolean sawDigit = false;
        boolean sawPoint = false;
        long adj = 0; // binary exponent adjustment from digit positions
        for (; i < len; i++) {
            char c = s.charAt(i);
            int v = hexVal(c);
            if (v >= 0) {
                sawDigit = true;
                if (sawPoint) {
                    adj -= 4;
                }
                if (kept == 0 && v == 0) {
                    continue; // leading zero
                }
                if (kept < 15) {
                    q = (q << 4) | v;
                    kept++;
                } else {
                    adj += 4;
                    if (v != 0) {
                        sticky = true;
                    }
                }
            } else if (c == '.' && !sawPoint) {
                sawPoint = true;
            } else {
                break;
            }
        }
        if (!sawDigit || i >= len || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) {
            throw bad(s);
        }
        i++;
        boolean expNeg = false;
        if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            expNeg = s.charAt(i) == '-';
            i++;
        }
        int expStart = i;
        long exp = 0;
        while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            if (exp < 100000000000L) {
                exp = exp * 10 + (s.charAt(i) - '0');
            }
            i++;
        }
        if (i == expStart) {
            throw bad(s);
        }
        if (i < len) {
            char c = s.charAt(i);
            if (i != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) {
                throw bad(s);
            }
        }
        if (q == 0) {
            return 0;
        }
        long exp2 = (expNeg ? -exp : exp) + adj;
        return isFloat ? roundBinary(q, sticky, exp2, 24, -149, 255)
                       : roundBinary(q, sticky, exp2, 53, -1074, 2047);
    }

    private static int hexVal(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
