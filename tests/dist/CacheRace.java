// A replica's state overtaken by an invalidation. Run under --force cache on 2 nodes of
// beowulf-10mb (10 Mb/s): node 1 reads big[0], which sends CACHE; node 0 answers with the
// whole 4 MB array, a reply that is on the wire for about 3.4 s. At 1 s node 0 writes
// big[0]: its INVALIDATE is 9 bytes and reaches node 1 long before the state does. Node 1
// must not install that state as a replica: after it has seen `written`, its read of big[0]
// has to give 1 (a completed write), where a stale replica would give 0.
public class CacheRace {
  static volatile boolean written;

  public static void main(String[] args) throws Exception {
    int[] big = new int[1 << 20];
    Thread reader = new Thread(() -> {
      int before = big[0];
      while (!written) Thread.yield();
      System.out.println("after the write: " + big[0] + " (before: " + (before == 0 || before == 1) + ")");
    });
    reader.start();
    Thread.sleep(1000);
    big[0] = 1;
    written = true;
    reader.join();
  }
}
