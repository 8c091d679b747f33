// Twenty million short-lived small objects.
public class SmallAllocs {
  static final class Point {
    final int x, y;
    Point(int x, int y) { this.x = x; this.y = y; }
  }

  public static void main(String[] args) {
    long sum = 0;
    for (int i = 0; i < 20_000_000; i++) {
      Point p = new Point(i, i >> 1);
      sum += p.x - p.y;
    }
    System.out.println(sum);
  }
}
