// A cancellable computation that is its own Future: run() computes, get() waits for the result.
package java.util.concurrent;

import java.util.concurrent.locks.LockSupport;

public class FutureTask<V> implements RunnableFuture<V> {
    // The life of a task: NEW -> COMPLETING -> NORMAL or EXCEPTIONAL, or NEW -> CANCELLED, or
    // NEW -> INTERRUPTING -> INTERRUPTED (cancelled with an interrupt of the runner).
    private static final int NEW = 0;
    private static final int COMPLETING = 1;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;
    private static final int INTERRUPTING = 5;
    private static final int INTERRUPTED = 6;

    private volatile int state;
    private Callable<V> callable;
    /** The result, or the exception that ended the computation. */
    private Object outcome;
    private volatile Thread runner;
    /** Threads parked in get(), newest first; guarded by this object's monitor. */
    private WaitNode waiters;

    private static final class WaitNode {
        final Thread thread = Thread.currentThread();
        WaitNode next;
    }

    public FutureTask(Callable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
    }

    public FutureTask(Runnable runnable, V result) {
        this.callable = Executors.callable(runnable, result);
    }

    private synchronized boolean casState(int expect, int update) {
        if (state != expect) {
            return false;
        }
        state = update;
        return true;
    }

    @SuppressWarnings("unchecked")
    private V report(int s) throws ExecutionException {
        Object x = outcome;
        if (s == NORMAL) {
            return (V) x;
        }
        if (s >= CANCELLED) {
            throw new CancellationException();
        }
        throw new ExecutionException((Throwable) x);
    }

    public boolean isCancelled() {
        return state >= CANCELLED;
    }

    public boolean isDone() {
        return state != NEW;
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!casState(NEW, mayInterruptIfRunning ? INTERRUPTING : CANCELLED)) {
            return false;
        }
        try {
            if (mayInterruptIfRunning) {
                try {
                    Thread t = runner;
                    if (t != null) {
                        t.interrupt();
                    }
                } finally {
                    state = INTERRUPTED;
                }
            }
        } finally {
            finishCompletion();
        }
        return true;
    }

    public V get() throws InterruptedException, ExecutionException {
        int s = state;
        if (s <= COMPLETING) {
            s = awaitDone(false, 0L);
        }
        return report(s);
    }

    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) {
            throw new NullPointerException();
        }
        int s = state;
        if (s <= COMPLETING && (s = awaitDone(true, unit.toNanos(timeout))) <= COMPLETING) {
            throw new TimeoutException();
        }
        return report(s);
    }

    /** Called once the task is done, cancelled or not; subclasses hook completion here. */
    protected void done() {
    }

    protected void set(V v) {
        if (casState(NEW, COMPLETING)) {
            outcome = v;
            state = NORMAL;
            finishCompletion();
        }
    }

    protected void setException(Throwable t) {
        if (casState(NEW, COMPLETING)) {
            outcome = t;
            state = EXCEPTIONAL;
            finishCompletion();
        }
    }

    private synchronized boolean claimRunner() {
        if (state != NEW || runner != null) {
            return false;
        }
        runner = Thread.currentThread();
        return true;
    }

    public void run() {
        if (!claimRunner()) {
            return;
        }
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                V result;
                boolean ran;
                try {
                    result = c.call();
                    ran = true;
                } catch (Throwable ex) {
                    result = null;
                    ran = false;
                    setException(ex);
                }
                if (ran) {
                    set(result);
                }
            }
        } finally {
            runner = null;
            int s = state;
            if (s >= INTERRUPTING) {
                awaitCancellationInterrupt(s);
            }
        }
    }

    /** Runs the computation without setting a result, leaving the task NEW; for periodic tasks. */
    protected boolean runAndReset() {
        if (!claimRunner()) {
            return false;
        }
        boolean ran = false;
        int s = state;
        try {
            Callable<V> c = callable;
            if (c != null && s == NEW) {
                try {
                    c.call();
                    ran = true;
                } catch (Throwable ex) {
                    setException(ex);
                }
            }
        } finally {
            runner = null;
            s = state;
            if (s >= INTERRUPTING) {
                awaitCancellationInterrupt(s);
            }
        }
        return ran && s == NEW;
    }

    /** A cancel(true) may still be about to interrupt us: let it, so it hits this task only. */
    private void awaitCancellationInterrupt(int s) {
        if (s == INTERRUPTING) {
            while (state == INTERRUPTING) {
                Thread.yield();
            }
        }
    }

    private void finishCompletion() {
        WaitNode q;
        synchronized (this) {
            q = waiters;
            waiters = null;
        }
        for (; q != null; q = q.next) {
            LockSupport.unpark(q.thread);
        }
        done();
        callable = null;
    }

    /** Waits for completion (or the time limit); returns the state then. */
    private int awaitDone(boolean timed, long nanos) throws InterruptedException {
        long startTime = 0L;
        WaitNode q = null;
        for (;;) {
            int s = state;
            if (s > COMPLETING) {
                if (q != null) {
                    removeWaiter(q);
                }
                return s;
            } else if (s == COMPLETING) {
                Thread.yield();
            } else if (Thread.interrupted()) {
                if (q != null) {
                    removeWaiter(q);
                }
                throw new InterruptedException();
            } else if (q == null) {
                if (timed && nanos <= 0L) {
                    return s;
                }
                q = new WaitNode();
                synchronized (this) {
                    if (state > COMPLETING) {
                        continue;
                    }
                    q.next = waiters;
                    waiters = q;
                }
            } else if (timed) {
                long parkNanos;
                if (startTime == 0L) {
                    startTime = System.nanoTime();
                    if (startTime == 0L) {
                        startTime = 1L;
                    }
                    parkNanos = nanos;
                } else {
                    long elapsed = System.nanoTime() - startTime;
                    if (elapsed >= nanos) {
                        removeWaiter(q);
                        return state;
                    }
                    parkNanos = nanos - elapsed;
                }
                if (state < COMPLETING) {
                    LockSupport.parkNanos(parkNanos);
                }
            } else {
                LockSupport.park();
            }
        }
    }

    private synchronized void removeWaiter(WaitNode node) {
        WaitNode prev = null;
        for (WaitNode p = waiters; p != null; prev = p, p = p.next) {
            if (p == node) {
                if (prev == null) {
                    waiters = p.next;
                } else {
                    prev.next = p.next;
                }
                return;
            }
        }
    }

    public String toString() {
        String status;
        switch (state) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + outcome + "]";
                break;
            case CANCELLED:
            case INTERRUPTING:
            case INTERRUPTED:
                status = "[Cancelled]";
                break;
            default:
                Callable<?> c = callable;
                status = c == null ? "[Not completed]" : "[Not completed, task = " + c + "]";
        }
        return super.toString() + status;
    }
}
