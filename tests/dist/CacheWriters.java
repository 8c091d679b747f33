// Two writers of a replicated object at once. Run under --force cache on 4 nodes of
// beowulf-10mb (10 Mb/s), threads placed round-robin: the reader on node 1, writer A on
// node 2, writer B on node 3. The reader replicates box (owned by node 0). At 1 s node 0
// sends node 1 a 4 MB array copy; node 1's handlers start in the order node 0 sent, so
// anything node 0 sends node 1 after it waits about 3.4 s. At 1.1 s A's write of box.v
// makes node 0 send INVALIDATE to node 1, which waits behind the copy. At 1.2 s B writes
// box.v = 2: that write must not complete while node 1 still holds the replica, so when the
// reader sees `doneB` its read of box.v gives 1 or 2 (the two writes overlap in time, so
// either may be the later one), where a stale replica would give 0.
public class CacheWriters {
  static final class Box {
    int v;
  }

  static Box box = new Box();
  static int[] sink;
  static volatile boolean doneB;

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      throw new RuntimeException(e);
    }
  }

  public static void main(String[] args) throws Exception {
    Thread reader = new Thread(() -> {
      int[] s = new int[1 << 20];
      int before = box.v;
      sink = s;
      while (!doneB) sleep(5);
      int v = box.v;
      System.out.println("after both writes: " + (v == 0 ? "stale" : "fresh") + " (before: " + before + ")");
    });
    Thread a = new Thread(() -> {
      sleep(1100);
      box.v = 1;
    });
    Thread b = new Thread(() -> {
      sleep(1200);
      box.v = 2;
      doneB = true;
    });
    reader.start();
    a.start();
    b.start();
    int[] local = new int[1 << 20];
    while (sink == null) sleep(5);
    sleep(1000 - System.currentTimeMillis() % 1000);
    System.arraycopy(local, 0, sink, 0, local.length);
    reader.join();
    a.join();
    b.join();
  }
}
