// A RELEASE that reaches an object's old owner is forwarded, and still lowers the count of
// the node whose proxy died. Run under --force migrate on 3 nodes, threads placed
// round-robin (t1 on node 1, t2 on node 2). Node 0 makes `o` and puts it in a static.
// With READER=1, t1 reads the static at once (node 0 counts one reference sent to node 1).
// At 100 ms t2 reads o.x, which moves o to node 2 with its counts. At 200 ms node 0 drops
// the static and collects: its forwarding proxy goes, and its RELEASE lowers node 0's count
// at node 2. At 300 ms t1 drops o and collects node 1: its RELEASE goes to node 0 (where
// node 1 believes o lives), which forwards it to node 2. There it must lower node 1's count
// (not node 0's, the forwarder's), so no count is left and node 2 takes o out of its export
// table, as it does with READER=0 after node 0's RELEASE: the same nodes[2].released in both
// runs. Counted against node 0, node 1's count would stay and o would be a root for ever.
public class ReleaseForwarded {
  static final class Box {
    int x = 5;
  }

  static Box S;

  static void sleepUntil(long ms) {
    long now = System.currentTimeMillis();
    try {
      if (ms > now) Thread.sleep(ms - now);
    } catch (InterruptedException e) {
      throw new RuntimeException(e);
    }
  }

  static void make() {
    S = new Box();
  }

  static boolean holds() {
    return S != null;
  }

  static int readX() {
    return S.x;
  }

  public static void main(String[] args) throws Exception {
    boolean reader = args[0].equals("1");
    long t0 = System.currentTimeMillis();
    make();
    Thread t1 = new Thread(() -> {
      boolean held = reader && holds();
      sleepUntil(t0 + 300);
      System.gc();
      System.out.println("node 1 held o: " + held);
    });
    Thread t2 = new Thread(() -> {
      sleepUntil(t0 + 100);
      System.out.println("node 2 read " + readX());
    });
    t1.start();
    t2.start();
    sleepUntil(t0 + 200);
    S = null;
    System.gc();
    t1.join();
    t2.join();
  }
}
