// run: -Xmx24m
// Builds and drops large trees again and again; each one is checked before it is dropped.
public class GcTreesRepeated {
  static final class Node {
    Node l, r;
    int v;
  }

  static Node build(int depth, int v) {
    Node n = new Node();
    n.v = v;
    if (depth > 0) {
      n.l = build(depth - 1, 2 * v);
      n.r = build(depth - 1, 2 * v + 1);
    }
    return n;
  }

  static long sum(Node n) { return n == null ? 0 : n.v + sum(n.l) + sum(n.r); }

  public static void main(String[] args) {
    Node longLived = build(12, 1);
    for (int round = 0; round < 30; round++) {
      Node t = build(16, round);
      System.out.println(round + " " + sum(t));
    }
    System.out.println("long-lived " + sum(longLived));
  }
}
