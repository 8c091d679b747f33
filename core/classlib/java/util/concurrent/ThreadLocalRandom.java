// A random number generator per thread (SplitMix-style), seeded deterministically so runs repeat.
package java.util.concurrent;

import java.util.Random;

/**
 * Each thread's generator adds a fixed odd gamma to its 64-bit seed and mixes the result
 * (the murmur3 finalizer), as the JDK's does. The JDK seeds the first thread from the clock;
 * here the seeds come from a constant, so that a simulation gives the same numbers on every
 * run (a program cannot rely on HotSpot's values anyway).
 */
public class ThreadLocalRandom extends Random {
    private static final long serialVersionUID = -5851777807851030925L;

    private static final long GAMMA = 0x9e3779b97f4a7c15L;
    private static final long SEEDER_INCREMENT = 0xbb67ae8584caa73bL;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final float FLOAT_UNIT = 0x1.0p-24f;

    static final String BAD_BOUND = "bound must be positive";
    static final String BAD_RANGE = "bound must be greater than origin";
    static final String BAD_SIZE = "size must be non-negative";
    static final String BAD_FLOATING_BOUND = "bound must be finite and positive";

    /** The next thread's initial seed, before mixing. */
    private static long seeder = 0x5DEECE66DL;

    private static final ThreadLocal<long[]> seeds = new ThreadLocal<long[]>() {
        @Override
        protected long[] initialValue() {
            return new long[] {mix64(nextSeeder())};
        }
    };

    private static final ThreadLocalRandom instance = new ThreadLocalRandom();

    /** Refuses setSeed once constructed (Random's constructor may call it). */
    private final boolean initialized;

    private ThreadLocalRandom() {
        super(0L);
        initialized = true;
    }

    private static synchronized long nextSeeder() {
        long s = seeder;
        seeder += SEEDER_INCREMENT;
        return s;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return (int) (((z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L) >>> 32);
    }

    public static ThreadLocalRandom current() {
        return instance;
    }

    /** The current thread's next seed. */
    private static long nextSeed() {
        long[] s = seeds.get();
        return s[0] += GAMMA;
    }

    public void setSeed(long seed) {
        if (initialized) {
            throw new UnsupportedOperationException();
        }
    }

    protected int next(int bits) {
        return nextInt() >>> (32 - bits);
    }

    public int nextInt() {
        return mix32(nextSeed());
    }

    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException(BAD_BOUND);
        }
        int r = nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            return r & m;
        }
        for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
            // rejected: u fell in the last, partial interval
        }
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
        int r = nextInt();
        int n = bound - origin;
        if (n > 0) {
            int m = n - 1;
            if ((n & m) == 0) {
                return (r & m) + origin;
            }
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
        return mix64(nextSeed());
    }

    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException(BAD_BOUND);
        }
        long r = nextLong();
        long m = bound - 1;
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
            throw new IllegalArgumentException(BAD_RANGE);
        }
        long r = nextLong();
        long n = bound - origin;
        if (n > 0) {
            long m = n - 1;
            if ((n & m) == 0L) {
                return (r & m) + origin;
            }
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

    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    public double nextDouble(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_FLOATING_BOUND);
        }
        double r = nextDouble() * bound;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
        double r = nextDouble() * (bound - origin) + origin;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    public boolean nextBoolean() {
        return nextInt() < 0;
    }

    public float nextFloat() {
        return (nextInt() >>> 8) * FLOAT_UNIT;
    }

    /** A standard normal deviate, by the polar method on this thread's numbers. */
    public double nextGaussian() {
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        return v1 * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }

    public void nextBytes(byte[] bytes) {
        int i = 0;
        int len = bytes.length;
        for (int words = len >> 3; words-- > 0;) {
            long rnd = nextLong();
            for (int n = 8; n-- > 0; rnd >>>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
        if (i < len) {
            for (long rnd = nextLong(); i < len; rnd >>>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
    }
}
