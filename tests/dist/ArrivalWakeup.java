// A thread that finds an object on its way here must be woken when it arrives. Run under
// --force migrate on 2 nodes of myrinet (15 M bytecodes/s, tens of microseconds a round
// trip), threads placed round-robin (the 1st and 3rd started go to node 1). At 10 ms both
// workers of node 1 read box.x: the first sends MOVE; the second finds box MOVING, and
// before it waits, its CPU work since it woke (a loop of SPIN rounds, 10,000 rounds being
// milliseconds, far longer than the MOVE's round trip) is charged. The MOVE's reply arrives
// during that charge: the second worker must see that and not wait for a wake-up that
// already came (it did, and the run ended in a deadlock).
public class ArrivalWakeup {
  static final class Box {
    int x = 7;
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      throw new RuntimeException(e);
    }
  }

  public static void main(String[] args) throws Exception {
    int spin = Integer.parseInt(args[0]);
    Box box = new Box();
    int[] got = new int[2];
    Thread first = new Thread(() -> {
      sleep(10);
      got[0] = box.x;
    });
    Thread idle = new Thread(() -> {});
    Thread second = new Thread(() -> {
      sleep(10);
      int s = 0;
      for (int i = 0; i < spin; i++) s += i;
      got[1] = box.x + (s == -1 ? 1 : 0);
    });
    first.start();
    idle.start();
    second.start();
    first.join();
    idle.join();
    second.join();
    System.out.println("read " + got[0] + " " + got[1]);
  }
}
