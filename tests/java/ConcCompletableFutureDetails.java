// Checks CompletableFuture in detail: the order dependents run in, exception wrapping, timeouts and executors.
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class ConcCompletableFutureDetails {
    static void p(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        f.thenAccept(x -> p("a " + x));
        f.thenAccept(x -> p("b " + x));
        CompletableFuture<Integer> g = f.thenApply(x -> { p("c " + x); return x + 1; });
        g.thenAccept(x -> p("g1 " + x));
        g.thenAccept(x -> p("g2 " + x));
        g.thenApply(x -> x * 2).thenAccept(x -> p("g3 " + x));
        f.thenRun(() -> p("d"));
        p("deps " + f.getNumberOfDependents());
        f.complete(5);
        p("done " + f.isDone() + " " + f.join() + " " + g.get());

        CompletableFuture<Integer> e = new CompletableFuture<>();
        CompletableFuture<Integer> e2 = e.thenApply(x -> x + 1);
        e.completeExceptionally(new IllegalStateException("bad"));
        e.exceptionally(ex -> { p("ex1 " + ex); return 0; });
        e2.exceptionally(ex -> { p("ex2 " + ex + " cause " + ex.getCause()); return 0; });
        e2.handle((v, ex) -> { p("h " + v + " " + ex); return 1; });
        e.whenComplete((v, ex) -> p("wc " + v + " " + ex));
        try { e.join(); } catch (CompletionException ce) { p("join " + ce + " / " + ce.getCause()); }
        try { e.get(); } catch (ExecutionException ee) { p("get " + ee + " / " + ee.getCause()); }
        try { e2.join(); } catch (CompletionException ce) { p("join2 " + ce); }
        try { e2.get(); } catch (ExecutionException ee) { p("get2 " + ee.getCause()); }
        p("ce " + e.isCompletedExceptionally() + " " + e.isCancelled());

        CompletableFuture<String> s = CompletableFuture.supplyAsync(() -> "hi");
        CompletableFuture<String> t = CompletableFuture.supplyAsync(() -> { throw new RuntimeException("boom"); });
        p(s.thenCombine(CompletableFuture.completedFuture(" there"), (a, b) -> a + b).join());
        p(s.thenCompose(x -> CompletableFuture.supplyAsync(() -> x + "!")).get());
        try { t.join(); } catch (CompletionException ce) { p("t " + ce.getMessage()); }
        p(t.handle((v, ex) -> "handled " + ex).join());
        p(t.exceptionally(ex -> "rec " + ex.getClass().getName()).join());

        CompletableFuture<?>[] arr = new CompletableFuture<?>[5];
        for (int i = 0; i < 5; i++) { final int k = i; arr[i] = CompletableFuture.supplyAsync(() -> k * k); }
        CompletableFuture.allOf(arr).join();
        int sum = 0; for (CompletableFuture<?> c : arr) sum += (Integer) c.join();
        p("sum " + sum);
        CompletableFuture<Integer> bad1 = new CompletableFuture<>(), bad2 = new CompletableFuture<>();
        CompletableFuture<Void> all = CompletableFuture.allOf(CompletableFuture.completedFuture(1), bad1, bad2);
        bad2.completeExceptionally(new RuntimeException("two"));
        bad1.completeExceptionally(new RuntimeException("one"));
        try { all.join(); } catch (CompletionException ce) { p("all " + ce.getMessage()); }
        p("any " + CompletableFuture.anyOf(new CompletableFuture<>(), CompletableFuture.completedFuture("x")).join());
        CompletableFuture<Integer> c1 = new CompletableFuture<>();
        p("cancel " + c1.cancel(true) + " " + c1.isCancelled() + " " + c1.isCompletedExceptionally());
        try { c1.join(); } catch (CancellationException ce) { p("cancelled " + ce); }
        CompletableFuture<Integer> a1 = new CompletableFuture<>(), a2 = new CompletableFuture<>();
        CompletableFuture<Integer> comb = a1.thenCombine(a2, (x, y) -> x * y);
        a1.thenAcceptBoth(a2, (x, y) -> p("both " + x + " " + y));
        a1.applyToEither(a2, x -> x + 100).thenAccept(x -> p("either " + x));
        a2.complete(7); a1.complete(6);
        p("comb " + comb.join());
        p(CompletableFuture.completedFuture(3).thenApply(x -> x + 1).getNow(-1));
        p(new CompletableFuture<Integer>().getNow(-1));
        CompletableFuture<Integer> to = new CompletableFuture<Integer>().completeOnTimeout(9, 10, TimeUnit.MILLISECONDS);
        p("timeout " + to.get());
        try { new CompletableFuture<Integer>().orTimeout(10, TimeUnit.MILLISECONDS).join(); } catch (CompletionException ce) { p("orTimeout " + ce.getCause()); }
        CompletableFuture<Void> r = CompletableFuture.runAsync(() -> p("ran async"));
        r.get(1, TimeUnit.SECONDS);
        try { new CompletableFuture<Integer>().get(5, TimeUnit.MILLISECONDS); } catch (TimeoutException te) { p("te " + te); }
        ExecutorService ex = Executors.newFixedThreadPool(2);
        p(CompletableFuture.supplyAsync(() -> Thread.currentThread().getName().startsWith("pool-"), ex).thenApplyAsync(x -> x + "!", ex).join());
        ex.shutdown();
        p(CompletableFuture.failedFuture(new Error("E")).handle((v, x) -> x.toString()).join());
        CompletableFuture<String> w = new CompletableFuture<>();
        CompletableFuture<String> wc = w.whenComplete((v, x) -> { throw new IllegalArgumentException("in wc"); });
        w.complete("ok");
        try { wc.join(); } catch (CompletionException ce) { p("wc " + ce.getCause()); }
        p(CompletableFuture.completedFuture(1).exceptionallyCompose(x -> CompletableFuture.completedFuture(2)).join());
        p(CompletableFuture.failedFuture(new RuntimeException("q")).exceptionallyCompose(x -> CompletableFuture.completedFuture((Object) ("comp " + x))).join());
    }
}
