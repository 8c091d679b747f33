// Checks a bounded buffer built on ReentrantLock and two Conditions, with two producers and two consumers.
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ConcBoundedBufferLock {
    static final class BoundedBuffer<T> {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition notFull = lock.newCondition();
        private final Condition notEmpty = lock.newCondition();
        private final Object[] items;
        private int putIndex;
        private int takeIndex;
        private int count;
        int maxSeen;

        BoundedBuffer(int capacity) {
            items = new Object[capacity];
        }

        void put(T x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) {
                    notFull.await();
                }
                items[putIndex] = x;
                putIndex = (putIndex + 1) % items.length;
                count++;
                maxSeen = Math.max(maxSeen, count);
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        @SuppressWarnings("unchecked")
        T take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) {
                    notEmpty.await();
                }
                T x = (T) items[takeIndex];
                items[takeIndex] = null;
                takeIndex = (takeIndex + 1) % items.length;
                count--;
                notFull.signal();
                return x;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        final BoundedBuffer<Integer> buf = new BoundedBuffer<>(5);
        final long[] sums = new long[2];
        final int[] counts = new int[2];
        Thread[] threads = new Thread[4];
        for (int p = 0; p < 2; p++) {
            final int from = p * 10000;
            threads[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= 1500; i++) {
                        buf.put(from + i);
                    }
                    buf.put(-1);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (int c = 0; c < 2; c++) {
            final int id = c;
            threads[2 + c] = new Thread(() -> {
                try {
                    for (Integer x; (x = buf.take()) != -1;) {
                        sums[id] += x;
                        counts[id]++;
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        System.out.println("consumed " + (counts[0] + counts[1]) + " items, sum " + (sums[0] + sums[1]));
        System.out.println("never more than capacity: " + (buf.maxSeen <= 5));

        ReentrantLock lock = new ReentrantLock();
        Condition c = lock.newCondition();
        lock.lock();
        try {
            long left = c.awaitNanos(2_000_000L);
            System.out.println("awaitNanos timed out: " + (left <= 0));
            System.out.println("await(time) signalled: " + c.await(1, java.util.concurrent.TimeUnit.MILLISECONDS));
            System.out.println("still held after await: " + lock.isHeldByCurrentThread() + " holds " + lock.getHoldCount());
        } finally {
            lock.unlock();
        }
        try {
            c.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal without the lock: IllegalMonitorStateException");
        }
    }
}
