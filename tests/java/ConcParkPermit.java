// Checks that LockSupport's permit is the thread's own: Thread.sleep and Object.wait neither
// end early on an unpark nor use the permit up, so a park after them returns at once; an
// interrupt gives the permit too; notify wakes only the waiter it picks; a permit given
// before a method call is there for a park inside it (on many nodes, the method may run at
// its object's owner).
import java.util.concurrent.locks.LockSupport;

public class ConcParkPermit {
    static final class Parking {
        int calls;

        synchronized int parkHere() {
            calls++;
            LockSupport.park();
            return calls;
        }
    }

    static final Object lock = new Object();
    static volatile int stage;

    public static void main(String[] args) throws Exception {
        // 1. Unparked while sleeping: the sleep runs its full time, then park returns at once.
        Thread sleeper = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted");
            }
            long slept = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("slept at least 40 ms: " + (slept >= 40));
            LockSupport.park(); // the permit given during the sleep is still there
            System.out.println("park after sleep returned");
        });
        sleeper.start();
        while (sleeper.getState() != Thread.State.TIMED_WAITING) Thread.onSpinWait();
        LockSupport.unpark(sleeper);
        sleeper.join();

        // 2. Unparked while in Object.wait: the wait goes on until notify, the permit stays.
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                stage = 1;
                while (stage != 2) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        System.out.println("waiter interrupted");
                    }
                }
            }
            LockSupport.park();
            System.out.println("park after wait returned");
        });
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) Thread.onSpinWait();
        LockSupport.unpark(waiter);
        Thread.sleep(20);
        System.out.println("waiter still waiting after unpark: " + (waiter.getState() == Thread.State.WAITING));
        synchronized (lock) {
            stage = 2;
            lock.notifyAll();
        }
        waiter.join();

        // 3. An interrupt gives the permit: park returns at once, and again while the
        //    status stays set.
        Thread parker = new Thread(() -> {
            while (stage != 3) Thread.onSpinWait();
            LockSupport.park();
            System.out.println("park with interrupt pending returned, status " + Thread.currentThread().isInterrupted());
            LockSupport.park();
            System.out.println("second park returned, status " + Thread.interrupted());
        });
        parker.start();
        parker.interrupt();
        stage = 3;
        parker.join();

        // 4. Several unparks before a park give one permit, not several.
        Thread counter = new Thread(() -> {
            while (stage != 4) Thread.onSpinWait();
            LockSupport.park();
            System.out.println("first park returned");
            long t0 = System.nanoTime();
            LockSupport.parkNanos(30_000_000L);
            System.out.println("second park waited: " + ((System.nanoTime() - t0) / 1_000_000 >= 30));
        });
        counter.start();
        LockSupport.unpark(counter);
        LockSupport.unpark(counter);
        LockSupport.unpark(counter);
        stage = 4;
        counter.join();
        // 5. Unparked before it calls a method that parks: the park returns at once.
        final Parking box = new Parking();
        Thread caller = new Thread(() -> {
            while (stage != 5) Thread.onSpinWait();
            System.out.println("parked in a method: " + box.parkHere());
        });
        caller.start();
        LockSupport.unpark(caller);
        stage = 5;
        caller.join();
        System.out.println("done");
    }
}
