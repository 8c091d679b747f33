// Moves refused while two threads of one node want the same object. Run under --force
// migrate on 2 nodes, threads placed round-robin (the 1st and 3rd started go to node 1, the
// 2nd to node 0). Main holds box's monitor until both readers are done, so node 0 refuses
// every MOVE of box: each of the READS reads of each reader sends at most one MOVE and then
// reads at the owner. A thread that waited for the other's refused MOVE must not send a new
// one at once, or the two would hand the object's MOVING state back and forth forever.
public class RefusedMoves {
  static final class Box {
    int x = 7;
  }

  public static void main(String[] args) throws Exception {
    int reads = Integer.parseInt(args[0]);
    Box box = new Box();
    int[] sums = new int[2];
    Thread a = new Thread(() -> {
      int s = 0;
      for (int i = 0; i < reads; i++) s += box.x;
      sums[0] = s;
    });
    Thread idle = new Thread(() -> {});
    Thread b = new Thread(() -> {
      int s = 0;
      for (int i = 0; i < reads; i++) s += box.x;
      sums[1] = s;
    });
    synchronized (box) {
      a.start();
      idle.start();
      b.start();
      a.join();
      b.join();
    }
    idle.join();
    System.out.println("sums " + sums[0] + " " + sums[1]);
  }
}
