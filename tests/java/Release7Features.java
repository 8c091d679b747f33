// javac: --release 7 -Xlint:-options
// Checks class files of version 51 (Java 7): string switch, try-with-resources, multi-catch, binary literals.
public class Release7Features {
  static class Res implements AutoCloseable {
    final String name;
    Res(String name) { this.name = name; System.out.println("open " + name); }
    public void close() { System.out.println("close " + name); }
  }

  static int kind(String s) {
    switch (s) {
      case "alpha": return 1;
      case "beta": return 2;
      case "Aa": return 3;
      case "BB": return 4;
      default: return 0;
    }
  }

  public static void main(String[] args) {
    String[] words = {"alpha", "beta", "Aa", "BB", "gamma"};
    for (String w : words) System.out.println(w + " -> " + kind(w));
    try (Res a = new Res("a"); Res b = new Res("b")) {
      System.out.println("body " + a.name + b.name);
    }
    for (int i = 0; i < 3; i++) {
      try {
        if (i == 0) throw new IllegalStateException("state");
        if (i == 1) throw new UnsupportedOperationException("unsupported");
        Object o = "x";
        Integer n = (Integer) o;
        System.out.println(n);
      } catch (IllegalStateException | UnsupportedOperationException e) {
        System.out.println("multi " + e.getMessage());
      } catch (ClassCastException e) {
        System.out.println("cast " + e.getClass().getName());
      }
    }
    int bits = 0b1011_0110;
    long big = 1_000_000_000_000L;
    System.out.println(bits + " " + big + " " + Integer.toBinaryString(bits));
  }
}
