// Checks ForkJoin: RecursiveTask fib and sum, RecursiveAction, invokeAll, common pool and exceptions.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;

public class ConcForkJoin {
    static final class Fib extends RecursiveTask<Integer> {
        final int n;

        Fib(int n) {
            this.n = n;
        }

        protected Integer compute() {
            if (n <= 12) {
                return seq(n);
            }
            Fib f1 = new Fib(n - 1);
            f1.fork();
            Fib f2 = new Fib(n - 2);
            return f2.compute() + f1.join();
        }

        static int seq(int n) {
            return n < 2 ? n : seq(n - 1) + seq(n - 2);
        }
    }

    static final class Sum extends RecursiveTask<Long> {
        final long[] a;
        final int lo;
        final int hi;

        Sum(long[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        protected Long compute() {
            if (hi - lo <= 1000) {
                long s = 0;
                for (int i = lo; i < hi; i++) s += a[i];
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(a, lo, mid);
            Sum right = new Sum(a, mid, hi);
            invokeAll(left, right);
            return left.join() + right.join();
        }
    }

    static final class Scale extends RecursiveAction {
        final long[] a;
        final int lo;
        final int hi;

        Scale(long[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        protected void compute() {
            if (hi - lo <= 500) {
                for (int i = lo; i < hi; i++) a[i] *= 3;
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Scale(a, lo, mid), new Scale(a, mid, hi));
        }
    }

    static final class Failing extends RecursiveTask<Integer> {
        final int depth;

        Failing(int depth) {
            this.depth = depth;
        }

        protected Integer compute() {
            if (depth == 0) {
                throw new IllegalArgumentException("bottom reached");
            }
            Failing sub = new Failing(depth - 1);
            sub.fork();
            return sub.join() + 1;
        }
    }

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(4);
        System.out.println("fib(25) = " + pool.invoke(new Fib(25)) + ", parallelism " + pool.getParallelism());
        long[] a = new long[100_000];
        for (int i = 0; i < a.length; i++) a[i] = i % 97;
        System.out.println("sum = " + pool.invoke(new Sum(a, 0, a.length)));
        pool.invoke(new Scale(a, 0, a.length));
        System.out.println("sum after scaling = " + ForkJoinPool.commonPool().invoke(new Sum(a, 0, a.length)));
        ForkJoinTask<Integer> submitted = pool.submit(new Fib(20));
        System.out.println("submitted fib(20) = " + submitted.get() + ", done " + submitted.isDone()
                + ", normally " + submitted.isCompletedNormally());
        ForkJoinTask<String> callable = pool.submit(() -> "from a callable");
        System.out.println(callable.join());

        List<Fib> many = new ArrayList<>();
        for (int i = 10; i < 20; i++) many.add(new Fib(i));
        int s = 0;
        for (Fib f : ForkJoinTask.invokeAll(many)) s += f.join();
        System.out.println("sum of fib(10..19) = " + s);

        Failing failing = new Failing(5);
        try {
            pool.invoke(failing);
        } catch (IllegalArgumentException e) {
            System.out.println("exception from a subtask: " + e.getClass().getName());
        }
        System.out.println("abnormal " + failing.isCompletedAbnormally() + ", exception type "
                + failing.getException().getClass().getSimpleName());
        Fib inline = new Fib(15);
        System.out.println("invoke in the caller: " + inline.invoke() + ", not in a pool: "
                + ForkJoinTask.inForkJoinPool());
        System.out.println("common pool parallelism >= 1: " + (ForkJoinPool.getCommonPoolParallelism() >= 1));
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS) + " " + pool.isTerminated());
    }
}
