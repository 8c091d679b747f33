// run: -Xmx16m
// Twenty million short-lived objects in a 16 MB heap: the collector must reclaim them.
public class GcChurn {
  static final class Cell {
    final int a;
    final Cell next;

    Cell(int a, Cell next) { this.a = a; this.next = next; }
  }

  public static void main(String[] args) {
    long sum = 0;
    Cell keep = null;
    for (int i = 0; i < 20_000_000; i++) {
      Cell c = new Cell(i, null);
      sum += c.a & 7;
      if (i % 1_000_000 == 0) keep = new Cell(i, keep); // a few survivors
    }
    int n = 0;
    for (Cell c = keep; c != null; c = c.next) n++;
    System.out.println(sum + " " + n);
  }
}
