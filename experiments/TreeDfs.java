// TreeDfs — the experiment of DJ (Distributed JIT, seed 003, section 6): "we simulate a
// distributed graph computation operation by constructing a large tree object and performing
// depth first searches".
//
// The main thread builds a complete binary tree of DEPTH levels by itself, so every node lives
// on the main thread's node (node 0). It then starts THREADS searcher threads (new Thread +
// start; the placement policy decides where they run) and each one, touching the tree
// remotely, does SEARCHES depth-first searches of the whole tree and one targeted search:
//   - node values are heap numbers: the root is 1, the children of v are 2v and 2v+1, so the
//     tree holds 1 .. 2^DEPTH - 1;
//   - search s of thread i visits the left child first when (i + s) is even and the right
//     child first otherwise, folding the values into an order-dependent hash
//     (h = h * 31 + value, starting from h = i * SEARCHES + s); the thread's checksum is
//     the sum of its searches' hashes;
//   - thread i then looks for one value with an early-exit depth-first search: a leaf chosen
//     from i when i is even (found), a value outside the tree when i is odd (not found, the
//     whole tree is walked); it records whether it was found and how many nodes it visited.
// The fields (left, right, value) are plain, non-final fields: every read by a remote thread
// is a redirected field read unless the policy moves or caches the nodes.
// Results are printed after join, in thread order, so the output is the same whatever the
// interleaving and whatever the placement.
//
// Usage: TreeDfs [DEPTH [THREADS [SEARCHES]]]
//   small (default): TreeDfs 10 4 2     (1,023 nodes; about 0.15 M bytecodes)
//   full:            TreeDfs 20 16 10   (1,048,575 nodes, 16 threads, 10 searches each)
public class TreeDfs {
  static final class Node {
    Node left, right;
    int value;

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

  /** Depth-first search of the whole subtree, folding values in visiting order into h. */
  static long hashLeftFirst(Node n, long h) {
    if (n == null) return h;
    h = h * 31 + n.value;
    h = hashLeftFirst(n.left, h);
    return hashLeftFirst(n.right, h);
  }

  static long hashRightFirst(Node n, long h) {
    if (n == null) return h;
    h = h * 31 + n.value;
    h = hashRightFirst(n.right, h);
    return hashRightFirst(n.left, h);
  }

  static final class Searcher implements Runnable {
    final Node root;
    final int id, searches, target;
    long checksum;
    boolean found;
    long visited;

    Searcher(Node root, int id, int searches, int target) {
      this.root = root;
      this.id = id;
      this.searches = searches;
      this.target = target;
    }

    /** Early-exit depth-first search for target; counts the nodes visited. */
    boolean find(Node n) {
      if (n == null) return false;
      visited++;
      if (n.value == target) return true;
      return find(n.left) || find(n.right);
    }

    public void run() {
      long sum = 0;
      for (int s = 0; s < searches; s++) {
        long seed = (long) id * searches + s;
        sum += ((id + s) & 1) == 0 ? hashLeftFirst(root, seed) : hashRightFirst(root, seed);
      }
      checksum = sum;
      found = find(root);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    int depth = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int searches = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    if (depth < 1 || depth > 30 || threads < 1 || searches < 0) {
      System.out.println("usage: TreeDfs [DEPTH(1..30) [THREADS(>=1) [SEARCHES(>=0)]]]");
      return;
    }

    Node root = build(depth, 1);
    int size = (1 << depth) - 1;
    int firstLeaf = 1 << (depth - 1);

    Searcher[] searchers = new Searcher[threads];
    Thread[] workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      int target = (i & 1) == 0 ? firstLeaf + (int) ((i * 2654435761L) % firstLeaf) : size + i;
      searchers[i] = new Searcher(root, i, searches, target);
      workers[i] = new Thread(searchers[i]);
    }
    for (int i = 0; i < threads; i++) workers[i].start();
    for (int i = 0; i < threads; i++) workers[i].join();

    System.out.println("tree: depth " + depth + ", " + size + " nodes");
    System.out.println("threads " + threads + ", " + searches + " depth-first searches each");
    long total = 0;
    for (int i = 0; i < threads; i++) {
      Searcher s = searchers[i];
      total += s.checksum;
      System.out.println("thread " + i + ": checksum " + s.checksum + ", value " + s.target
          + (s.found ? " found" : " not found") + " after " + s.visited + " nodes");
    }
    System.out.println("total checksum " + total);
  }
}
