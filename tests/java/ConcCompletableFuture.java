// Checks CompletableFuture chains: thenApply, thenAccept, thenCombine, thenCompose, allOf, exceptions and join.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class ConcCompletableFuture {
    static int slowSquare(int x) {
        int r = 0;
        for (int i = 0; i < x; i++) r += x;
        return r;
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> slowSquare(12));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> slowSquare(5));
        CompletableFuture<String> chain = a.thenApply(x -> x + 1)
                .thenCombine(b, (x, y) -> x + "+" + y)
                .thenCompose(s -> CompletableFuture.supplyAsync(() -> "[" + s + "]"));
        System.out.println("chain: " + chain.join());
        System.out.println("get: " + a.get() + ", " + b.get(1, TimeUnit.SECONDS));

        List<CompletableFuture<Integer>> parts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            final int k = i;
            parts.add(CompletableFuture.supplyAsync(() -> slowSquare(k)));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]));
        all.join();
        int total = 0;
        for (CompletableFuture<Integer> p : parts) total += p.join();
        System.out.println("sum of squares 1..10: " + total + ", allOf done " + all.isDone());

        // Dependents of an incomplete future run when it completes, newest first.
        CompletableFuture<String> src = new CompletableFuture<>();
        StringBuilder order = new StringBuilder();
        src.thenAccept(s -> order.append("first:").append(s).append(' '));
        src.thenAccept(s -> order.append("second:").append(s).append(' '));
        src.thenApply(String::length).thenAccept(n -> order.append("length:").append(n).append(' '));
        System.out.println("dependents before completion: " + src.getNumberOfDependents());
        System.out.println("complete: " + src.complete("go") + ", again: " + src.complete("no"));
        System.out.println("ran: " + order.toString().trim());

        // Exceptions: wrapped in CompletionException for join and dependents, ExecutionException for get.
        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("no value");
        });
        try {
            failing.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getMessage());
        }
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("get: cause " + e.getCause());
        }
        System.out.println("exceptionally: " + failing.exceptionally(ex -> -1).join());
        System.out.println("handle: " + failing.handle((v, ex) -> ex.getCause().getMessage()).join());
        System.out.println("thenApply skipped: " + failing.thenApply(x -> x * 2).isCompletedExceptionally());
        CompletableFuture<String> direct = new CompletableFuture<>();
        direct.completeExceptionally(new ArithmeticException("raw"));
        System.out.println("completeExceptionally is not wrapped: "
                + direct.exceptionally(Throwable::toString).join());
        System.out.println("but its dependents are: "
                + direct.thenApply(s -> s).exceptionally(Throwable::toString).join());
        CompletableFuture<Integer> whenDone = CompletableFuture.completedFuture(3)
                .whenComplete((v, ex) -> System.out.println("whenComplete saw " + v + " / " + ex));
        System.out.println("whenComplete passes the value on: " + whenDone.join());

        ExecutorService pool = Executors.newFixedThreadPool(3);
        CompletableFuture<String> onPool = CompletableFuture.supplyAsync(
                () -> Thread.currentThread().getName().startsWith("pool-"), pool)
                .thenApplyAsync(x -> "ran on the pool: " + x, pool);
        System.out.println(onPool.get());
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> System.out.println("runAsync body"), pool);
        run.join();
        System.out.println("runAsync result: " + run.join());
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);

        CompletableFuture<Integer> cancelled = new CompletableFuture<>();
        System.out.println("cancel: " + cancelled.cancel(false) + ", isCancelled " + cancelled.isCancelled()
                + ", exceptionally " + cancelled.isCompletedExceptionally());
        System.out.println("getNow on incomplete: " + new CompletableFuture<Integer>().getNow(42));
        System.out.println("anyOf: " + CompletableFuture.anyOf(new CompletableFuture<String>(),
                CompletableFuture.completedFuture("ready")).join());
        System.out.println("applyToEither: " + CompletableFuture.completedFuture(1)
                .applyToEither(new CompletableFuture<Integer>(), x -> x + 1).join());
    }
}
