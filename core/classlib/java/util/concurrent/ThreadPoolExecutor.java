// An ExecutorService running tasks on a pool of worker threads fed by a blocking queue.
package java.util.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The JDK's policy: below corePoolSize a new task starts a new worker; otherwise it is
 * queued; if the queue refuses it, a worker is added up to maximumPoolSize; beyond that the
 * task is rejected. Workers above the core size (or all, if core threads may time out) quit
 * after keepAliveTime idle. A task that throws out of execute() kills its worker (the thread's
 * uncaught-exception handler reports it) and a new worker replaces it.
 *
 * All the pool's bookkeeping is guarded by mainLock.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    // Run states, in the order a pool goes through them.
    static final int RUNNING = 0;
    static final int SHUTDOWN = 1;
    static final int STOP = 2;
    static final int TIDYING = 3;
    static final int TERMINATED = 4;

    private volatile int runState = RUNNING;
    private int workerCount;

    private final BlockingQueue<Runnable> workQueue;
    private final ReentrantLock mainLock = new ReentrantLock();
    private final ArrayList<Worker> workers = new ArrayList<Worker>();
    private final Condition termination = mainLock.newCondition();
    private int largestPoolSize;
    private long completedTaskCount;

    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private volatile long keepAliveTime;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;

    private static final RejectedExecutionHandler defaultHandler = new AbortPolicy();

    /** A worker thread's task loop, with its first task and its count of completed tasks. */
    private final class Worker implements Runnable {
        final Thread thread;
        Runnable firstTask;
        volatile long completedTasks;
        /** Running a task (guarded by mainLock): shutdown() interrupts only idle workers. */
        boolean busy;

        Worker(Runnable firstTask) {
            this.firstTask = firstTask;
            this.thread = getThreadFactory().newThread(this);
        }

        public void run() {
            runWorker(this);
        }
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                handler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException();
        }
        if (workQueue == null || threadFactory == null || handler == null) {
            throw new NullPointerException();
        }
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveTime = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    // ---- Run state ----

    final boolean isRunningState() {
        return runState == RUNNING;
    }

    final boolean isStopped() {
        return runState >= STOP;
    }

    private void advanceRunState(int target) {
        if (runState < target) {
            runState = target;
        }
    }

    /**
     * Moves to TERMINATED if shut down with nothing left to do. With workers still alive, it
     * wakes one idle worker so that the news travels from worker to worker as each one exits.
     */
    final void tryTerminate() {
        int rs = runState;
        if (rs == RUNNING || rs >= TIDYING || (rs == SHUTDOWN && !workQueue.isEmpty())) {
            return;
        }
        mainLock.lock();
        try {
            if (workerCount != 0) {
                interruptIdleWorkers(true);
                return;
            }
            if (runState >= TIDYING) {
                return;
            }
            runState = TIDYING;
            try {
                terminated();
            } finally {
                runState = TERMINATED;
                termination.signalAll();
            }
        } finally {
            mainLock.unlock();
        }
    }

    /** With mainLock held: interrupts workers not running a task (all, or just one). */
    private void interruptIdleWorkers(boolean onlyOne) {
        for (int i = 0; i < workers.size(); i++) {
            Worker w = workers.get(i);
            Thread t = w.thread;
            if (!w.busy && !t.isInterrupted()) {
                t.interrupt();
            }
            if (onlyOne) {
                break;
            }
        }
    }

    final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    /** A hook for ScheduledThreadPoolExecutor: called by shutdown() with mainLock held. */
    void onShutdown() {
    }

    // ---- Workers ----

    /** Starts a worker running firstTask if the state and the bound (core or maximum) allow. */
    final boolean addWorker(Runnable firstTask, boolean core) {
        mainLock.lock();
        try {
            int rs = runState;
            if (rs >= STOP || (rs == SHUTDOWN && (firstTask != null || workQueue.isEmpty()))) {
                return false;
            }
            if (workerCount >= (core ? corePoolSize : maximumPoolSize)) {
                return false;
            }
            workerCount++;
        } finally {
            mainLock.unlock();
        }
        boolean started = false;
        Worker w = null;
        try {
            w = new Worker(firstTask);
            Thread t = w.thread;
            if (t != null) {
                boolean added = false;
                mainLock.lock();
                try {
                    int rs = runState;
                    if (rs == RUNNING || (rs < STOP && firstTask == null)) {
                        if (t.getState() != Thread.State.NEW) {
                            throw new IllegalThreadStateException();
                        }
                        workers.add(w);
                        added = true;
                        if (workers.size() > largestPoolSize) {
                            largestPoolSize = workers.size();
                        }
                    }
                } finally {
                    mainLock.unlock();
                }
                if (added) {
                    t.start();
                    started = true;
                }
            }
        } finally {
            if (!started) {
                addWorkerFailed(w);
            }
        }
        return started;
    }

    private void addWorkerFailed(Worker w) {
        mainLock.lock();
        try {
            if (w != null) {
                workers.remove(w);
            }
            workerCount--;
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
    }

    private void processWorkerExit(Worker w, boolean completedAbruptly) {
        mainLock.lock();
        try {
            if (completedAbruptly) {
                workerCount--;
            }
            completedTaskCount += w.completedTasks;
            workers.remove(w);
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
        if (runState < STOP) {
            if (!completedAbruptly) {
                int min = allowCoreThreadTimeOut ? 0 : corePoolSize;
                if (min == 0 && !workQueue.isEmpty()) {
                    min = 1;
                }
                mainLock.lock();
                try {
                    if (workerCount >= min) {
                        return;
                    }
                } finally {
                    mainLock.unlock();
                }
            }
            addWorker(null, false);
        }
    }

    /** Takes this worker off the count if it should quit; true if it did. */
    private boolean retireWorker(boolean timedOut, boolean timed) {
        mainLock.lock();
        try {
            int rs = runState;
            if (rs >= STOP || (rs == SHUTDOWN && workQueue.isEmpty())) {
                workerCount--;
                return true;
            }
            int wc = workerCount;
            if ((wc > maximumPoolSize || (timed && timedOut)) && (wc > 1 || workQueue.isEmpty())) {
                workerCount--;
                return true;
            }
            return false;
        } finally {
            mainLock.unlock();
        }
    }

    /** The worker's next task, or null when it must quit (its count already taken off). */
    private Runnable getTask() {
        boolean timedOut = false;
        for (;;) {
            boolean timed = allowCoreThreadTimeOut || workerCountNow() > corePoolSize;
            if (retireWorker(timedOut, timed)) {
                return null;
            }
            try {
                Runnable r = timed ? workQueue.poll(keepAliveTime, TimeUnit.NANOSECONDS) : workQueue.take();
                if (r != null) {
                    return r;
                }
                timedOut = true;
            } catch (InterruptedException retry) {
                timedOut = false;
            }
        }
    }

    private int workerCountNow() {
        mainLock.lock();
        try {
            return workerCount;
        } finally {
            mainLock.unlock();
        }
    }

    /** Marks w busy; its interrupt status then says whether the pool stops, and nothing else. */
    private void beginTask(Worker w, Thread wt) {
        mainLock.lock();
        try {
            w.busy = true;
        } finally {
            mainLock.unlock();
        }
        if ((isStopped() || (Thread.interrupted() && isStopped())) && !wt.isInterrupted()) {
            wt.interrupt();
        }
    }

    private void endTask(Worker w) {
        mainLock.lock();
        try {
            w.completedTasks++;
            w.busy = false;
        } finally {
            mainLock.unlock();
        }
    }

    final void runWorker(Worker w) {
        Thread wt = Thread.currentThread();
        Runnable task = w.firstTask;
        w.firstTask = null;
        boolean completedAbruptly = true;
        try {
            while (task != null || (task = getTask()) != null) {
                beginTask(w, wt);
                try {
                    beforeExecute(wt, task);
                    try {
                        task.run();
                        afterExecute(task, null);
                    } catch (Throwable ex) {
                        afterExecute(task, ex);
                        throw ex;
                    }
                } finally {
                    task = null;
                    endTask(w);
                }
            }
            completedAbruptly = false;
        } finally {
            processWorkerExit(w, completedAbruptly);
        }
    }

    // ---- Executor ----

    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        djsim.rt.Work.queued(command);
        if (workerCountNow() < corePoolSize && addWorker(command, true)) {
            return;
        }
        if (isRunningState() && workQueue.offer(command)) {
            if (!isRunningState() && remove(command)) {
                reject(command);
            } else if (workerCountNow() == 0) {
                addWorker(null, false);
            }
        } else if (!addWorker(command, false)) {
            reject(command);
        }
    }

    public void shutdown() {
        mainLock.lock();
        try {
            advanceRunState(SHUTDOWN);
            interruptIdleWorkers(false);
            onShutdown();
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
    }

    public List<Runnable> shutdownNow() {
        List<Runnable> tasks;
        mainLock.lock();
        try {
            advanceRunState(STOP);
            for (int i = 0; i < workers.size(); i++) {
                Thread t = workers.get(i).thread;
                if (!t.isInterrupted()) {
                    t.interrupt();
                }
            }
            tasks = drainQueue();
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
        return tasks;
    }

    private List<Runnable> drainQueue() {
        ArrayList<Runnable> taskList = new ArrayList<Runnable>();
        workQueue.drainTo(taskList);
        if (!workQueue.isEmpty()) {
            for (Runnable r : workQueue.toArray(new Runnable[0])) {
                if (workQueue.remove(r)) {
                    taskList.add(r);
                }
            }
        }
        return taskList;
    }

    public boolean isShutdown() {
        return runState != RUNNING;
    }

    public boolean isTerminating() {
        int rs = runState;
        return rs != RUNNING && rs < TERMINATED;
    }

    public boolean isTerminated() {
        return runState == TERMINATED;
    }

    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        mainLock.lock();
        try {
            while (runState < TERMINATED) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = termination.awaitNanos(nanos);
            }
            return true;
        } finally {
            mainLock.unlock();
        }
    }

    // ---- Configuration ----

    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null) {
            throw new NullPointerException();
        }
        this.threadFactory = threadFactory;
    }

    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null) {
            throw new NullPointerException();
        }
        this.handler = handler;
    }

    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        int delta = corePoolSize - this.corePoolSize;
        this.corePoolSize = corePoolSize;
        if (workerCountNow() > corePoolSize) {
            mainLock.lock();
            try {
                interruptIdleWorkers(false);
            } finally {
                mainLock.unlock();
            }
        } else if (delta > 0) {
            int k = Math.min(delta, workQueue.size());
            while (k-- > 0 && addWorker(null, true)) {
                if (workQueue.isEmpty()) {
                    break;
                }
            }
        }
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    public boolean prestartCoreThread() {
        return workerCountNow() < corePoolSize && addWorker(null, true);
    }

    void ensurePrestart() {
        int wc = workerCountNow();
        if (wc < corePoolSize) {
            addWorker(null, true);
        } else if (wc == 0) {
            addWorker(null, false);
        }
    }

    public int prestartAllCoreThreads() {
        int n = 0;
        while (addWorker(null, true)) {
            ++n;
        }
        return n;
    }

    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveTime <= 0) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        if (value != allowCoreThreadTimeOut) {
            allowCoreThreadTimeOut = value;
            if (value) {
                mainLock.lock();
                try {
                    interruptIdleWorkers(false);
                } finally {
                    mainLock.unlock();
                }
            }
        }
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        this.maximumPoolSize = maximumPoolSize;
        if (workerCountNow() > maximumPoolSize) {
            mainLock.lock();
            try {
                interruptIdleWorkers(false);
            } finally {
                mainLock.unlock();
            }
        }
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0) {
            throw new IllegalArgumentException();
        }
        if (time == 0 && allowsCoreThreadTimeOut()) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        long keepAliveTime = unit.toNanos(time);
        long delta = keepAliveTime - this.keepAliveTime;
        this.keepAliveTime = keepAliveTime;
        if (delta < 0) {
            mainLock.lock();
            try {
                interruptIdleWorkers(false);
            } finally {
                mainLock.unlock();
            }
        }
    }

    public long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveTime, TimeUnit.NANOSECONDS);
    }

    // ---- Queue maintenance and statistics ----

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        tryTerminate();
        return removed;
    }

    public void purge() {
        for (Object r : workQueue.toArray()) {
            if (r instanceof Future<?> && ((Future<?>) r).isCancelled()) {
                workQueue.remove(r);
            }
        }
        tryTerminate();
    }

    public int getPoolSize() {
        mainLock.lock();
        try {
            return runState >= TIDYING ? 0 : workers.size();
        } finally {
            mainLock.unlock();
        }
    }

    public int getActiveCount() {
        mainLock.lock();
        try {
            int n = 0;
            for (int i = 0; i < workers.size(); i++) {
                if (workers.get(i).busy) {
                    ++n;
                }
            }
            return n;
        } finally {
            mainLock.unlock();
        }
    }

    public int getLargestPoolSize() {
        mainLock.lock();
        try {
            return largestPoolSize;
        } finally {
            mainLock.unlock();
        }
    }

    public long getTaskCount() {
        mainLock.lock();
        try {
            long n = completedTaskCount;
            for (int i = 0; i < workers.size(); i++) {
                Worker w = workers.get(i);
                n += w.completedTasks;
                if (w.busy) {
                    ++n;
                }
            }
            return n + workQueue.size();
        } finally {
            mainLock.unlock();
        }
    }

    public long getCompletedTaskCount() {
        mainLock.lock();
        try {
            long n = completedTaskCount;
            for (int i = 0; i < workers.size(); i++) {
                n += workers.get(i).completedTasks;
            }
            return n;
        } finally {
            mainLock.unlock();
        }
    }

    public String toString() {
        long ncompleted;
        int nworkers;
        int nactive;
        mainLock.lock();
        try {
            ncompleted = completedTaskCount;
            nactive = 0;
            nworkers = workers.size();
            for (int i = 0; i < nworkers; i++) {
                Worker w = workers.get(i);
                ncompleted += w.completedTasks;
                if (w.busy) {
                    ++nactive;
                }
            }
        } finally {
            mainLock.unlock();
        }
        int rs = runState;
        String state = rs == RUNNING ? "Running" : rs == TERMINATED ? "Terminated" : "Shutting down";
        return super.toString() + "[" + state + ", pool size = " + nworkers + ", active threads = " + nactive
                + ", queued tasks = " + workQueue.size() + ", completed tasks = " + ncompleted + "]";
    }

    // ---- Hooks ----

    protected void beforeExecute(Thread t, Runnable r) {
    }

    protected void afterExecute(Runnable r, Throwable t) {
    }

    protected void terminated() {
    }

    // ---- Rejection policies ----

    /** Runs the rejected task in the thread that called execute, unless the pool is shut down. */
    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        public CallerRunsPolicy() {
        }

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                r.run();
            }
        }
    }

    /** Throws RejectedExecutionException: the default. */
    public static class AbortPolicy implements RejectedExecutionHandler {
        public AbortPolicy() {
        }

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    /** Drops the rejected task silently. */
    public static class DiscardPolicy implements RejectedExecutionHandler {
        public DiscardPolicy() {
        }

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
        }
    }

    /** Drops the oldest queued task and tries again, unless the pool is shut down. */
    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        public DiscardOldestPolicy() {
        }

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
