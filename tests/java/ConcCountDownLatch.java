// Checks CountDownLatch: workers counting down, await, await with a time limit, and counting past zero.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ConcCountDownLatch {
    public static void main(String[] args) throws Exception {
        final CountDownLatch start = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(5);
        final AtomicInteger work = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            final int id = i;
            new Thread(() -> {
                try {
                    start.await();
                    work.addAndGet(id * id);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        System.out.println("before start: work " + work.get() + ", done count " + done.getCount());
        start.countDown();
        done.await();
        System.out.println("after done: work " + work.get() + ", done count " + done.getCount());

        CountDownLatch never = new CountDownLatch(2);
        never.countDown();
        System.out.println("await(20 ms) on count 1: " + never.await(20, TimeUnit.MILLISECONDS));
        never.countDown();
        never.countDown();
        System.out.println("count after extra countDown: " + never.getCount());
        System.out.println("await(0) on count 0: " + never.await(0, TimeUnit.SECONDS));
        never.await();
        System.out.println("await() on count 0 returns at once");
        try {
            new CountDownLatch(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative count: " + e.getMessage());
        }

        // A waiter interrupted while waiting.
        final CountDownLatch stuck = new CountDownLatch(1);
        final String[] outcome = new String[1];
        Thread w = new Thread(() -> {
            try {
                stuck.await();
                outcome[0] = "released";
            } catch (InterruptedException e) {
                outcome[0] = "interrupted";
            }
        });
        w.start();
        w.interrupt();
        w.join();
        System.out.println("waiter: " + outcome[0] + ", latch count " + stuck.getCount());

        // Many waiters released together.
        final CountDownLatch gate = new CountDownLatch(1);
        final AtomicInteger released = new AtomicInteger();
        Thread[] waiters = new Thread[6];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Thread(() -> {
                try {
                    gate.await();
                    released.incrementAndGet();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            waiters[i].start();
        }
        gate.countDown();
        for (Thread t : waiters) t.join();
        System.out.println("released together: " + released.get());
    }
}
