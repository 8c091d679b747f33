// Checks invokeAny, timed invokeAll and ExecutorCompletionService (results collected in any order, then sorted).
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class ConcInvokeAnyAll {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<String>> tasks = new ArrayList<>();
        tasks.add(() -> {
            throw new IllegalStateException("first fails");
        });
        tasks.add(() -> "second succeeds");
        tasks.add(() -> {
            throw new IllegalStateException("third fails");
        });
        System.out.println("invokeAny: " + pool.invokeAny(tasks));
        List<Callable<String>> allFail = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            allFail.add(() -> {
                throw new ArithmeticException("all fail");
            });
        }
        try {
            pool.invokeAny(allFail);
        } catch (ExecutionException e) {
            System.out.println("invokeAny with no success: " + e.getCause());
        }

        List<Callable<Integer>> mixed = new ArrayList<>();
        mixed.add(() -> 1);
        mixed.add(() -> {
            Thread.sleep(10_000);
            return 2;
        });
        mixed.add(() -> 3);
        List<Future<Integer>> results = pool.invokeAll(mixed, 100, TimeUnit.MILLISECONDS);
        for (Future<Integer> f : results) {
            try {
                System.out.println("  done " + f.isDone() + ", value " + f.get());
            } catch (CancellationException e) {
                System.out.println("  done " + f.isDone() + ", cancelled by the time limit");
            }
        }

        CompletionService<Integer> cs = new ExecutorCompletionService<>(pool);
        for (int i = 1; i <= 6; i++) {
            final int k = i;
            cs.submit(() -> k * k);
        }
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 6; i++) got.add(cs.take().get());
        Collections.sort(got);
        System.out.println("completion service: " + got + ", nothing left: " + (cs.poll() == null));
        cs.submit(() -> { }, 99);
        System.out.println("runnable with result: " + cs.poll(5, TimeUnit.SECONDS).get());
        pool.shutdownNow();
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS));
    }
}
