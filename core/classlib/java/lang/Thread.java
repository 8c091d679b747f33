// A thread of execution: name, priority, daemon flag and task; the VM runs and schedules it.
package java.lang;

public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    /** The states a thread goes through. */
    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    // The VM knows these fields by name.
    private volatile String name;
    private int priority = NORM_PRIORITY;
    private boolean daemon;
    private Runnable target;
    private long tid;
    private static int threadInitNumber;
    private static long threadSeqNumber;
    private boolean started;

    // The VM's view of this thread, kept up to date by the VM: the thread's logical id, its
    // life (0 new, 1 alive, 2 terminated) and its interrupt status.
    private long eetop;
    private volatile int vmState;
    private volatile boolean interrupted;

    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    // ThreadLocal values of this thread: parallel arrays, searched linearly (few per thread).
    ThreadLocal<?>[] localKeys;
    Object[] localValues;
    int localCount;


    /** What runs when a thread ends with an exception. (No @FunctionalInterface: javac
     *  cannot complete annotations while it is still completing java.lang.Thread.) */
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    private static synchronized long nextThreadID() {
        return ++threadSeqNumber;
    }

    public Thread() {
        this(null, "Thread-" + nextThreadNum());
    }

    public Thread(Runnable target) {
        this(target, "Thread-" + nextThreadNum());
    }

    /** The VM makes the main thread with this constructor, before any other thread exists. */
    public Thread(String name) {
        this(null, name);
    }

    public Thread(Runnable target, String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
        this.target = target;
        Thread parent = currentThread();
        if (parent != null) {
            this.daemon = parent.daemon;
            this.priority = parent.priority;
        }
        this.tid = nextThreadID();
    }

    public static native Thread currentThread();

    /** Starts running run() on a new thread (on the node the placement policy picks). */
    private native void start0();

    public static native void sleep(long millis) throws InterruptedException;

    public static native void yield();

    public static native boolean holdsLock(Object obj);

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        sleep(millis);
    }

    public synchronized void start() {
        if (started) {
            throw new IllegalThreadStateException();
        }
        started = true;
        start0();
    }

    @Override
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    public final String getName() {
        return name;
    }

    public final synchronized void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    public long getId() {
        return tid;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        if (started) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        priority = newPriority;
    }

    public String toString() {
        return "Thread[" + getName() + "," + getPriority() + "," + "main" + "]";
    }

    /** Called by the VM when run() ends with `e`: prints it as HotSpot's default handler does. */
    private void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler h = getUncaughtExceptionHandler();
        if (h != null) {
            h.uncaughtException(this, e);
            return;
        }
        System.err.print("Exception in thread \"" + getName() + "\" ");
        e.printStackTrace(System.err);
        System.err.flush();
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler h = uncaughtExceptionHandler;
        return h != null ? h : defaultUncaughtExceptionHandler;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler h) {
        uncaughtExceptionHandler = h;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler h) {
        defaultUncaughtExceptionHandler = h;
    }

    public final boolean isAlive() {
        return vmState == 1;
    }

    public State getState() {
        return State.values()[getState0()];
    }

    private native int getState0();

    public final void join() throws InterruptedException {
        join(0);
    }

    public final synchronized void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (millis == 0) {
            while (isAlive()) {
                wait(0);
            }
            return;
        }
        long deadline = System.nanoTime() / 1000000 + millis;
        while (isAlive()) {
            long left = deadline - System.nanoTime() / 1000000;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        join(millis);
    }

    public void interrupt() {
        interrupted = true;
        interrupt0();
    }

    private native void interrupt0();

    public boolean isInterrupted() {
        return interrupted;
    }

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        if (was) {
            t.interrupted = false;
        }
        return was;
    }

    public static void onSpinWait() {
    }

    public StackTraceElement[] getStackTrace() {
        return new StackTraceElement[0];
    }
}
