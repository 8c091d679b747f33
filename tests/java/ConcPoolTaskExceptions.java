// Checks exceptions in pool tasks: submit() keeps them in the Future, execute() kills the worker thread.
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class ConcPoolTaskExceptions {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> f = pool.submit(() -> {
            throw new IllegalStateException("inside submit");
        });
        try {
            f.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException: " + e.getMessage());
            System.out.println("cause: " + e.getCause());
        }
        System.out.println("future done " + f.isDone() + ", cancelled " + f.isCancelled());
        Future<?> r = pool.submit((Runnable) () -> {
            throw new UnsupportedOperationException("runnable failed");
        });
        try {
            r.get();
        } catch (ExecutionException e) {
            System.out.println("runnable: " + e.getCause().getMessage());
        }
        System.out.println("worker after submit failures: " + pool.submit(() -> Thread.currentThread().getName()).get());
        pool.execute(() -> {
            throw new RuntimeException("boom from execute");
        });
        // The dead worker is replaced by a new thread.
        System.out.println("worker after execute failure: " + pool.submit(() -> Thread.currentThread().getName()).get());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS));
    }
}
