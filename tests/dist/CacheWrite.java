// Two objects built by main on node 0, Shared and Other, read READS times each by 3 threads
// that round-robin placement puts on nodes 1, 2 and 3; when they are done, main writes
// Shared once. Under the cache policy each reader ends up with a replica of both; the
// write must invalidate exactly the 3 replicas of Shared, and none of Other.
public class CacheWrite {
  static final class Shared {
    int x = 1, y = 2;
  }

  static final class Other {
    int z = 3;
  }

  public static void main(String[] args) throws Exception {
    final int reads = Integer.parseInt(args[0]);
    final Shared shared = new Shared();
    final Other other = new Other();
    final int[] sums = new int[3];
    Thread[] ts = new Thread[3];
    for (int k = 0; k < 3; k++) {
      final int me = k;
      ts[k] = new Thread(new Runnable() {
        public void run() {
          int s = 0;
          for (int r = 0; r < reads; r++) s += shared.x + shared.y + other.z;
          sums[me] = s;
        }
      });
      ts[k].start();
    }
    for (Thread t : ts) t.join();
    shared.x = 42;
    System.out.println("sums " + sums[0] + " " + sums[1] + " " + sums[2] + ", x " + shared.x);
  }
}
