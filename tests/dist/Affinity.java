// Data made on other nodes, and workers started next to it. Main (node 0) starts three
// producers whose Runnables hold no data; each allocates a 1,000-int array on the node it
// runs on and publishes it. Main then starts three workers, worker k holding producer k's
// array: the data-affinity placement must run worker k where producer k ran.
public class Affinity {
  static final int[][] data = new int[3][];

  public static void main(String[] args) throws Exception {
    Thread[] producers = new Thread[3];
    for (int k = 0; k < 3; k++) {
      final int me = k;
      producers[k] = new Thread(new Runnable() {
        public void run() {
          int[] a = new int[1000];
          for (int i = 0; i < a.length; i++) a[i] = i + me;
          data[me] = a;
        }
      }, "producer-" + k);
      producers[k].start();
    }
    for (Thread t : producers) t.join();
    final long[] sums = new long[3];
    Thread[] workers = new Thread[3];
    for (int k = 0; k < 3; k++) {
      final int me = k;
      final int[] mine = data[k];
      workers[k] = new Thread(new Runnable() {
        public void run() {
          long s = 0;
          for (int i = 0; i < mine.length; i++) s += mine[i];
          sums[me] = s;
        }
      }, "worker-" + k);
      workers[k].start();
    }
    for (Thread t : workers) t.join();
    System.out.println("sums " + sums[0] + " " + sums[1] + " " + sums[2]);
  }
}
