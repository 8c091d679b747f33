// Virtual and interface calls on a polymorphic receiver, 20 million of each.
public class VirtualCalls {
  interface Op { int apply(int x); }
  static abstract class Base implements Op { abstract int step(int x); }
  static final class Inc extends Base {
    int step(int x) { return x + 1; }
    public int apply(int x) { return x + 3; }
  }
  static final class Dbl extends Base {
    int step(int x) { return x ^ (x << 1); }
    public int apply(int x) { return x - 1; }
  }

  public static void main(String[] args) {
    Base[] bs = {new Inc(), new Dbl()};
    Op[] ops = {bs[0], bs[1]};
    int v = 0;
    for (int i = 0; i < 20_000_000; i++) v = bs[i & 1].step(v);
    for (int i = 0; i < 20_000_000; i++) v = ops[i & 1].apply(v);
    System.out.println(v);
  }
}
