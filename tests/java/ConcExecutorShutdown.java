// Checks ExecutorService shutdown, shutdownNow, awaitTermination, isShutdown/isTerminated and rejection.
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ConcExecutorShutdown {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        final AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            pool.execute(() -> {
                for (int k = 0; k < 1000; k++) {
                    if (k == 999) ran.incrementAndGet();
                }
            });
        }
        System.out.println("shutdown " + pool.isShutdown() + ", terminated " + pool.isTerminated());
        pool.shutdown();
        System.out.println("after shutdown(): shutdown " + pool.isShutdown());
        System.out.println("awaitTermination " + pool.awaitTermination(10, TimeUnit.SECONDS) + ", terminated "
                + pool.isTerminated() + ", tasks run " + ran.get());
        try {
            pool.execute(() -> { });
        } catch (RejectedExecutionException e) {
            System.out.println("execute after shutdown: RejectedExecutionException");
        }
        try {
            pool.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("submit after shutdown: RejectedExecutionException");
        }

        // shutdownNow interrupts the running task and hands back the queued ones.
        ExecutorService single = Executors.newSingleThreadExecutor();
        final CountDownLatch started = new CountDownLatch(1);
        final String[] blocked = new String[1];
        Future<?> first = single.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(10_000);
                blocked[0] = "slept";
            } catch (InterruptedException e) {
                blocked[0] = "interrupted";
            }
        });
        for (int i = 0; i < 5; i++) {
            single.execute(() -> System.out.println("never runs"));
        }
        started.await();
        List<Runnable> pending = single.shutdownNow();
        System.out.println("pending tasks returned: " + pending.size());
        System.out.println("awaitTermination " + single.awaitTermination(10, TimeUnit.SECONDS));
        System.out.println("running task was " + blocked[0] + ", its future done " + first.isDone());

        ThreadPoolExecutor tpe = (ThreadPoolExecutor) Executors.newFixedThreadPool(2);
        System.out.println("core " + tpe.getCorePoolSize() + ", max " + tpe.getMaximumPoolSize() + ", pool size "
                + tpe.getPoolSize());
        for (int i = 0; i < 6; i++) tpe.submit(() -> { });
        tpe.shutdown();
        tpe.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("completed tasks " + tpe.getCompletedTaskCount() + ", largest pool "
                + tpe.getLargestPoolSize() + ", terminated " + tpe.isTerminated() + ", pool size "
                + tpe.getPoolSize());

        ExecutorService idle = Executors.newCachedThreadPool();
        System.out.println("idle pool awaitTermination(10 ms) before shutdown: "
                + idle.awaitTermination(10, TimeUnit.MILLISECONDS));
        idle.shutdown();
        System.out.println("idle pool after shutdown: " + idle.awaitTermination(1, TimeUnit.SECONDS));

        ThreadPoolExecutor bounded = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new java.util.concurrent.ArrayBlockingQueue<>(1), new ThreadPoolExecutor.DiscardPolicy());
        final CountDownLatch hold = new CountDownLatch(1);
        bounded.execute(() -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        final AtomicInteger extra = new AtomicInteger();
        for (int i = 0; i < 5; i++) bounded.execute(extra::incrementAndGet);
        hold.countDown();
        bounded.shutdown();
        bounded.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("with DiscardPolicy only the queued task ran: " + extra.get());
    }
}
