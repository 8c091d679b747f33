// An Account built by main on node 0; one thread, placed on node 1, calls sum() on it CALLS
// times. sum() reads the account's 10 fields: run where it is called, that is 10 remote
// reads per call; shipped, one INVOKE per call.
public class HotCall {
  static final class Account {
    int a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10;

    int sum() { return a + b + c + d + e + f + g + h + i + j; }
  }

  public static void main(String[] args) throws Exception {
    final int calls = Integer.parseInt(args[0]);
    final Account account = new Account();
    final int[] total = new int[1];
    Thread t = new Thread(new Runnable() {
      public void run() {
        Account acc = account;
        int s = 0;
        for (int k = 0; k < calls; k++) s += acc.sum();
        total[0] = s;
      }
    });
    t.start();
    t.join();
    System.out.println("calls " + calls + ", total " + total[0]);
  }
}
