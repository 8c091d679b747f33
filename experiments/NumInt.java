// NumInt — the application of dJVM's performance evaluation (seed 001, slides 11-12): a
// numerical integration program, "1 master and N slave threads, synchronized using standard
// wait()/notify() methods, communication of input / results via RMC parameters / return
// values" (0.22 s of computation and 2 RMCs per integration step, speedup 5.2 on 20 nodes).
//
// It computes pi as the integral of 4 / (1 + x^2) over [0, 1] with the midpoint rule on
// INTERVALS intervals, in double. The main thread creates the one Master object (so it lives
// on node 0) and WORKERS worker threads (subclasses of Thread, so their run() runs where the
// placement puts them even when a policy ships methods to their owner). A worker asks the
// master for a sub-range with the
// synchronized method getWork() (a remote method call when the worker runs on another node),
// integrates it, and hands the partial result back with the synchronized putResult(k, value),
// which notifyAll()s; the main thread waits in the master's awaitResults() with wait() until
// every result has arrived. The range is cut into WORKERS chunks, so a worker normally does
// two calls for its chunk (plus one last getWork() that says there is no more work).
// Partial results are summed in chunk order, not arrival order: the printed value does not
// depend on the interleaving (nor on which worker took which chunk).
//
// Output: pi as (long) (pi * 1e12), the number of workers and of intervals.
//
// Usage: NumInt [WORKERS [INTERVALS]]
//   small (default): NumInt 8 1600000      (about 42 M bytecodes, 26 per interval)
//   full:            NumInt 40 40000000    (about 1 G bytecodes: dJVM's 20-node Beowulf of
//     dual-CPU nodes, two workers per node at 20 nodes; a worker's 1 M intervals take about
//     0.28 s of a 550 MHz core, as dJVM's 0.22 s of computation per integration)
public class NumInt {
  /** The master object: the task state, handed out and collected through synchronized methods. */
  static final class Master {
    final long intervals;
    final int chunks;
    final double[] results;
    private int next;
    private int received;

    Master(long intervals, int chunks) {
      this.intervals = intervals;
      this.chunks = chunks;
      this.results = new double[chunks];
    }

    /** The next chunk to integrate, or -1 when all have been handed out. */
    synchronized int getWork() {
      return next < chunks ? next++ : -1;
    }

    synchronized void putResult(int chunk, double value) {
      results[chunk] = value;
      received++;
      notifyAll();
    }

    synchronized void awaitResults() throws InterruptedException {
      while (received < chunks) wait();
    }

    long first(int chunk) { return intervals * chunk / chunks; }
  }

  static final class Worker extends Thread {
    final Master master;

    Worker(Master master) { this.master = master; }

    public void run() {
      Master master = this.master;
      long n = master.intervals;
      double h = 1.0 / n;
      int k;
      while ((k = master.getWork()) >= 0) {
        long from = master.first(k), to = master.first(k + 1);
        double sum = 0.0;
        for (long j = from; j < to; j++) {
          double x = (j + 0.5) * h;
          sum += 4.0 / (1.0 + x * x);
        }
        master.putResult(k, sum * h);
      }
    }
  }

  public static void main(String[] args) throws InterruptedException {
    int workers = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    long intervals = args.length > 1 ? Long.parseLong(args[1]) : 1600000;
    if (workers < 1 || intervals < 1) {
      System.out.println("usage: NumInt [WORKERS(>=1) [INTERVALS(>=1)]]");
      return;
    }

    Master master = new Master(intervals, workers);
    Worker[] threads = new Worker[workers];
    for (int i = 0; i < workers; i++) threads[i] = new Worker(master);
    for (int i = 0; i < workers; i++) threads[i].start();
    master.awaitResults();
    for (int i = 0; i < workers; i++) threads[i].join();

    double pi = 0.0;
    for (int k = 0; k < master.chunks; k++) pi += master.results[k];
    System.out.println("pi * 1e12 = " + (long) (pi * 1e12));
    System.out.println("workers " + workers);
    System.out.println("intervals " + intervals);
  }
}
