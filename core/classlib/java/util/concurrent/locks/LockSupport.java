// Parking and unparking threads: the VM's per-thread permit, the base of every lock here.
package java.util.concurrent.locks;

public class LockSupport {
    // Blockers of parked threads, for getBlocker: parallel arrays under the class's monitor
    // (few threads park with a blocker at once).
    private static Thread[] blockedThreads = new Thread[8];
    private static Object[] blockers = new Object[8];
    private static int blockedCount;

    private LockSupport() {
    }

    /** Parks the current thread until unparked, interrupted, or `nanos` pass (0: no limit). */
    private static native void park0(long nanos);

    /** Gives `t` its permit, waking it if it is parked. */
    private static native void unpark0(Thread t);

    public static void unpark(Thread thread) {
        if (thread != null) {
            unpark0(thread);
        }
    }

    public static void park() {
        park0(0L);
    }

    public static void park(Object blocker) {
        Thread t = Thread.currentThread();
        setBlocker(t, blocker);
        try {
            park0(0L);
        } finally {
            setBlocker(t, null);
        }
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) {
            park0(nanos);
        }
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) {
            Thread t = Thread.currentThread();
            setBlocker(t, blocker);
            try {
                park0(nanos);
            } finally {
                setBlocker(t, null);
            }
        }
    }

    /** Parks until the wall-clock time `deadline` (milliseconds since the epoch). */
    public static void parkUntil(long deadline) {
        parkNanos(untilNanos(deadline));
    }

    public static void parkUntil(Object blocker, long deadline) {
        parkNanos(blocker, untilNanos(deadline));
    }

    private static long untilNanos(long deadline) {
        long millis = deadline - System.currentTimeMillis();
        if (millis <= 0) {
            return 0L;
        }
        return millis >= Long.MAX_VALUE / 1000000L ? Long.MAX_VALUE : millis * 1000000L;
    }

    public static Object getBlocker(Thread t) {
        if (t == null) {
            throw new NullPointerException();
        }
        synchronized (LockSupport.class) {
            for (int i = 0; i < blockedCount; i++) {
                if (blockedThreads[i] == t) {
                    return blockers[i];
                }
            }
            return null;
        }
    }

    public static void setCurrentBlocker(Object blocker) {
        setBlocker(Thread.currentThread(), blocker);
    }

    private static synchronized void setBlocker(Thread t, Object blocker) {
        for (int i = 0; i < blockedCount; i++) {
            if (blockedThreads[i] == t) {
                if (blocker != null) {
                    blockers[i] = blocker;
                } else {
                    blockedCount--;
                    blockedThreads[i] = blockedThreads[blockedCount];
                    blockers[i] = blockers[blockedCount];
                    blockedThreads[blockedCount] = null;
                    blockers[blockedCount] = null;
                }
                return;
            }
        }
        if (blocker == null) {
            return;
        }
        if (blockedCount == blockedThreads.length) {
            Thread[] nt = new Thread[blockedCount * 2];
            Object[] nb = new Object[blockedCount * 2];
            System.arraycopy(blockedThreads, 0, nt, 0, blockedCount);
            System.arraycopy(blockers, 0, nb, 0, blockedCount);
            blockedThreads = nt;
            blockers = nb;
        }
        blockedThreads[blockedCount] = t;
        blockers[blockedCount] = blocker;
        blockedCount++;
    }
}
