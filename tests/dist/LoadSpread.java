// Seven busy threads started by main, all still computing when the last one starts, for
// the least-loaded placement on tests/dist/uneven.xml (node 1 has four cores, the others
// one). Main's node 0 counts itself (main runnable: load 1) and knows another node's count
// only from that node's reply to its last START (never heard from: idle). So Spinner-0
// goes to node 1 (load 0, the first idle node after 0), Spinner-1 to node 2, Spinner-2 to
// node 3; then node 1 (1 thread on 4 cores: 0.25) takes Spinner-3, -4 and -5 as its
// replies say 2, 3, then 4 threads, and at load 1 everywhere Spinner-6 stays on node 0.
// Main sleeps 1 ms after each start, so that the new thread has made its first remote
// reads (its Runnable, the index it captured) and computes when the next START is answered.
public class LoadSpread {
  static final long[] results = new long[7];

  public static void main(String[] args) throws Exception {
    Thread[] ts = new Thread[7];
    for (int k = 0; k < ts.length; k++) {
      final int me = k;
      ts[k] = new Thread(() -> {
        long x = 0;
        for (int i = 0; i < 400_000; i++) x += (long) i * (i ^ me);
        results[me] = x;
      }, "Spinner-" + k);
      ts[k].start();
      Thread.sleep(1);
    }
    for (Thread t : ts) t.join();
    long sum = 0;
    for (long r : results) sum += r;
    System.out.println("sum " + sum);
  }
}
