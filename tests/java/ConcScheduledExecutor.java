// Checks ScheduledExecutorService: delayed tasks run in delay order, periodic tasks, cancel and shutdown.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ConcScheduledExecutor {
    public static void main(String[] args) throws Exception {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor();
        final List<String> order = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        ses.schedule(() -> order.add("c (200 ms)"), 200, TimeUnit.MILLISECONDS);
        ses.schedule(() -> order.add("a (10 ms)"), 10, TimeUnit.MILLISECONDS);
        ses.schedule(() -> order.add("b (100 ms)"), 100, TimeUnit.MILLISECONDS);
        ScheduledFuture<String> value = ses.schedule(() -> "callable result", 20, TimeUnit.MILLISECONDS);
        System.out.println("callable: " + value.get());
        ScheduledFuture<?> cancelled = ses.schedule(() -> order.add("never"), 500, TimeUnit.MILLISECONDS);
        System.out.println("cancel: " + cancelled.cancel(false) + ", isCancelled " + cancelled.isCancelled()
                + ", isDone " + cancelled.isDone());
        final CountDownLatch three = new CountDownLatch(3);
        final AtomicInteger ticks = new AtomicInteger();
        ScheduledFuture<?> periodic = ses.scheduleAtFixedRate(() -> {
            ticks.incrementAndGet();
            three.countDown();
        }, 5, 10, TimeUnit.MILLISECONDS);
        three.await();
        periodic.cancel(false);
        System.out.println("periodic ran at least 3 times: " + (ticks.get() >= 3) + ", cancelled "
                + periodic.isCancelled());
        final CountDownLatch two = new CountDownLatch(2);
        ScheduledFuture<?> fixedDelay = ses.scheduleWithFixedDelay(two::countDown, 0, 5, TimeUnit.MILLISECONDS);
        two.await();
        fixedDelay.cancel(true);
        ses.schedule(() -> order.add("d (250 ms, scheduled later)"), 250, TimeUnit.MILLISECONDS).get();
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("order: " + order);
        System.out.println("waited for the delays: " + (elapsedMs >= 250));
        ses.shutdown();
        System.out.println("terminated " + ses.awaitTermination(5, TimeUnit.SECONDS));

        // Delayed tasks still run after shutdown(); periodic ones stop.
        ScheduledThreadPoolExecutor stpe = new ScheduledThreadPoolExecutor(2);
        final AtomicInteger late = new AtomicInteger();
        stpe.schedule(late::incrementAndGet, 300, TimeUnit.MILLISECONDS);
        stpe.scheduleAtFixedRate(late::incrementAndGet, 1000, 1000, TimeUnit.MILLISECONDS);
        System.out.println("queued " + stpe.getQueue().size());
        stpe.shutdown();
        System.out.println("after shutdown queued " + stpe.getQueue().size());
        stpe.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("delayed task ran after shutdown: " + late.get() + ", terminated " + stpe.isTerminated());
        ScheduledFuture<Integer> negative = Executors.newScheduledThreadPool(1).schedule(() -> 7, -5,
                TimeUnit.SECONDS);
        System.out.println("negative delay runs at once: " + negative.get() + ", delay <= 0: "
                + (negative.getDelay(TimeUnit.NANOSECONDS) <= 0));
        System.exit(0);
    }
}
