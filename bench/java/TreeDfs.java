// A binary tree of 2^20 - 1 nodes, built, then searched depth-first ten times.
public class TreeDfs {
  TreeDfs left, right;
  int value;

  TreeDfs(int depth, int value) {
    this.value = value;
    if (depth > 1) {
      left = new TreeDfs(depth - 1, 2 * value);
      right = new TreeDfs(depth - 1, 2 * value + 1);
    }
  }

  static long dfs(TreeDfs t) {
    return t == null ? 0 : t.value + dfs(t.left) + dfs(t.right);
  }

  public static void main(String[] args) {
    TreeDfs root = new TreeDfs(20, 1);
    long sum = 0;
    for (int i = 0; i < 10; i++) sum += dfs(root);
    System.out.println(sum);
  }
}
