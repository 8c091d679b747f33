// Checks a three-stage pipeline of executor tasks linked by BlockingQueues, ended by poison pills.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class ConcPipeline {
    static final int POISON = Integer.MIN_VALUE;

    public static void main(String[] args) throws Exception {
        final BlockingQueue<Integer> raw = new ArrayBlockingQueue<>(8);
        final BlockingQueue<Integer> squared = new LinkedBlockingQueue<>(16);
        final int producers = 3;
        final int squarers = 2;
        final CountDownLatch produced = new CountDownLatch(producers);
        ExecutorService pool = Executors.newFixedThreadPool(producers + squarers + 2);
        for (int p = 0; p < producers; p++) {
            final int base = p * 100;
            pool.execute(() -> {
                try {
                    for (int i = 1; i <= 100; i++) raw.put(base + i);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    produced.countDown();
                }
            });
        }
        pool.execute(() -> {
            try {
                produced.await();
                for (int s = 0; s < squarers; s++) raw.put(POISON);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<Future<Integer>> counts = new ArrayList<>();
        for (int s = 0; s < squarers; s++) {
            counts.add(pool.submit(() -> {
                int n = 0;
                for (int x; (x = raw.take()) != POISON; n++) squared.put(x * x);
                squared.put(POISON);
                return n;
            }));
        }
        Future<List<Integer>> sink = pool.submit(() -> {
            List<Integer> got = new ArrayList<>();
            for (int pills = 0; pills < squarers;) {
                int x = squared.take();
                if (x == POISON) pills++;
                else got.add(x);
            }
            return got;
        });
        pool.shutdown();
        int taken = 0;
        for (Future<Integer> f : counts) taken += f.get();
        List<Integer> got = sink.get();
        long sum = 0;
        for (int x : got) sum += x;
        Collections.sort(got);
        System.out.println("squarers took " + taken + " items; sink got " + got.size() + ", sum " + sum);
        System.out.println("smallest " + got.subList(0, 5) + ", largest " + got.get(got.size() - 1));
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS) + ", queues empty "
                + (raw.isEmpty() && squared.isEmpty()));
    }
}
