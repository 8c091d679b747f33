// A 15-node tree built by main on node 0, walked WALKS times by one thread that
// round-robin placement puts on node 1. Protocol tests compare runs with different WALKS:
// the difference is exactly what the extra walks cost.
public class TreeWalk {
  static final class Node {
    Node left, right;
    int value;
  }

  static Node build(int depth, int value) {
    Node n = new Node();
    n.value = value;
    if (depth > 1) {
      n.left = build(depth - 1, 2 * value);
      n.right = build(depth - 1, 2 * value + 1);
    }
    return n;
  }

  static int walk(Node n) {
    if (n == null) return 0;
    return n.value + walk(n.left) + walk(n.right);
  }

  public static void main(String[] args) throws Exception {
    final int walks = Integer.parseInt(args[0]);
    final Node root = build(4, 1);
    final int[] sums = new int[1];
    Thread t = new Thread(new Runnable() {
      public void run() {
        Node r = root;
        int n = walks, total = 0;
        for (int i = 0; i < n; i++) total += walk(r);
        sums[0] = total;
      }
    });
    t.start();
    t.join();
    System.out.println("walks " + walks + ", total " + sums[0]);
  }
}
