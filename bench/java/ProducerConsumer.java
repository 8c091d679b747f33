// One million items handed from a producer to a consumer through a one-slot buffer.
public class ProducerConsumer {
  static final Object lock = new Object();
  static int slot;
  static boolean full;

  public static void main(String[] args) throws InterruptedException {
    final int n = 1_000_000;
    final long[] sum = {0};
    Thread producer = new Thread(() -> {
      for (int i = 1; i <= n; i++) {
        synchronized (lock) {
          while (full) {
            try { lock.wait(); } catch (InterruptedException e) { return; }
          }
          slot = i;
          full = true;
          lock.notifyAll();
        }
      }
    });
    Thread consumer = new Thread(() -> {
      for (int i = 1; i <= n; i++) {
        synchronized (lock) {
          while (!full) {
            try { lock.wait(); } catch (InterruptedException e) { return; }
          }
          sum[0] += slot;
          full = false;
          lock.notifyAll();
        }
      }
    });
    producer.start();
    consumer.start();
    producer.join();
    consumer.join();
    System.out.println(sum[0]);
  }
}
