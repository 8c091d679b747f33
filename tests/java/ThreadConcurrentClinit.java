// Checks that threads first using a class while another thread runs its <clinit> wait for it.
public class ThreadConcurrentClinit {
  static class Slow {
    static long v;
    static {
      for (int i = 0; i < 2_000_000; i++) v += i;
    }
  }

  public static void main(String[] args) throws Exception {
    final long[] seen = new long[4];
    Thread[] ts = new Thread[4];
    for (int i = 0; i < ts.length; i++) {
      final int id = i;
      ts[i] = new Thread(() -> seen[id] = Slow.v);
      ts[i].start();
    }
    for (Thread t : ts) t.join();
    for (long v : seen) System.out.println(v);
  }
}
