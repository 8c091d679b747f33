// An ADDREF that reaches an object's owner while it encodes the object for a MOVE. Run under
// --force migrate on 4 nodes of beowulf-10mb (42 us of software overhead per message),
// threads placed round-robin: t1 on node 1, t2 on node 2, t3 on node 3.
//   - t1 makes `a` and `b`, two arrays of the same 400 elements, and publishes them in
//     statics (node 0). t2 reads every element through `b`, which moves them to node 2: `a`
//     on node 1 now refers to 400 proxies.
//   - At 500 ms t3 reads a[0]: MOVE of `a` to node 3. Encoding `a` sends one ADDREF per
//     element (they go to node 3, their owner is node 2): about 17 ms of encoding.
//   - At 505 ms, within it, t2 reads A (node 0 passes on a reference it does not own:
//     ADDREF for node 2) and stores it in static C (node 2 does the same for node 0). Both
//     ADDREFs reach node 1 while it encodes; they must end up counted at node 3.
//   - Then node 0 drops A and C, node 1 and node 0 collect (their RELEASEs reach node 3),
//     t3 drops `a` and collects node 3. Only t2's proxy is left. At 2000 ms t2 reads it:
//     if node 3 lost t2's count, `a` is gone and the run dies of a protocol error.
public class AddrefWhileMoving {
  static final class Elem {
    int x = 1;
  }

  static Object[] A, B, C;
  static volatile boolean ready;

  static void sleepUntil(long ms) {
    long now = System.currentTimeMillis();
    try {
      if (ms > now) Thread.sleep(ms - now);
    } catch (InterruptedException e) {
      throw new RuntimeException(e);
    }
  }

  static void publish() {
    Object[] a = new Object[400], b = new Object[400];
    for (int i = 0; i < a.length; i++) a[i] = b[i] = new Elem();
    A = a;
    B = b;
  }

  static int touchAll() {
    Object[] b = B;
    int s = 0;
    for (Object e : b) s += ((Elem) e).x;
    return s;
  }

  static Object[] keepA() {
    Object[] mine = A;
    C = mine;
    return mine;
  }

  static boolean readFirst() {
    return A[0] != null;
  }

  public static void main(String[] args) throws Exception {
    long t0 = System.currentTimeMillis();
    Thread t1 = new Thread(() -> {
      publish();
      sleepUntil(t0 + 1000);
      System.gc();
    });
    Thread t2 = new Thread(() -> {
      while (B == null) sleepUntil(System.currentTimeMillis() + 5);
      int s = touchAll();
      ready = true;
      sleepUntil(t0 + 505);
      Object[] mine = keepA();
      sleepUntil(t0 + 2000);
      System.out.println("node 2 read " + s + " elements, then a[0] " + (mine[0] != null));
    });
    Thread t3 = new Thread(() -> {
      while (!ready) sleepUntil(System.currentTimeMillis() + 5);
      sleepUntil(t0 + 500);
      boolean seen = readFirst();
      sleepUntil(t0 + 1500);
      System.gc();
      System.out.println("node 3 read a[0] " + seen);
    });
    t1.start();
    t2.start();
    t3.start();
    sleepUntil(t0 + 800);
    A = B = C = null;
    System.gc();
    t1.join();
    t3.join();
    t2.join();
  }
}
