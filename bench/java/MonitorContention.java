// Four threads, one monitor, one million synchronized increments each.
public class MonitorContention {
  static final Object lock = new Object();
  static long counter;

  public static void main(String[] args) throws InterruptedException {
    Thread[] ts = new Thread[4];
    for (int i = 0; i < ts.length; i++) {
      ts[i] = new Thread(() -> {
        for (int k = 0; k < 1_000_000; k++) {
          synchronized (lock) {
            counter++;
          }
        }
      });
      ts[i].start();
    }
    for (Thread t : ts) t.join();
    System.out.println(counter);
  }
}
