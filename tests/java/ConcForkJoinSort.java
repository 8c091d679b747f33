// Checks a parallel merge sort with RecursiveAction on a custom pool and on the common pool.
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;

public class ConcForkJoinSort {
    static final class MergeSort extends RecursiveAction {
        final int[] a;
        final int[] tmp;
        final int lo;
        final int hi;

        MergeSort(int[] a, int[] tmp, int lo, int hi) {
            this.a = a;
            this.tmp = tmp;
            this.lo = lo;
            this.hi = hi;
        }

        protected void compute() {
            if (hi - lo <= 256) {
                Arrays.sort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            MergeSort left = new MergeSort(a, tmp, lo, mid);
            MergeSort right = new MergeSort(a, tmp, mid, hi);
            left.fork();
            right.compute();
            left.join();
            System.arraycopy(a, lo, tmp, lo, hi - lo);
            int i = lo;
            int j = mid;
            for (int k = lo; k < hi; k++) {
                if (j >= hi || (i < mid && tmp[i] <= tmp[j])) a[k] = tmp[i++];
                else a[k] = tmp[j++];
            }
        }
    }

    static final class CountInversions extends RecursiveTask<Long> {
        final int[] a;
        final int lo;
        final int hi;

        CountInversions(int[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        protected Long compute() {
            if (hi - lo <= 64) {
                long n = 0;
                for (int i = lo; i < hi; i++)
                    for (int j = i + 1; j < hi; j++)
                        if (a[i] > a[j]) n++;
                return n;
            }
            int mid = (lo + hi) >>> 1;
            CountInversions l = new CountInversions(a, lo, mid);
            CountInversions r = new CountInversions(a, mid, hi);
            invokeAll(l, r);
            long cross = 0;
            int[] left = Arrays.copyOfRange(a, lo, mid);
            int[] right = Arrays.copyOfRange(a, mid, hi);
            Arrays.sort(left);
            Arrays.sort(right);
            int j = 0;
            for (int x : left) {
                while (j < right.length && right[j] < x) j++;
                cross += j;
            }
            return l.join() + r.join() + cross;
        }
    }

    public static void main(String[] args) {
        Random rnd = new Random(7);
        int[] a = new int[10_000];
        for (int i = 0; i < a.length; i++) a[i] = rnd.nextInt(1_000_000);
        int[] expected = a.clone();
        Arrays.sort(expected);
        int[] small = Arrays.copyOf(a, 3000);
        ForkJoinPool pool = new ForkJoinPool(3);
        System.out.println("inversions in the first 3000: " + pool.invoke(new CountInversions(small, 0, small.length)));
        pool.invoke(new MergeSort(a, new int[a.length], 0, a.length));
        System.out.println("sorted on a pool of 3: " + Arrays.equals(a, expected) + ", first " + a[0] + ", last "
                + a[a.length - 1]);
        for (int i = 0; i < a.length; i++) a[i] = rnd.nextInt(1000);
        expected = a.clone();
        Arrays.sort(expected);
        ForkJoinPool.commonPool().invoke(new MergeSort(a, new int[a.length], 0, a.length));
        System.out.println("sorted on the common pool: " + Arrays.equals(a, expected));
        new MergeSort(small, new int[small.length], 0, small.length).invoke();
        boolean ok = true;
        for (int i = 1; i < small.length; i++) ok &= small[i - 1] <= small[i];
        System.out.println("sorted by invoke() in main: " + ok + ", inversions now "
                + new CountInversions(small, 0, small.length).invoke());
        pool.shutdown();
    }
}
