// Checks ReentrantLock: hold counts, tryLock (also timed) from another thread, lockInterruptibly and fairness.
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

public class ConcReentrantLock {
    static int counter;

    public static void main(String[] args) throws Exception {
        final ReentrantLock lock = new ReentrantLock();
        System.out.println("fair " + lock.isFair() + " " + new ReentrantLock(true).isFair() + ", locked "
                + lock.isLocked());
        lock.lock();
        lock.lock();
        System.out.println("holds " + lock.getHoldCount() + ", mine " + lock.isHeldByCurrentThread() + ", locked "
                + lock.isLocked());
        final boolean[] r = new boolean[3];
        Thread other = new Thread(() -> {
            r[0] = lock.tryLock();
            try {
                r[1] = lock.tryLock(15, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                r[1] = true;
            }
            r[2] = lock.isHeldByCurrentThread();
        });
        other.start();
        other.join();
        System.out.println("other thread: tryLock " + r[0] + ", timed tryLock " + r[1] + ", holds " + r[2]);
        lock.unlock();
        lock.unlock();
        System.out.println("after unlocks: holds " + lock.getHoldCount() + ", locked " + lock.isLocked());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock without holding: IllegalMonitorStateException");
        }

        // Mutual exclusion between 6 threads.
        final Lock shared = new ReentrantLock(true);
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 2000; k++) {
                    shared.lock();
                    try {
                        counter++;
                    } finally {
                        shared.unlock();
                    }
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("counter " + counter);

        // lockInterruptibly gives up when interrupted.
        lock.lock();
        final String[] outcome = new String[1];
        Thread waiter = new Thread(() -> {
            try {
                lock.lockInterruptibly();
                outcome[0] = "locked";
                lock.unlock();
            } catch (InterruptedException e) {
                outcome[0] = "interrupted";
            }
        });
        waiter.start();
        while (!lock.hasQueuedThread(waiter)) {
            Thread.sleep(1);
        }
        waiter.interrupt();
        waiter.join();
        System.out.println("lockInterruptibly: " + outcome[0] + ", queued now " + lock.hasQueuedThreads());
        lock.unlock();

        // lock() is not interruptible: the interrupt is kept for later.
        lock.lock();
        Thread stubborn = new Thread(() -> {
            lock.lock();
            outcome[0] = "locked with interrupt flag " + Thread.currentThread().isInterrupted();
            lock.unlock();
        });
        stubborn.start();
        while (!lock.hasQueuedThread(stubborn)) {
            Thread.sleep(1);
        }
        stubborn.interrupt();
        Thread.sleep(5);
        lock.unlock();
        stubborn.join();
        System.out.println("lock(): " + outcome[0]);

        // Conditions: signalAll wakes every waiter.
        final Condition ready = lock.newCondition();
        final int[] woken = new int[1];
        final boolean[] go = new boolean[1];
        Thread[] waiters = new Thread[4];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Thread(() -> {
                lock.lock();
                try {
                    while (!go[0]) {
                        ready.awaitUninterruptibly();
                    }
                    woken[0]++;
                } finally {
                    lock.unlock();
                }
            });
            waiters[i].start();
        }
        for (;;) {
            lock.lock();
            try {
                if (lock.getWaitQueueLength(ready) == waiters.length) {
                    System.out.println("waiting on the condition: " + lock.getWaitQueueLength(ready) + ", hasWaiters "
                            + lock.hasWaiters(ready));
                    go[0] = true;
                    ready.signalAll();
                    break;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
        for (Thread t : waiters) t.join();
        System.out.println("woken " + woken[0]);
    }
}
