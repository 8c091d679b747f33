// Checks summing an array in parallel with newFixedThreadPool, invokeAll and Future.get.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class ConcThreadPoolSum {
    public static void main(String[] args) throws Exception {
        final int[] data = new int[100_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (i * 31 + 7) % 1000;
        }
        long expected = 0;
        for (int x : data) expected += x;

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Long>> tasks = new ArrayList<>();
        int chunks = 10;
        int size = data.length / chunks;
        for (int c = 0; c < chunks; c++) {
            final int from = c * size;
            final int to = (c == chunks - 1) ? data.length : from + size;
            tasks.add(() -> {
                long s = 0;
                for (int i = from; i < to; i++) s += data[i];
                return s;
            });
        }
        List<Future<Long>> futures = pool.invokeAll(tasks);
        long total = 0;
        StringBuilder partials = new StringBuilder();
        for (Future<Long> f : futures) {
            total += f.get();
            partials.append(f.isDone() ? "d" : "?");
        }
        System.out.println("futures done: " + partials);
        System.out.println("parallel sum = " + total + ", sequential sum = " + expected);

        // submit() one task per chunk and collect in submission order.
        List<Future<Integer>> maxes = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            final int part = c;
            maxes.add(pool.submit(() -> {
                int m = Integer.MIN_VALUE;
                for (int i = part; i < data.length; i += 4) m = Math.max(m, data[i] - part);
                return m;
            }));
        }
        StringBuilder sb = new StringBuilder();
        for (Future<Integer> f : maxes) sb.append(f.get()).append(' ');
        System.out.println("maxima: " + sb.toString().trim());

        Future<?> done = pool.submit(() -> { });
        System.out.println("runnable future result: " + done.get());
        Future<String> withResult = pool.submit(() -> { }, "fixed");
        System.out.println("runnable with result: " + withResult.get(1, TimeUnit.SECONDS));
        pool.shutdown();
        System.out.println("terminated: " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
