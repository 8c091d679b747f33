// java.util.Random's 48-bit linear congruential generator, bit for bit.
package java.util;

import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

public class Random implements java.io.Serializable {
    private static final long serialVersionUID = 3905348978240129619L;
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private static long seedUniquifier = 8682522807148012L;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    /**
     * Seeded from a per-VM sequence alone, not the clock: every instance differs, and a run
     * makes the same ones every time (djsim runs are reproducible; programs that print the
     * values of an unseeded Random do not compare with HotSpot anyway).
     */
    public Random() {
        this(nextSeedUniquifier());
    }

    private static synchronized long nextSeedUniquifier() {
        seedUniquifier *= 1181783497276652981L;
        return seedUniquifier;
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long initialScramble(long seed) {
        return (seed ^ MULTIPLIER) & MASK;
    }

    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    protected synchronized int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        int i = 0;
        int len = bytes.length;
        while (i < len) {
            int rnd = nextInt();
            for (int n = Math.min(len - i, 4); n-- > 0; rnd >>= 8) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    public int nextInt() {
        return next(32);
    }

    /** Uniform in [0, bound): rejects the values that would favour the low residues. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
            // rejected
        }
        return r;
    }

    /** Uniform in [origin, bound), as RandomGenerator's default method draws it. */
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {
                // rejected
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = nextInt();
        }
        return r;
    }

    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            return r & m;
        }
        for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) {
            // rejected
        }
        return r;
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        long r = nextLong();
        long n = bound - origin;
        long m = n - 1;
        if ((n & m) == 0L) {
            return (r & m) + origin;
        }
        if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) {
                // rejected
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = nextLong();
        }
        return r;
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
    }

    public double nextDouble(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        double r = nextDouble() * bound;
        return r < bound ? r : Math.nextDown(bound);
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        double r = nextDouble() * (bound - origin) + origin;
        return r < bound ? r : Math.nextDown(bound);
    }

    /** The polar method, which draws two values at a time and keeps the second. */
    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    // ---- Streams: each element is drawn as nextInt/nextLong/nextDouble (with the same
    // bounds) would draw it, when the stream reaches it.

    private static void checkStreamSize(long streamSize) {
        if (streamSize < 0L) {
            throw new IllegalArgumentException("size must be non-negative");
        }
    }

    private static void checkRange(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
    }

    /** Indexes 0 .. size-1 (a stream longer than an int can count is not supported). */
    private static IntStream indexes(long streamSize) {
        checkStreamSize(streamSize);
        return IntStream.range(0, (int) Math.min(streamSize, Integer.MAX_VALUE));
    }

    public IntStream ints() {
        return IntStream.generate(new IntSupplier() {
            public int getAsInt() {
                return nextInt();
            }
        });
    }

    public IntStream ints(long streamSize) {
        return indexes(streamSize).map(new IntUnaryOperator() {
            public int applyAsInt(int i) {
                return nextInt();
            }
        });
    }

    public IntStream ints(final int randomNumberOrigin, final int randomNumberBound) {
        checkRange(randomNumberOrigin < randomNumberBound);
        return IntStream.generate(new IntSupplier() {
            public int getAsInt() {
                return nextInt(randomNumberOrigin, randomNumberBound);
            }
        });
    }

    public IntStream ints(long streamSize, final int randomNumberOrigin, final int randomNumberBound) {
        checkStreamSize(streamSize);
        checkRange(randomNumberOrigin < randomNumberBound);
        return indexes(streamSize).map(new IntUnaryOperator() {
            public int applyAsInt(int i) {
                return nextInt(randomNumberOrigin, randomNumberBound);
            }
        });
    }

    public LongStream longs() {
        return LongStream.generate(new LongSupplier() {
            public long getAsLong() {
                return nextLong();
            }
        });
    }

    public LongStream longs(long streamSize) {
        return indexes(streamSize).mapToLong(new IntToLongFunction() {
            public long applyAsLong(int i) {
                return nextLong();
            }
        });
    }

    public LongStream longs(final long randomNumberOrigin, final long randomNumberBound) {
        checkRange(randomNumberOrigin < randomNumberBound);
        return LongStream.generate(new LongSupplier() {
            public long getAsLong() {
                return nextLong(randomNumberOrigin, randomNumberBound);
            }
        });
    }

    public LongStream longs(long streamSize, final long randomNumberOrigin, final long randomNumberBound) {
        checkStreamSize(streamSize);
        checkRange(randomNumberOrigin < randomNumberBound);
        return indexes(streamSize).mapToLong(new IntToLongFunction() {
            public long applyAsLong(int i) {
                return nextLong(randomNumberOrigin, randomNumberBound);
            }
        });
    }

    public DoubleStream doubles() {
        return DoubleStream.generate(new DoubleSupplier() {
            public double getAsDouble() {
                return nextDouble();
            }
        });
    }

    public DoubleStream doubles(long streamSize) {
        return indexes(streamSize).mapToDouble(new IntToDoubleFunction() {
            public double applyAsDouble(int i) {
                return nextDouble();
            }
        });
    }

    public DoubleStream doubles(final double randomNumberOrigin, final double randomNumberBound) {
        checkRange(randomNumberOrigin < randomNumberBound && randomNumberBound - randomNumberOrigin < Double.POSITIVE_INFINITY);
        return DoubleStream.generate(new DoubleSupplier() {
            public double getAsDouble() {
                return nextDouble(randomNumberOrigin, randomNumberBound);
            }
        });
    }

    public DoubleStream doubles(long streamSize, final double randomNumberOrigin, final double randomNumberBound) {
        checkStreamSize(streamSize);
        checkRange(randomNumberOrigin < randomNumberBound && randomNumberBound - randomNumberOrigin < Double.POSITIVE_INFINITY);
        return indexes(streamSize).mapToDouble(new IntToDoubleFunction() {
            public double applyAsDouble(int i) {
                return nextDouble(randomNumberOrigin, randomNumberBound);
            }
        });
    }
}
