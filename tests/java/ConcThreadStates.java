// Checks Thread.getState through NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING and TERMINATED.
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

public class ConcThreadStates {
    static void waitFor(Thread t, Thread.State s) throws InterruptedException {
        for (int i = 0; i < 5000 && t.getState() != s; i++) {
            Thread.sleep(1);
        }
        System.out.println(t.getName() + " reached " + t.getState());
    }

    public static void main(String[] args) throws Exception {
        final Object lock = new Object();
        Thread t = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // ends the thread
                }
            }
        }, "waiter");
        System.out.println("before start: " + t.getState() + ", alive " + t.isAlive());
        t.start();
        waitFor(t, Thread.State.WAITING);
        synchronized (lock) {
            lock.notify();
        }
        t.join();
        System.out.println("after join: " + t.getState() + ", alive " + t.isAlive());
        System.out.println("main is " + Thread.currentThread().getState());

        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                // ends the thread
            }
        }, "sleeper");
        sleeper.start();
        waitFor(sleeper, Thread.State.TIMED_WAITING);
        sleeper.interrupt();
        sleeper.join();

        Thread blocked = new Thread(() -> {
            synchronized (lock) {
                lock.hashCode();
            }
        }, "blocked");
        synchronized (lock) {
            blocked.start();
            waitFor(blocked, Thread.State.BLOCKED);
        }
        blocked.join();

        Thread parked = new Thread(() -> LockSupport.park(), "parked");
        parked.start();
        waitFor(parked, Thread.State.WAITING);
        LockSupport.unpark(parked);
        parked.join();

        final ReentrantLock rl = new ReentrantLock();
        rl.lock();
        Thread locker = new Thread(() -> {
            rl.lock();
            rl.unlock();
        }, "locker");
        locker.start();
        waitFor(locker, Thread.State.WAITING);
        System.out.println("queued on the lock: " + rl.hasQueuedThread(locker) + ", queue length "
                + rl.getQueueLength());
        rl.unlock();
        locker.join();
        System.out.println("locker " + locker.getState());
        Thread twice = new Thread(() -> { });
        twice.start();
        twice.join();
        try {
            twice.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("start twice: IllegalThreadStateException");
        }
    }
}
