// Checks Semaphore: bounding concurrency, tryAcquire, timed acquire, multiple permits and draining.
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ConcSemaphore {
    public static void main(String[] args) throws Exception {
        final Semaphore sem = new Semaphore(3);
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger maxInside = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        Thread[] ts = new Thread[10];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                try {
                    sem.acquire();
                    try {
                        int now = inside.incrementAndGet();
                        maxInside.accumulateAndGet(now, Math::max);
                        Thread.sleep(5);
                        inside.decrementAndGet();
                        done.incrementAndGet();
                    } finally {
                        sem.release();
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("done " + done.get() + ", never more than 3 inside: " + (maxInside.get() <= 3)
                + ", permits back " + sem.availablePermits());

        Semaphore s = new Semaphore(2, true);
        System.out.println("fair " + s.isFair() + ", tryAcquire " + s.tryAcquire() + " " + s.tryAcquire() + " "
                + s.tryAcquire());
        System.out.println("timed tryAcquire on 0 permits: " + s.tryAcquire(10, TimeUnit.MILLISECONDS));
        s.release(5);
        System.out.println("after release(5): " + s.availablePermits());
        System.out.println("tryAcquire(4) " + s.tryAcquire(4) + ", left " + s.availablePermits());
        System.out.println("tryAcquire(2) " + s.tryAcquire(2) + ", left " + s.availablePermits());
        s.release(6);
        System.out.println("drained " + s.drainPermits() + ", left " + s.availablePermits());
        try {
            s.acquire(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative permits: IllegalArgumentException");
        }

        // A thread waiting for 3 permits gets them when they are released one by one.
        final Semaphore gate = new Semaphore(0);
        final String[] got = new String[1];
        Thread w = new Thread(() -> {
            try {
                gate.acquire(3);
                got[0] = "got 3";
            } catch (InterruptedException e) {
                got[0] = "interrupted";
            }
        });
        w.start();
        for (int i = 0; i < 3; i++) {
            gate.release();
        }
        w.join();
        System.out.println("waiter " + got[0] + ", left " + gate.availablePermits());

        Semaphore negative = new Semaphore(-2);
        System.out.println("negative start " + negative.availablePermits() + ", tryAcquire " + negative.tryAcquire());
        negative.release(3);
        System.out.println("then " + negative.availablePermits() + ", tryAcquire " + negative.tryAcquire());
        Semaphore u = new Semaphore(0);
        Thread.currentThread().interrupt();
        try {
            u.acquire();
        } catch (InterruptedException e) {
            System.out.println("acquire with interrupt set: InterruptedException");
        }
        Thread.currentThread().interrupt();
        u.release();
        u.acquireUninterruptibly();
        System.out.println("acquireUninterruptibly keeps the flag: " + Thread.interrupted());
    }
}
