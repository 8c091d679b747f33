// DJ's experiment program: a binary tree built on one node, then searched depth-first.
// Usage: TreeDfs [DEPTH [SEARCHES]] — defaults 16 and 4. The distributed version (threads
// searching from other nodes) arrives with the experiment runner (issue #9).
public class TreeDfs {
  static final class Node {
    Node left, right;
    final int value;

    Node(int value) { this.value = value; }
  }

  static Node build(int depth, int value) {
    Node n = new Node(value);
    if (depth > 1) {
      n.left = build(depth - 1, 2 * value);
      n.right = build(depth - 1, 2 * value + 1);
    }
    return n;
  }

  static long search(Node n) {
    return n == null ? 0 : n.value + search(n.left) + search(n.right);
  }

  public static void main(String[] args) {
    int depth = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int searches = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    long t0 = System.nanoTime();
    Node root = build(depth, 1);
    long t1 = System.nanoTime();
    long sum = 0;
    for (int i = 0; i < searches; i++) sum += search(root);
    long t2 = System.nanoTime();
    System.out.println("tree of " + ((1 << depth) - 1) + " nodes, " + searches + " depth-first searches");
    System.out.println("checksum " + sum);
    System.out.println("build  " + (t1 - t0) / 1000 + " us (simulated)");
    System.out.println("search " + (t2 - t1) / 1000 + " us (simulated)");
  }
}
