// An executor for ForkJoinTasks: worker threads with their own task queues, stealing from each other.
package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Each worker has a double-ended queue: it pushes the tasks it forks and pops them back
 * (LIFO; FIFO in async mode), while idle workers steal from the other end of the others'
 * queues. Threads outside the pool submit to a shared submission queue. A join first takes
 * the awaited task out of whatever queue still holds it and runs it; a worker whose task was
 * taken by another helps by running tasks from that thread's queue before it waits.
 *
 * One monitor (`lock`) guards every queue and the pool's counts: a node runs one thread at a
 * time, so finer locking would buy nothing. Which queue a new task goes to is decided in one
 * place, {@link #placeTask}, the seam where a placement policy (issue #8) will choose the
 * node that runs it.
 */
public class ForkJoinPool extends AbstractExecutorService {
    /** Makes the worker threads of a pool. */
    public static interface ForkJoinWorkerThreadFactory {
        ForkJoinWorkerThread newThread(ForkJoinPool pool);
    }

    /** A way for a task to block that lets the pool know it blocks. */
    public static interface ManagedBlocker {
        boolean block() throws InterruptedException;

        boolean isReleasable();
    }

    private static final class DefaultForkJoinWorkerThreadFactory implements ForkJoinWorkerThreadFactory {
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return new ForkJoinWorkerThread(pool);
        }
    }

    public static final ForkJoinWorkerThreadFactory defaultForkJoinWorkerThreadFactory =
            new DefaultForkJoinWorkerThreadFactory();

    private static final int MAX_CAP = 0x7fff;

    /** Numbers the pools made with a constructor, for their workers' names. */
    private static int poolIds;

    static final ForkJoinPool common = new ForkJoinPool(commonParallelism(), true);

    private static int commonParallelism() {
        int p = Runtime.getRuntime().availableProcessors() - 1;
        String pp = System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism");
        if (pp != null) {
            try {
                p = Integer.parseInt(pp);
            } catch (NumberFormatException ignore) {
                // the default stays
            }
        }
        return Math.max(1, Math.min(p, MAX_CAP));
    }

    // Run states.
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;
    private static final int TERMINATED = 3;

    /** A double-ended queue of tasks: the owner works at the top, thieves take from the base. */
    static final class WorkQueue {
        final ForkJoinPool pool;
        final ForkJoinWorkerThread owner;
        private ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[16];
        private int base;
        private int top;

        WorkQueue(ForkJoinPool pool, ForkJoinWorkerThread owner) {
            this.pool = pool;
            this.owner = owner;
        }

        int size() {
            return top - base;
        }

        void push(ForkJoinTask<?> t) {
            if (top == tasks.length) {
                if (base > 0) {
                    System.arraycopy(tasks, base, tasks, 0, top - base);
                    for (int i = top - base; i < top; i++) {
                        tasks[i] = null;
                    }
                    top -= base;
                    base = 0;
                }
                if (top == tasks.length) {
                    ForkJoinTask<?>[] grown = new ForkJoinTask<?>[tasks.length * 2];
                    System.arraycopy(tasks, 0, grown, 0, top);
                    tasks = grown;
                }
            }
            tasks[top++] = t;
            t.queue = this;
        }

        private ForkJoinTask<?> taken(ForkJoinTask<?> t) {
            t.queue = null;
            if (base == top) {
                base = 0;
                top = 0;
            }
            return t;
        }

        ForkJoinTask<?> pop() {
            if (top == base) {
                return null;
            }
            ForkJoinTask<?> t = tasks[--top];
            tasks[top] = null;
            return taken(t);
        }

        ForkJoinTask<?> poll() {
            if (top == base) {
                return null;
            }
            ForkJoinTask<?> t = tasks[base];
            tasks[base++] = null;
            return taken(t);
        }

        ForkJoinTask<?> peekTop() {
            return top == base ? null : tasks[top - 1];
        }

        ForkJoinTask<?> peekBase() {
            return top == base ? null : tasks[base];
        }

        boolean remove(ForkJoinTask<?> t) {
            for (int i = top - 1; i >= base; i--) {
                if (tasks[i] == t) {
                    System.arraycopy(tasks, i + 1, tasks, i, top - i - 1);
                    tasks[--top] = null;
                    taken(t);
                    return true;
                }
            }
            return false;
        }

        void cancelAll() {
            ForkJoinTask<?> t;
            while ((t = poll()) != null) {
                t.cancel(false);
            }
        }
    }

    final Object lock = new Object();
    private final int parallelism;
    private final boolean asyncMode;
    private final boolean isCommon;
    private final ForkJoinWorkerThreadFactory factory;
    private final Thread.UncaughtExceptionHandler ueh;
    private final String workerNamePrefix;
    private final WorkQueue submissions;
    private final ArrayList<WorkQueue> queues = new ArrayList<WorkQueue>();
    private int runState = RUNNING;
    private int idleCount;
    private int threadIds;
    private long stealCount;

    public ForkJoinPool() {
        this(Math.min(MAX_CAP, Runtime.getRuntime().availableProcessors()), defaultForkJoinWorkerThreadFactory,
                null, false);
    }

    public ForkJoinPool(int parallelism) {
        this(parallelism, defaultForkJoinWorkerThreadFactory, null, false);
    }

    public ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory, Thread.UncaughtExceptionHandler handler,
            boolean asyncMode) {
        if (parallelism <= 0 || parallelism > MAX_CAP) {
            throw new IllegalArgumentException();
        }
        if (factory == null) {
            throw new NullPointerException();
        }
        this.parallelism = parallelism;
        this.factory = factory;
        this.ueh = handler;
        this.asyncMode = asyncMode;
        this.isCommon = false;
        this.workerNamePrefix = "ForkJoinPool-" + nextPoolId() + "-worker-";
        this.submissions = new WorkQueue(this, null);
    }

    /** The common pool. */
    private ForkJoinPool(int parallelism, boolean common) {
        this.parallelism = parallelism;
        this.factory = defaultForkJoinWorkerThreadFactory;
        this.ueh = null;
        this.asyncMode = false;
        this.isCommon = common;
        this.workerNamePrefix = "ForkJoinPool.commonPool-worker-";
        this.submissions = new WorkQueue(this, null);
    }

    private static synchronized int nextPoolId() {
        return ++poolIds;
    }

    public static ForkJoinPool commonPool() {
        return common;
    }

    public static int getCommonPoolParallelism() {
        return common.parallelism;
    }

    // ---- Workers ----

    final String nextWorkerThreadName() {
        synchronized (lock) {
            return workerNamePrefix + (++threadIds);
        }
    }

    final int indexOf(WorkQueue q) {
        synchronized (lock) {
            return queues.indexOf(q);
        }
    }

    final Thread.UncaughtExceptionHandler handler() {
        return ueh;
    }

    /**
     * With the lock held: a new worker if the pool has fewer than its parallelism. Its queue
     * counts from now on, so that the pool does not start more workers before it runs.
     */
    private void tryAddWorker() {
        if (queues.size() >= parallelism || runState != RUNNING) {
            return;
        }
        ForkJoinWorkerThread wt = factory.newThread(this);
        if (wt != null) {
            queues.add(wt.workQueue);
            wt.start();
        }
    }

    final void deregisterWorker(ForkJoinWorkerThread wt, Throwable ex) {
        synchronized (lock) {
            WorkQueue q = wt.workQueue;
            if (q != null) {
                queues.remove(q);
                ForkJoinTask<?> t;
                while ((t = q.poll()) != null) { // hand its work to the others
                    submissions.push(t);
                }
            }
            if (runState == RUNNING && submissions.size() > 0) {
                tryAddWorker();
            }
            tryTerminate(false);
            lock.notifyAll();
        }
        if (ex != null) {
            ForkJoinTask.rethrow(ex);
        }
    }

    /** A worker's life: run what it finds, wait when there is nothing, quit when terminated. */
    final void runWorker(WorkQueue q) {
        for (;;) {
            ForkJoinTask<?> t = awaitWork(q);
            if (t == null) {
                return;
            }
            t.doExec();
        }
    }

    /** The next task for worker q, waiting for one; null once the pool terminates. */
    private ForkJoinTask<?> awaitWork(WorkQueue q) {
        synchronized (lock) {
            for (;;) {
                ForkJoinTask<?> t = asyncMode ? q.poll() : q.pop();
                if (t == null) {
                    t = steal(q);
                }
                if (t != null) {
                    return t;
                }
                tryTerminate(true);
                if (runState >= STOP) {
                    return null;
                }
                idleCount++;
                lock.notifyAll(); // quiescence waiters look again
                try {
                    lock.wait();
                } catch (InterruptedException ie) {
                    // shutdownNow interrupts workers: the loop sees the new state
                } finally {
                    idleCount--;
                }
            }
        }
    }

    /** With the lock held: takes the oldest task of another queue, submissions last. */
    private ForkJoinTask<?> steal(WorkQueue self) {
        int n = queues.size();
        int start = self == null ? 0 : queues.indexOf(self) + 1;
        for (int k = 0; k < n; k++) {
            WorkQueue q = queues.get((start + k) % n);
            if (q != self && q.size() > 0) {
                stealCount++;
                return q.poll();
            }
        }
        return submissions.poll();
    }

    /**
     * The seam of task placement: the queue a new task goes to. A worker's forks go to its
     * own queue and everything else to the submission queue; a placement policy will pick
     * the node (the worker) here.
     */
    WorkQueue placeTask(ForkJoinTask<?> task, Thread submitter) {
        if (submitter instanceof ForkJoinWorkerThread) {
            ForkJoinWorkerThread wt = (ForkJoinWorkerThread) submitter;
            if (wt.pool == this && wt.workQueue != null) {
                return wt.workQueue;
            }
        }
        return submissions;
    }

    /** With the lock held: wakes an idle worker, or starts one if there are too few. */
    private void signalWork() {
        if (idleCount > 0) {
            lock.notifyAll();
        } else {
            tryAddWorker();
        }
    }

    /** fork() of a worker of this pool. */
    final void push(ForkJoinTask<?> task) {
        djsim.rt.Work.queued(task);
        synchronized (lock) {
            placeTask(task, Thread.currentThread()).push(task);
            signalWork();
        }
    }

    /** A submission from outside the pool's workers (or fork() outside any pool). */
    final void externalPush(ForkJoinTask<?> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        djsim.rt.Work.queued(task);
        synchronized (lock) {
            if (runState != RUNNING) {
                throw new RejectedExecutionException();
            }
            placeTask(task, Thread.currentThread()).push(task);
            signalWork();
        }
    }

    /**
     * Takes task out of the queue holding it, if the current thread may run it: a worker of
     * the same pool may, and any thread may for the common pool (as in the JDK, a thread
     * outside a pool just waits for the pool's workers). True if it did.
     */
    static boolean unqueue(ForkJoinTask<?> task) {
        WorkQueue q = task.queue;
        if (q == null) {
            return false;
        }
        Thread t = Thread.currentThread();
        if (q.pool != common && !(t instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) t).pool == q.pool)) {
            return false;
        }
        synchronized (q.pool.lock) {
            q = task.queue;
            return q != null && q.remove(task);
        }
    }

    /** A worker joining `task`, which some thread runs: runs tasks of that thread's queue. */
    final void helpJoin(ForkJoinTask<?> task) {
        while (task.status == ForkJoinTask.PENDING) {
            ForkJoinTask<?> t = null;
            Thread r = task.runner;
            synchronized (lock) {
                if (r instanceof ForkJoinWorkerThread) {
                    WorkQueue q = ((ForkJoinWorkerThread) r).workQueue;
                    if (q != null && q.pool == this && q.size() > 0) {
                        t = q.poll();
                        stealCount++;
                    }
                }
            }
            if (t == null) {
                return;
            }
            t.doExec();
        }
    }

    final void helpQuiesce() {
        for (;;) {
            ForkJoinTask<?> t;
            synchronized (lock) {
                WorkQueue own = placeTask(null, Thread.currentThread());
                t = own != submissions ? (asyncMode ? own.poll() : own.pop()) : null;
                if (t == null) {
                    t = steal(own);
                }
            }
            if (t == null) {
                return;
            }
            t.doExec();
        }
    }

    private WorkQueue localQueue() {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) t).pool == this) {
            return ((ForkJoinWorkerThread) t).workQueue;
        }
        return null;
    }

    final boolean unqueueLocal(ForkJoinTask<?> task) {
        WorkQueue q = localQueue();
        if (q == null) {
            return false;
        }
        synchronized (lock) {
            return task.queue == q && q.remove(task);
        }
    }

    final int localQueueSize() {
        WorkQueue q = localQueue();
        synchronized (lock) {
            return q == null ? 0 : q.size();
        }
    }

    final int surplusQueuedTaskCount() {
        WorkQueue q = localQueue();
        synchronized (lock) {
            return q == null ? 0 : Math.max(0, q.size() - idleCount);
        }
    }

    final ForkJoinTask<?> peekLocal() {
        WorkQueue q = localQueue();
        synchronized (lock) {
            return q == null ? null : asyncMode ? q.peekBase() : q.peekTop();
        }
    }

    final ForkJoinTask<?> pollLocal() {
        WorkQueue q = localQueue();
        synchronized (lock) {
            return q == null ? null : asyncMode ? q.poll() : q.pop();
        }
    }

    final ForkJoinTask<?> pollAny() {
        WorkQueue q = localQueue();
        synchronized (lock) {
            ForkJoinTask<?> t = q == null ? null : asyncMode ? q.poll() : q.pop();
            return t != null ? t : steal(q);
        }
    }

    // ---- Termination ----

    /** With the lock held: no queued task and (if asked) no worker busy. */
    private boolean quiescentLocked(boolean countSelf) {
        if (submissions.size() > 0) {
            return false;
        }
        for (int i = 0; i < queues.size(); i++) {
            if (queues.get(i).size() > 0) {
                return false;
            }
        }
        int busy = queues.size() - idleCount - (countSelf ? 1 : 0);
        return busy <= 0;
    }

    /**
     * With the lock held: a shut-down pool with nothing left to do stops (its idle workers
     * quit), and a stopped pool without workers is terminated. `callerIdle`: the caller is a
     * worker about to wait.
     */
    private void tryTerminate(boolean callerIdle) {
        if (runState == SHUTDOWN && quiescentLocked(callerIdle)) {
            runState = STOP;
            lock.notifyAll();
        }
        if (runState == STOP && queues.isEmpty()) {
            runState = TERMINATED;
            lock.notifyAll();
        }
    }

    public void shutdown() {
        if (isCommon) {
            return;
        }
        synchronized (lock) {
            if (runState == RUNNING) {
                runState = SHUTDOWN;
            }
            tryTerminate(false);
        }
    }

    public List<Runnable> shutdownNow() {
        if (!isCommon) {
            ArrayList<WorkQueue> qs;
            synchronized (lock) {
                if (runState < STOP) {
                    runState = STOP;
                }
                submissions.cancelAll();
                for (int i = 0; i < queues.size(); i++) {
                    queues.get(i).cancelAll();
                }
                qs = new ArrayList<WorkQueue>(queues);
                tryTerminate(false);
            }
            for (WorkQueue q : qs) {
                q.owner.interrupt();
            }
        }
        return new ArrayList<Runnable>();
    }

    public boolean isShutdown() {
        synchronized (lock) {
            return runState != RUNNING;
        }
    }

    public boolean isTerminated() {
        synchronized (lock) {
            return runState == TERMINATED;
        }
    }

    public boolean isTerminating() {
        synchronized (lock) {
            return runState != RUNNING && runState != TERMINATED;
        }
    }

    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (isCommon) {
            awaitQuiescence(timeout, unit);
            return false;
        }
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (runState != TERMINATED) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = TimedWait.awaitNanos(lock, nanos);
            }
            return true;
        }
    }

    public boolean awaitQuiescence(long timeout, TimeUnit unit) {
        long nanos = unit.toNanos(timeout);
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) t).pool == this) {
            helpQuiesce();
            return true;
        }
        synchronized (lock) {
            try {
                while (!quiescentLocked(false)) {
                    if (nanos <= 0L) {
                        return false;
                    }
                    nanos = TimedWait.awaitNanos(lock, nanos);
                }
            } catch (InterruptedException ie) {
                t.interrupt();
                return false;
            }
            return true;
        }
    }

    public static void managedBlock(ManagedBlocker blocker) throws InterruptedException {
        if (blocker == null) {
            throw new NullPointerException();
        }
        while (!blocker.isReleasable()) {
            if (blocker.block()) {
                break;
            }
        }
    }

    // ---- Executor ----

    public <T> T invoke(ForkJoinTask<T> task) {
        externalSubmit(task);
        return task.join();
    }

    public void execute(ForkJoinTask<?> task) {
        externalSubmit(task);
    }

    public void execute(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<?> job = task instanceof ForkJoinTask<?> ? (ForkJoinTask<?>) task
                : new ForkJoinTask.RunnableExecuteAction(task);
        externalSubmit(job);
    }

    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        externalSubmit(task);
        return task;
    }

    public <T> ForkJoinTask<T> submit(Callable<T> task) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedCallable<T>(task);
        externalSubmit(job);
        return job;
    }

    public <T> ForkJoinTask<T> submit(Runnable task, T result) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedRunnable<T>(task, result);
        externalSubmit(job);
        return job;
    }

    public ForkJoinTask<?> submit(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<?> job = task instanceof ForkJoinTask<?> ? (ForkJoinTask<?>) task
                : new ForkJoinTask.AdaptedRunnable<Void>(task, null);
        externalSubmit(job);
        return job;
    }

    /** From a worker of this pool, a fork; from anywhere else, a submission. */
    private void externalSubmit(ForkJoinTask<?> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) t).pool == this) {
            push(task);
        } else {
            externalPush(task);
        }
    }

    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        ArrayList<Future<T>> futures = new ArrayList<Future<T>>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                ForkJoinTask<T> f = new ForkJoinTask.AdaptedCallable<T>(t);
                futures.add(f);
                externalSubmit(f);
            }
            for (int i = futures.size() - 1; i >= 0; i--) {
                ((ForkJoinTask<?>) futures.get(i)).quietlyJoin();
            }
            return futures;
        } catch (Throwable t) {
            for (Future<T> e : futures) {
                e.cancel(false);
            }
            throw t;
        }
    }

    // ---- Inspection ----

    public ForkJoinWorkerThreadFactory getFactory() {
        return factory;
    }

    public Thread.UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return ueh;
    }

    public int getParallelism() {
        return parallelism;
    }

    public int getPoolSize() {
        synchronized (lock) {
            return queues.size();
        }
    }

    public boolean getAsyncMode() {
        return asyncMode;
    }

    public int getRunningThreadCount() {
        return getActiveThreadCount();
    }

    public int getActiveThreadCount() {
        synchronized (lock) {
            return Math.max(0, queues.size() - idleCount);
        }
    }

    public boolean isQuiescent() {
        synchronized (lock) {
            return quiescentLocked(false);
        }
    }

    public long getStealCount() {
        synchronized (lock) {
            return stealCount;
        }
    }

    public long getQueuedTaskCount() {
        synchronized (lock) {
            long n = 0;
            for (int i = 0; i < queues.size(); i++) {
                n += queues.get(i).size();
            }
            return n;
        }
    }

    public int getQueuedSubmissionCount() {
        synchronized (lock) {
            return submissions.size();
        }
    }

    public boolean hasQueuedSubmissions() {
        return getQueuedSubmissionCount() > 0;
    }

    final ForkJoinTask<?> pollSubmission() {
        synchronized (lock) {
            return submissions.poll();
        }
    }

    public String toString() {
        long qt;
        int qs;
        int size;
        int active;
        long st;
        int rs;
        synchronized (lock) {
            qs = submissions.size();
            qt = 0;
            for (int i = 0; i < queues.size(); i++) {
                qt += queues.get(i).size();
            }
            size = queues.size();
            active = Math.max(0, size - idleCount);
            st = stealCount;
            rs = runState;
        }
        String level = rs == TERMINATED ? "Terminated" : rs >= STOP ? "Terminating"
                : rs == SHUTDOWN ? "Shutting down" : "Running";
        return super.toString() + "[" + level + ", parallelism = " + parallelism + ", size = " + size
                + ", active = " + active + ", running = " + active + ", steals = " + st + ", tasks = " + qt
                + ", submissions = " + qs + "]";
    }
}
