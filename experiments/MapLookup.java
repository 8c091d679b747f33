// MapLookup — DJ's "typical concurrent code" (seed 003, section 7.1, listing 6): a concurrent
// map lookup, "synchronize(map) { res = map.get(id); }", such as a session lookup within a
// web server. Converted directly to a cluster, the lock becomes a distributed lock taken at
// the map's owner and the lookup's dozen reads become remote unless the policy moves the map.
//
// The main thread creates the session map (a class whose get and put are synchronized, over a
// HashMap<Integer, String>) and fills it with SESSIONS sessions, ids 0 .. SESSIONS-1, so the
// map and its entries live on node 0. It then starts THREADS client threads (subclasses of
// Thread, so their run() runs where the placement puts them even when a policy ships methods
// to their owner; each copies its parameters into locals first, so the thread object, which
// stays on node 0, is read only at the start and written at the end). Thread i draws LOOKUPS
// session ids from its own java.util.Random(i), over 0 .. SESSIONS + SESSIONS/4 - 1 so about
// one lookup in five misses, and for each session found adds the value's length to a sum and
// folds its hashCode into a hash. The map is only read while the threads run, so every
// thread's result is fixed; results are printed after join, in thread order.
//
// Usage: MapLookup [THREADS [LOOKUPS [SESSIONS]]]
//   small (default): MapLookup 4 200 64          (about 0.15 M bytecodes)
//   full:            MapLookup 16 100000 4096
import java.util.HashMap;
import java.util.Random;

public class MapLookup {
  /** A synchronized session map: every access takes the map's lock, as in listing 6. */
  static final class SessionMap {
    private final HashMap<Integer, String> map = new HashMap<Integer, String>();

    synchronized String get(int id) { return map.get(id); }

    synchronized void put(int id, String session) { map.put(id, session); }

    synchronized int size() { return map.size(); }
  }

  static final class Client extends Thread {
    final SessionMap sessions;
    final int id, lookups, keyRange;
    long hits, lengths, hash;

    Client(SessionMap sessions, int id, int lookups, int keyRange) {
      this.sessions = sessions;
      this.id = id;
      this.lookups = lookups;
      this.keyRange = keyRange;
    }

    public void run() {
      SessionMap sessions = this.sessions;
      int lookups = this.lookups, keyRange = this.keyRange;
      Random random = new Random(id);
      long hits = 0, lengths = 0, hash = 0;
      for (int n = 0; n < lookups; n++) {
        String session = sessions.get(random.nextInt(keyRange));
        if (session != null) {
          hits++;
          lengths += session.length();
          hash = hash * 31 + session.hashCode();
        }
      }
      this.hits = hits;
      this.lengths = lengths;
      this.hash = hash;
    }
  }

  public static void main(String[] args) throws InterruptedException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    if (threads < 1 || lookups < 0 || count < 1) {
      System.out.println("usage: MapLookup [THREADS(>=1) [LOOKUPS(>=0) [SESSIONS(>=1)]]]");
      return;
    }

    SessionMap sessions = new SessionMap();
    for (int s = 0; s < count; s++) {
      sessions.put(s, "session-" + s + "-user" + (s * 7919 % 1000) + "-cart" + (s % 13));
    }
    int keyRange = count + count / 4;

    Client[] clients = new Client[threads];
    for (int i = 0; i < threads; i++) clients[i] = new Client(sessions, i, lookups, keyRange);
    for (int i = 0; i < threads; i++) clients[i].start();
    for (int i = 0; i < threads; i++) clients[i].join();

    System.out.println("sessions " + sessions.size() + ", threads " + threads + ", "
        + lookups + " lookups each");
    long totalHits = 0, totalLengths = 0, totalHash = 0;
    for (int i = 0; i < threads; i++) {
      Client c = clients[i];
      totalHits += c.hits;
      totalLengths += c.lengths;
      totalHash += c.hash;
      System.out.println("thread " + i + ": hits " + c.hits + ", length sum " + c.lengths
          + ", hash " + c.hash);
    }
    System.out.println("total: hits " + totalHits + ", length sum " + totalLengths
        + ", hash " + totalHash);
  }
}
