// A worker thread of a ForkJoinPool: a daemon with its own task queue, named after its pool.
package java.util.concurrent;

public class ForkJoinWorkerThread extends Thread {
    final ForkJoinPool pool;
    final ForkJoinPool.WorkQueue workQueue;

    protected ForkJoinWorkerThread(ForkJoinPool pool) {
        super((Runnable) null, pool.nextWorkerThreadName());
        this.pool = pool;
        this.workQueue = new ForkJoinPool.WorkQueue(pool, this);
        setDaemon(true);
        Thread.UncaughtExceptionHandler h = pool.handler();
        if (h != null) {
            setUncaughtExceptionHandler(h);
        }
    }

    public ForkJoinPool getPool() {
        return pool;
    }

    public int getPoolIndex() {
        return pool.indexOf(workQueue);
    }

    protected void onStart() {
    }

    protected void onTermination(Throwable exception) {
    }

    public void run() {
        Throwable exception = null;
        try {
            onStart();
            pool.runWorker(workQueue);
        } catch (Throwable ex) {
            exception = ex;
        } finally {
            try {
                onTermination(exception);
            } catch (Throwable ex) {
                if (exception == null) {
                    exception = ex;
                }
            } finally {
                pool.deregisterWorker(this, exception);
            }
        }
    }
}
