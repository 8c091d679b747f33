// Checks LockSupport: park and unpark, the permit given before park, timed parks and interrupts.
import java.util.concurrent.locks.LockSupport;

public class ConcLockSupport {
    static volatile boolean flag;

    public static void main(String[] args) throws Exception {
        // A permit given first makes the next park return at once; permits do not add up.
        LockSupport.unpark(Thread.currentThread());
        LockSupport.unpark(Thread.currentThread());
        LockSupport.park();
        System.out.println("park with a permit returned");
        long t0 = System.nanoTime();
        LockSupport.parkNanos(20_000_000L);
        System.out.println("second park waited its time: " + (System.nanoTime() - t0 >= 20_000_000L));

        Thread t = new Thread(() -> {
            while (!flag) {
                LockSupport.park(ConcLockSupport.class);
            }
            System.out.println("parked thread saw the flag");
        });
        t.start();
        while (t.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
        System.out.println("blocker while parked: " + LockSupport.getBlocker(t));
        flag = true;
        LockSupport.unpark(t);
        t.join();
        System.out.println("blocker after: " + LockSupport.getBlocker(t));

        Thread i = new Thread(() -> {
            LockSupport.park();
            System.out.println("interrupt ends a park, flag " + Thread.currentThread().isInterrupted());
            LockSupport.park();
            System.out.println("and later parks return at once while the flag is set");
        });
        i.start();
        while (i.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
        i.interrupt();
        i.join();

        long t1 = System.nanoTime();
        LockSupport.parkUntil(System.currentTimeMillis() + 15);
        System.out.println("parkUntil waited: " + (System.nanoTime() - t1 >= 10_000_000L));
        LockSupport.parkNanos(-5);
        LockSupport.parkNanos(0);
        LockSupport.unpark(null);
        System.out.println("non-positive parks and unpark(null) return at once");
        Thread notStarted = new Thread(() -> { });
        LockSupport.unpark(notStarted);
        notStarted.start();
        notStarted.join();
        System.out.println("unpark of an unstarted thread is harmless");
    }
}
