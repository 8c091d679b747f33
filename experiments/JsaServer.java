// JsaServer — a Java server application (JSA) as cJVM targets it (seed 000, section 2): a
// "concurrent daemon" that accepts a sequence of requests from clients, with no interaction
// or sharing between requests, written with Java threads; scalability means more requests
// satisfied per unit of time as nodes are added.
//
// The main thread creates the shared request queue (a bounded queue, synchronized, with
// wait/notifyAll on both ends) and the shared results array, so both live on node 0. It
// starts WORKERS worker threads (subclasses of Thread, so their run() runs where the placement
// puts them even when a policy ships methods to their owner; a worker keeps its state in
// locals and writes its count of requests served at the end), then plays the clients: it enqueues REQUESTS independent
// requests (index i, a request line built from i), then one poison pill per worker. A worker
// takes requests until it takes a poison pill; for each it does a bounded amount of work (a
// few passes of a checksum over the request line's characters and a 16-int scratch array) and
// stores the result at the request's index in the results array. The main thread joins the
// workers and prints the number of requests served, the total of the results and a few
// results. Which worker serves which request depends on scheduling; nothing printed does.
//
// Usage: JsaServer [WORKERS [REQUESTS]]
//   small (default): JsaServer 4 256       (about 3.3 M bytecodes)
//   full:            JsaServer 16 10000
public class JsaServer {
  static final class Request {
    final int index;
    final String line;

    Request(int index, String line) {
      this.index = index;
      this.line = line;
    }
  }

  /** The poison pill: a worker that takes it stops. */
  static final Request STOP = new Request(-1, "");

  /** A bounded FIFO request queue: put blocks while full, take while empty. */
  static final class RequestQueue {
    private final Request[] slots;
    private int head, count;

    RequestQueue(int capacity) { slots = new Request[capacity]; }

    synchronized void put(Request r) throws InterruptedException {
      while (count == slots.length) wait();
      slots[(head + count) % slots.length] = r;
      count++;
      notifyAll();
    }

    synchronized Request take() throws InterruptedException {
      while (count == 0) wait();
      Request r = slots[head];
      slots[head] = null;
      head = (head + 1) % slots.length;
      count--;
      notifyAll();
      return r;
    }
  }

  /** The work of one request: bounded, and a function of the request alone. */
  static long serve(Request r) {
    int[] scratch = new int[16];
    String line = r.line;
    long h = r.index;
    for (int pass = 0; pass < 4; pass++) {
      for (int c = 0; c < line.length(); c++) {
        int ch = line.charAt(c);
        int k = (ch + pass + c) & 15;
        scratch[k] = scratch[k] * 33 + ch;
        h = h * 131 + (ch ^ scratch[k]);
      }
    }
    for (int k = 0; k < scratch.length; k++) h = h * 31 + scratch[k];
    return h & 0x7fffffffffffL;
  }

  static final class Worker extends Thread {
    final RequestQueue queue;
    final long[] results;
    int served;

    Worker(RequestQueue queue, long[] results) {
      this.queue = queue;
      this.results = results;
    }

    public void run() {
      RequestQueue queue = this.queue;
      long[] results = this.results;
      int n = 0;
      try {
        for (;;) {
          Request r = queue.take();
          if (r == STOP) break;
          results[r.index] = serve(r);
          n++;
        }
        served = n;
      } catch (InterruptedException e) {
        throw new RuntimeException(e);
      }
    }
  }

  public static void main(String[] args) throws InterruptedException {
    int workers = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 256;
    if (workers < 1 || requests < 1) {
      System.out.println("usage: JsaServer [WORKERS(>=1) [REQUESTS(>=1)]]");
      return;
    }

    RequestQueue queue = new RequestQueue(16);
    long[] results = new long[requests];
    Worker[] server = new Worker[workers];
    for (int i = 0; i < workers; i++) server[i] = new Worker(queue, results);
    for (int i = 0; i < workers; i++) server[i].start();

    for (int i = 0; i < requests; i++) {
      queue.put(new Request(i, "GET /catalog/item/" + (i * 7919 % 100003) + "?user=" + (i % 97)
          + "&session=" + (i * 31 + 7) + " HTTP/1.0"));
    }
    for (int i = 0; i < workers; i++) queue.put(STOP);
    for (int i = 0; i < workers; i++) server[i].join();

    int served = 0;
    for (int i = 0; i < workers; i++) served += server[i].served;
    long total = 0;
    for (int i = 0; i < requests; i++) total += results[i];
    System.out.println("workers " + workers + ", requests " + requests + ", served " + served);
    System.out.println("total " + total);
    System.out.println("result[0] " + results[0]);
    System.out.println("result[1] " + results[1]);
    System.out.println("result[" + requests / 2 + "] " + results[requests / 2]);
    System.out.println("result[" + (requests - 1) + "] " + results[requests - 1]);
  }
}
