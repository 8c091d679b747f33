// SmartProxies — cJVM's motivating example for smart proxies (seed 000, section 4.1): two
// vector objects accessed by several threads,
//   - one relatively small, whose accesses are bursty: at any point in time they are
//     localized to a single thread and mix reads and writes (cJVM: a caching proxy with
//     exclusive caching pays off);
//   - one relatively large, whose accesses are sparse, not localized to one thread, a mix of
//     reads and writes (cJVM: the simple proxy that sends every access to the master wins).
//
// The main thread creates both java.util.Vector objects (so both masters live on node 0): a
// small vector of 8 Integers and a large vector of LARGE_SIZE Integers, then starts THREADS
// threads (subclasses of Thread, so their run() runs where the placement puts them even when a
// policy ships methods to their owner; each keeps its state in locals and writes its counts at
// the end, so the thread object on node 0 is touched only at the start and the end). Thread i:
//   - does SMALL_OPS accesses to the small vector in bursts of 50 (the last one shorter); a
//     burst runs inside synchronized (small), walks the slots from a start slot, and at every
//     third access adds i + 1 to a slot (get then set), checking that a read right after the
//     write sees it — the burst's accesses are all this thread's;
//   - does SPARSE_OPS accesses to the large vector at indices drawn from its own
//     java.util.Random(i), restricted to the indices equal to i modulo THREADS: three in four
//     are reads, summed into the thread's checksum, one in four adds 1 to the element (the
//     other threads never touch these indices, so what a thread reads is fixed).
// Vector's own methods are synchronized, so each access outside a burst takes the vector's
// lock once. After join, main prints each thread's large-vector checksum and consistency
// count, the small vector's contents (each slot's total of increments does not depend on the
// order of the bursts) and a checksum of the large vector.
//
// Usage: SmartProxies [SMALL_OPS [LARGE_SIZE [SPARSE_OPS [THREADS]]]]
//   small (default): SmartProxies 1000 2000 100 4        (about 0.5 M bytecodes)
//   full:            SmartProxies 100000 100000 10000 4
//     (the paper gives no sizes; the full size is ours, with one thread per node of
//     cJVM's 4-node cluster)
import java.util.Random;
import java.util.Vector;

public class SmartProxies {
  static final int SMALL_SIZE = 8;
  static final int BURST = 50;

  static final class Client extends Thread {
    final Vector<Integer> small, large;
    final int id, threads, smallOps, sparseOps;
    long largeChecksum;
    int consistent, bursts;

    Client(Vector<Integer> small, Vector<Integer> large, int id, int threads, int smallOps,
        int sparseOps) {
      this.small = small;
      this.large = large;
      this.id = id;
      this.threads = threads;
      this.smallOps = smallOps;
      this.sparseOps = sparseOps;
    }

    public void run() {
      Vector<Integer> small = this.small, large = this.large;
      int id = this.id, threads = this.threads, smallOps = this.smallOps;
      int sparseOps = this.sparseOps;
      int consistent = 0, bursts = 0;

      // Bursty, localized accesses to the small vector.
      int delta = id + 1;
      int slot = id % SMALL_SIZE;
      for (int done = 0; done < smallOps; ) {
        int n = Math.min(BURST, smallOps - done);
        synchronized (small) {
          for (int b = 0; b < n; b++) {
            int v = small.get(slot);
            if (b % 3 == 0) {
              small.set(slot, v + delta);
              if (small.get(slot) == v + delta) consistent++;
            }
            slot = (slot + 1) % SMALL_SIZE;
          }
        }
        bursts++;
        done += n;
      }
      this.consistent = consistent;
      this.bursts = bursts;

      // Sparse accesses to the large vector, at this thread's indices only.
      int size = large.size();
      int mine = (size - id + threads - 1) / threads;  // indices id, id + threads, ... < size
      if (mine <= 0) return;
      Random random = new Random(id);
      long sum = 0;
      for (int n = 0; n < sparseOps; n++) {
        int index = id + threads * random.nextInt(mine);
        if ((n & 3) == 3) {
          large.set(index, large.get(index) + 1);
        } else {
          sum = sum * 31 + large.get(index);
        }
      }
      largeChecksum = sum;
    }
  }

  public static void main(String[] args) throws InterruptedException {
    int smallOps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int largeSize = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int sparseOps = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    if (smallOps < 0 || largeSize < 1 || sparseOps < 0 || threads < 1) {
      System.out.println(
          "usage: SmartProxies [SMALL_OPS(>=0) [LARGE_SIZE(>=1) [SPARSE_OPS(>=0) [THREADS(>=1)]]]]");
      return;
    }

    Vector<Integer> small = new Vector<Integer>();
    for (int k = 0; k < SMALL_SIZE; k++) small.add(k);
    Vector<Integer> large = new Vector<Integer>(largeSize);
    for (int k = 0; k < largeSize; k++) large.add((int) (k * 2654435761L % 1000003));

    Client[] clients = new Client[threads];
    for (int i = 0; i < threads; i++)
      clients[i] = new Client(small, large, i, threads, smallOps, sparseOps);
    for (int i = 0; i < threads; i++) clients[i].start();
    for (int i = 0; i < threads; i++) clients[i].join();

    System.out.println("small vector: " + SMALL_SIZE + " elements, " + smallOps
        + " bursty accesses per thread; large vector: " + largeSize + " elements, "
        + sparseOps + " sparse accesses per thread; threads " + threads);
    long total = 0;
    for (int i = 0; i < threads; i++) {
      Client c = clients[i];
      total += c.largeChecksum;
      System.out.println("thread " + i + ": bursts " + c.bursts + ", consistent writes "
          + c.consistent + ", large checksum " + c.largeChecksum);
    }
    StringBuilder contents = new StringBuilder();
    long smallSum = 0;
    for (int k = 0; k < SMALL_SIZE; k++) {
      int v = small.get(k);
      smallSum += v;
      contents.append(k == 0 ? "" : " ").append(v);
    }
    long largeSum = 0;
    for (int k = 0; k < largeSize; k++) largeSum = largeSum * 31 + large.get(k);
    System.out.println("small vector: [" + contents + "], sum " + smallSum);
    System.out.println("large vector checksum " + largeSum);
    System.out.println("total large checksum " + total);
  }
}
