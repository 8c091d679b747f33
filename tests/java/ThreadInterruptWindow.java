// Checks that an interrupt landing while the target is about to block is not lost (100 tries).
public class ThreadInterruptWindow {
  public static void main(String[] args) throws Exception {
    int lost = 0;
    for (int i = 0; i < 100; i++) {
      final Object lock = new Object();
      final boolean[] interrupted = {false};
      Thread t = new Thread(() -> {
        long spin = 0;
        for (int k = 0; k < 1000; k++) spin += k;
        synchronized (lock) {
          try {
            lock.wait(10_000);
          } catch (InterruptedException e) {
            interrupted[0] = true;
          }
        }
      });
      t.start();
      t.interrupt();
      t.join();
      if (!interrupted[0]) lost++;
    }
    System.out.println("lost " + lost);
  }
}
