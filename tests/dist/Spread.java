// Work queued on a pool whose two workers run on node 0 (--place local). Main makes one
// Job, executes it (the policy learns the class), then makes and executes JOBS more; each
// Job fills its own array in its constructor and sums it in run(). Under `spread` the
// learning Job stays on node 0 and the others are made on nodes 1, 2, 3, 0, 1, 2, 3, ...:
// each one made elsewhere is pushed there and its run() is shipped there.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class Spread {
  static final long[] sums = new long[64];

  static final class Job implements Runnable {
    final int id;
    final int[] data;
    final CountDownLatch done;

    Job(int id, CountDownLatch done) {
      this.id = id;
      this.done = done;
      data = new int[500];
      for (int i = 0; i < data.length; i++) data[i] = i * (id + 1);
    }

    public void run() {
      long s = 0;
      for (int x : data) s += x;
      sums[id] = s;
      done.countDown();
    }
  }

  public static void main(String[] args) throws Exception {
    int jobs = Integer.parseInt(args[0]);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch first = new CountDownLatch(1);
    pool.execute(new Job(0, first));
    first.await();
    CountDownLatch done = new CountDownLatch(jobs);
    for (int k = 1; k <= jobs; k++) pool.execute(new Job(k, done));
    done.await();
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    long total = 0;
    for (int k = 0; k <= jobs; k++) total += sums[k];
    System.out.println("total " + total);
  }
}
