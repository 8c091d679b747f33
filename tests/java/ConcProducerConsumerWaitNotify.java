// Checks a producer/consumer pair over a bounded buffer built on synchronized, wait and notifyAll.
import java.util.ArrayList;
import java.util.List;

public class ConcProducerConsumerWaitNotify {
    static final class Buffer {
        private final int[] items = new int[4];
        private int head;
        private int count;

        synchronized void put(int x) throws InterruptedException {
            while (count == items.length) {
                wait();
            }
            items[(head + count) % items.length] = x;
            count++;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) {
                wait();
            }
            int x = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return x;
        }
    }

    public static void main(String[] args) throws Exception {
        final Buffer buf = new Buffer();
        final int n = 2000;
        final long[] sum = new long[1];
        final List<Integer> firstTen = new ArrayList<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= n; i++) {
                    buf.put(i);
                }
                buf.put(-1);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                for (int x; (x = buf.take()) != -1;) {
                    sum[0] += x;
                    if (firstTen.size() < 10) {
                        firstTen.add(x);
                    }
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        System.out.println("sum = " + sum[0] + " (expected " + ((long) n * (n + 1) / 2) + ")");
        System.out.println("first items in order: " + firstTen);

        // Several producers and consumers: the totals do not depend on the interleaving.
        final Buffer shared = new Buffer();
        final long[] totals = new long[3];
        final int[] counts = new int[3];
        Thread[] producers = new Thread[3];
        Thread[] consumers = new Thread[3];
        for (int p = 0; p < 3; p++) {
            final int base = p * 1000;
            producers[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= 500; i++) {
                        shared.put(base + i);
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (int c = 0; c < 3; c++) {
            final int id = c;
            consumers[c] = new Thread(() -> {
                try {
                    for (int x; (x = shared.take()) != -1;) {
                        totals[id] += x;
                        counts[id]++;
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (Thread t : producers) t.start();
        for (Thread t : consumers) t.start();
        for (Thread t : producers) t.join();
        for (int c = 0; c < 3; c++) shared.put(-1);
        for (Thread t : consumers) t.join();
        System.out.println("items consumed = " + (counts[0] + counts[1] + counts[2]));
        System.out.println("total = " + (totals[0] + totals[1] + totals[2]));
    }
}
