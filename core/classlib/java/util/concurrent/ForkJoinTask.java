// A task of a ForkJoinPool: fork() queues it, join() runs it here if still queued, else waits.
package java.util.concurrent;

import java.util.Collection;
import java.util.List;

public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final long serialVersionUID = -7721805057305804111L;

    // Status: 0 while pending, then one of the three outcomes (never changes again until
    // reinitialize).
    static final int PENDING = 0;
    static final int NORMAL = 1;
    static final int CANCELLED = 2;
    static final int EXCEPTIONAL = 3;

    volatile int status;
    private Throwable exception;
    /** Some thread waits on this task's monitor for its completion. */
    private volatile boolean waiters;

    // Where the task sits unexecuted (both guarded by the pool's lock): its queue and pool.
    ForkJoinPool.WorkQueue queue;
    /** The thread running exec(), while it does (joiners help its queue). */
    volatile Thread runner;

    public ForkJoinTask() {
    }

    // ---- Completion ----

    private void setDone(int s, Throwable ex) {
        synchronized (this) {
            if (status != PENDING) {
                return;
            }
            exception = ex;
            status = s;
            if (waiters) {
                notifyAll();
            }
        }
    }

    /** Runs exec() unless done; records the outcome. Returns the status. */
    final int doExec() {
        if (status == PENDING) {
            boolean completed;
            runner = Thread.currentThread();
            try {
                completed = exec();
            } catch (Throwable rex) {
                runner = null;
                setDone(EXCEPTIONAL, rex);
                propagate(rex);
                return status;
            }
            runner = null;
            if (completed) {
                setDone(NORMAL, null);
            }
        }
        return status;
    }

    /** Tasks made by ForkJoinPool.execute(Runnable) rethrow, so that their worker dies of it. */
    void propagate(Throwable ex) {
    }

    /** Waits until done; `interruptible` waits throw InterruptedException. Returns the status. */
    private int awaitDone(boolean interruptible, boolean timed, long nanos) throws InterruptedException {
        int s = status;
        if (s != PENDING) {
            return s;
        }
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        Thread t = Thread.currentThread();
        if (ForkJoinPool.unqueue(this)) {
            s = doExec(); // still queued: run it here, as the JDK's join does
            if (s != PENDING) {
                return s;
            }
        }
        if (t instanceof ForkJoinWorkerThread) {
            ((ForkJoinWorkerThread) t).pool.helpJoin(this);
        }
        boolean interrupted = false;
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        synchronized (this) {
            waiters = true;
            while ((s = status) == PENDING) {
                try {
                    if (timed) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0L) {
                            break;
                        }
                        TimedWait.awaitNanos(this, left);
                    } else {
                        wait();
                    }
                } catch (InterruptedException ie) {
                    if (interruptible) {
                        throw ie;
                    }
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            t.interrupt();
        }
        return s;
    }

    private int awaitUninterruptibly() {
        try {
            return awaitDone(false, false, 0L);
        } catch (InterruptedException cannotHappen) {
            return status;
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> void uncheckedThrow(Throwable t) throws T {
        throw (T) t;
    }

    static void rethrow(Throwable ex) {
        ForkJoinTask.<RuntimeException>uncheckedThrow(ex);
    }

    private void reportException(int s) {
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            rethrow(exception);
        }
    }

    // ---- Public API ----

    public final ForkJoinTask<V> fork() {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread) {
            ((ForkJoinWorkerThread) t).pool.push(this);
        } else {
            ForkJoinPool.common.externalPush(this);
        }
        return this;
    }

    public final V join() {
        int s = awaitUninterruptibly();
        reportException(s);
        return getRawResult();
    }

    public final V invoke() {
        int s = doExec();
        if (s == PENDING) {
            s = awaitUninterruptibly();
        }
        reportException(s);
        return getRawResult();
    }

    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        if (t1 == null || t2 == null) {
            throw new NullPointerException();
        }
        t2.fork();
        int s1 = t1.doExec();
        if (s1 == PENDING) {
            s1 = t1.awaitUninterruptibly();
        }
        t1.reportException(s1);
        t2.reportException(t2.awaitUninterruptibly());
    }

    public static void invokeAll(ForkJoinTask<?>... tasks) {
        Throwable ex = null;
        int last = tasks.length - 1;
        for (int i = last; i >= 0; --i) {
            ForkJoinTask<?> t = tasks[i];
            if (t == null) {
                throw new NullPointerException();
            }
            if (i == 0) {
                int s = t.doExec();
                if (s == PENDING) {
                    s = t.awaitUninterruptibly();
                }
                ex = t.getException(s);
                break;
            }
            t.fork();
        }
        for (int i = 1; ex == null && i <= last; ++i) {
            ForkJoinTask<?> t = tasks[i];
            ex = t.getException(t.awaitUninterruptibly());
        }
        if (ex != null) {
            for (int i = 1; i <= last; ++i) {
                tasks[i].cancel(false);
            }
            rethrow(ex);
        }
    }

    public static <T extends ForkJoinTask<?>> Collection<T> invokeAll(Collection<T> tasks) {
        if (!(tasks instanceof java.util.RandomAccess) || !(tasks instanceof List<?>)) {
            invokeAll(tasks.toArray(new ForkJoinTask<?>[0]));
            return tasks;
        }
        @SuppressWarnings("unchecked")
        List<? extends ForkJoinTask<?>> ts = (List<? extends ForkJoinTask<?>>) tasks;
        invokeAll(ts.toArray(new ForkJoinTask<?>[0]));
        return tasks;
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        setDone(CANCELLED, null);
        return status == CANCELLED;
    }

    public final boolean isDone() {
        return status != PENDING;
    }

    public final boolean isCancelled() {
        return status == CANCELLED;
    }

    public final boolean isCompletedAbnormally() {
        int s = status;
        return s == CANCELLED || s == EXCEPTIONAL;
    }

    public final boolean isCompletedNormally() {
        return status == NORMAL;
    }

    private Throwable getException(int s) {
        if (s == CANCELLED) {
            return new CancellationException();
        }
        return s == EXCEPTIONAL ? exception : null;
    }

    public final Throwable getException() {
        return getException(status);
    }

    public void completeExceptionally(Throwable ex) {
        setDone(EXCEPTIONAL, (ex instanceof RuntimeException) || (ex instanceof Error) ? ex : new RuntimeException(ex));
    }

    public void complete(V value) {
        try {
            setRawResult(value);
        } catch (Throwable rex) {
            setDone(EXCEPTIONAL, rex);
            return;
        }
        setDone(NORMAL, null);
    }

    public final void quietlyComplete() {
        setDone(NORMAL, null);
    }

    public final V get() throws InterruptedException, ExecutionException {
        int s = awaitDone(true, false, 0L);
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            throw new ExecutionException(exception);
        }
        return getRawResult();
    }

    public final V get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        int s = awaitDone(true, true, nanos);
        if (s == PENDING) {
            throw new TimeoutException();
        }
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            throw new ExecutionException(exception);
        }
        return getRawResult();
    }

    public final void quietlyJoin() {
        awaitUninterruptibly();
    }

    public final void quietlyInvoke() {
        if (doExec() == PENDING) {
            awaitUninterruptibly();
        }
    }

    public static void helpQuiesce() {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread) {
            ((ForkJoinWorkerThread) t).pool.helpQuiesce();
        } else {
            ForkJoinPool.common.awaitQuiescence(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        }
    }

    public void reinitialize() {
        synchronized (this) {
            status = PENDING;
            exception = null;
        }
    }

    public static ForkJoinPool getPool() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).pool : null;
    }

    public static boolean inForkJoinPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread;
    }

    /** Takes this task back out of the current worker's queue, if it is still there. */
    public boolean tryUnfork() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) t).pool.unqueueLocal(this);
    }

    public static int getQueuedTaskCount() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).pool.localQueueSize() : 0;
    }

    public static int getSurplusQueuedTaskCount() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).pool.surplusQueuedTaskCount() : 0;
    }

    public abstract V getRawResult();

    protected abstract void setRawResult(V value);

    protected abstract boolean exec();

    protected static ForkJoinTask<?> peekNextLocalTask() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).pool.peekLocal() : null;
    }

    protected static ForkJoinTask<?> pollNextLocalTask() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).pool.pollLocal() : null;
    }

    protected static ForkJoinTask<?> pollTask() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).pool.pollAny() : null;
    }

    protected static ForkJoinTask<?> pollSubmission() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).pool.pollSubmission() : null;
    }

    // ---- Adapters ----

    public static ForkJoinTask<?> adapt(Runnable runnable) {
        return new AdaptedRunnable<Void>(runnable, null);
    }

    public static <T> ForkJoinTask<T> adapt(Runnable runnable, T result) {
        return new AdaptedRunnable<T>(runnable, result);
    }

    public static <T> ForkJoinTask<T> adapt(Callable<? extends T> callable) {
        return new AdaptedCallable<T>(callable);
    }

    /** A Runnable as a task with a fixed result. */
    static final class AdaptedRunnable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private static final long serialVersionUID = 5232453952276885070L;

        private final Runnable runnable;
        private T result;

        AdaptedRunnable(Runnable runnable, T result) {
            if (runnable == null) {
                throw new NullPointerException();
            }
            this.runnable = runnable;
            this.result = result;
        }

        public T getRawResult() {
            return result;
        }

        public void setRawResult(T v) {
            result = v;
        }

        public boolean exec() {
            runnable.run();
            return true;
        }

        public void run() {
            invoke();
        }

        public String toString() {
            return super.toString() + "[Wrapped task = " + runnable + "]";
        }
    }

    /** A Runnable given to execute(): its exception kills the worker, as in the JDK. */
    static final class RunnableExecuteAction extends ForkJoinTask<Void> {
        private static final long serialVersionUID = 5232453952276885070L;

        private final Runnable runnable;

        RunnableExecuteAction(Runnable runnable) {
            if (runnable == null) {
                throw new NullPointerException();
            }
            this.runnable = runnable;
        }

        public Void getRawResult() {
            return null;
        }

        public void setRawResult(Void v) {
        }

        public boolean exec() {
            runnable.run();
            return true;
        }

        void propagate(Throwable ex) {
            rethrow(ex);
        }
    }

    /** A Callable as a task; a checked exception becomes a RuntimeException's cause. */
    static final class AdaptedCallable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private static final long serialVersionUID = 2838392045355241008L;

        private final Callable<? extends T> callable;
        private T result;

        AdaptedCallable(Callable<? extends T> callable) {
            if (callable == null) {
                throw new NullPointerException();
            }
            this.callable = callable;
        }

        public T getRawResult() {
            return result;
        }

        public void setRawResult(T v) {
            result = v;
        }

        public boolean exec() {
            try {
                result = callable.call();
                return true;
            } catch (RuntimeException rex) {
                throw rex;
            } catch (Exception ex) {
                throw new RuntimeException(ex);
            }
        }

        public void run() {
            invoke();
        }

        public String toString() {
            return super.toString() + "[Wrapped task = " + callable + "]";
        }
    }
}
