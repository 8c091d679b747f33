// A method shipped to node 0 that calls back an object of node 1. Under --force rpc, with
// CALLS=1 the run costs exactly four messages more than with CALLS=0: INVOKE of work() to
// node 0, INVOKE of callback() back to node 1, and their two replies. The worker is a
// Thread whose run() is the thread's entry, so it runs where the thread was placed.
public class Callback {
  static final class Server {
    int work(Client c) {
      return c.callback() + 1;
    }
  }

  static final class Client {
    int callback() {
      return 41;
    }
  }

  static final class Worker extends Thread {
    Server server;
    int calls, result;

    public void run() {
      Server s = server;
      Client c = new Client();
      int n = calls, r = 0;
      for (int i = 0; i < n; i++) r = s.work(c);
      result = r;
    }
  }

  public static void main(String[] args) throws Exception {
    Worker w = new Worker();
    w.server = new Server();
    w.calls = Integer.parseInt(args[0]);
    w.start();
    w.join();
    System.out.println("result " + w.result);
  }
}
