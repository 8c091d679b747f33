// Checks ReentrantReadWriteLock: a shared cache, hold counts, downgrading, and tryLock across threads.
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ConcReadWriteLock {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static final Map<Integer, Integer> cache = new HashMap<>();
    static int reads;

    static Integer read(int k) {
        rw.readLock().lock();
        try {
            synchronized (ConcReadWriteLock.class) {
                reads++;
            }
            return cache.get(k);
        } finally {
            rw.readLock().unlock();
        }
    }

    static void write(int k, int v) {
        rw.writeLock().lock();
        try {
            cache.put(k, v);
        } finally {
            rw.writeLock().unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 200; k++) {
                    if (id < 2) {
                        write(k % 20, id * 1000 + k);
                    } else {
                        read(k % 20);
                    }
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        TreeMap<Integer, Integer> sorted = new TreeMap<>(cache);
        boolean consistent = true;
        for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
            int v = e.getValue();
            consistent &= (v % 1000) % 20 == e.getKey() && (v % 1000) >= 180;
        }
        System.out.println("keys " + sorted.size() + ", values from the last round: " + consistent + ", reads "
                + reads);

        ReentrantReadWriteLock l = new ReentrantReadWriteLock();
        l.readLock().lock();
        l.readLock().lock();
        System.out.println("read holds " + l.getReadHoldCount() + ", read locks " + l.getReadLockCount()
                + ", write locked " + l.isWriteLocked());
        final boolean[] other = new boolean[2];
        Thread t = new Thread(() -> {
            other[0] = l.writeLock().tryLock();
            other[1] = l.readLock().tryLock();
            if (other[1]) l.readLock().unlock();
        });
        t.start();
        t.join();
        System.out.println("other thread: write tryLock " + other[0] + ", read tryLock " + other[1]);
        l.readLock().unlock();
        l.readLock().unlock();
        System.out.println("after unlocks read holds " + l.getReadHoldCount());

        l.writeLock().lock();
        l.writeLock().lock();
        System.out.println("write holds " + l.getWriteHoldCount() + ", by me " + l.isWriteLockedByCurrentThread()
                + ", write lock held " + l.writeLock().isHeldByCurrentThread());
        l.readLock().lock(); // downgrade: read while writing
        l.writeLock().unlock();
        l.writeLock().unlock();
        System.out.println("downgraded: write locked " + l.isWriteLocked() + ", read holds " + l.getReadHoldCount());
        Thread t2 = new Thread(() -> {
            try {
                other[0] = l.writeLock().tryLock(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                other[0] = true;
            }
        });
        t2.start();
        t2.join();
        System.out.println("writer while a reader holds: " + other[0]);
        l.readLock().unlock();
        try {
            l.readLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("extra read unlock: " + e.getMessage());
        }
        try {
            l.writeLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("write unlock without holding: IllegalMonitorStateException");
        }
        try {
            l.readLock().newCondition();
        } catch (UnsupportedOperationException e) {
            System.out.println("read lock conditions: UnsupportedOperationException");
        }
        System.out.println("fair " + new ReentrantReadWriteLock(true).isFair() + " " + l.isFair());

        // A writer waits for the readers, then gets in.
        final ReentrantReadWriteLock q = new ReentrantReadWriteLock();
        final StringBuilder order = new StringBuilder();
        q.readLock().lock();
        Thread writer = new Thread(() -> {
            q.writeLock().lock();
            try {
                order.append("writer");
            } finally {
                q.writeLock().unlock();
            }
        });
        writer.start();
        Thread.sleep(10);
        synchronized (order) {
            order.append("reader-done,");
        }
        q.readLock().unlock();
        writer.join();
        System.out.println(order);
    }
}
