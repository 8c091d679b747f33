// Checks dining philosophers with ReentrantLock.tryLock: no deadlock, every meal eaten, forks all free.
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

public class ConcDiningPhilosophers {
    public static void main(String[] args) throws Exception {
        final int n = 5;
        final int meals = 100;
        final ReentrantLock[] forks = new ReentrantLock[n];
        for (int i = 0; i < n; i++) forks[i] = new ReentrantLock();
        final int[] eaten = new int[n];
        Thread[] ph = new Thread[n];
        for (int i = 0; i < n; i++) {
            final int id = i;
            ph[i] = new Thread(() -> {
                ReentrantLock left = forks[id];
                ReentrantLock right = forks[(id + 1) % n];
                while (eaten[id] < meals) {
                    boolean ate = false;
                    try {
                        if (left.tryLock(1, TimeUnit.MILLISECONDS)) {
                            try {
                                if (right.tryLock()) {
                                    try {
                                        eaten[id]++;
                                        ate = true;
                                    } finally {
                                        right.unlock();
                                    }
                                }
                            } finally {
                                left.unlock();
                            }
                        }
                        // Backing off for a time of one's own breaks the symmetry of a livelock.
                        if (!ate) {
                            Thread.sleep(1 + id);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    Thread.yield();
                }
            }, "philosopher-" + i);
        }
        for (Thread t : ph) t.start();
        for (Thread t : ph) t.join();
        int total = 0;
        for (int e : eaten) total += e;
        System.out.println("meals eaten " + total + " of " + n * meals);
        boolean free = true;
        for (ReentrantLock f : forks) free &= !f.isLocked();
        System.out.println("all forks free: " + free);

        // The same with synchronized and a global order on the forks.
        final Object[] monitors = new Object[n];
        for (int i = 0; i < n; i++) monitors[i] = new Object();
        final int[] count = new int[1];
        for (int i = 0; i < n; i++) {
            final int id = i;
            ph[i] = new Thread(() -> {
                int first = Math.min(id, (id + 1) % n);
                int second = Math.max(id, (id + 1) % n);
                for (int k = 0; k < meals; k++) {
                    synchronized (monitors[first]) {
                        synchronized (monitors[second]) {
                            synchronized (count) {
                                count[0]++;
                            }
                        }
                    }
                }
            });
        }
        for (Thread t : ph) t.start();
        for (Thread t : ph) t.join();
        System.out.println("ordered monitors: meals " + count[0]);
    }
}
