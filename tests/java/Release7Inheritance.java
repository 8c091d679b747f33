// javac: --release 7 -Xlint:-options
// Checks version-51 class files: inner classes with synthetic accessors, anonymous classes, generics.
public class Release7Inheritance {
  private int secret = 41;

  class Inner {
    int reveal() { return ++secret; }
  }

  interface Visitor<R> { R visit(Node n); }

  static abstract class Node {
    abstract <R> R accept(Visitor<R> v);
  }

  static class Leaf extends Node {
    final int value;
    Leaf(int value) { this.value = value; }
    <R> R accept(Visitor<R> v) { return v.visit(this); }
  }

  public static void main(String[] args) {
    Release7Inheritance outer = new Release7Inheritance();
    Inner in = outer.new Inner();
    System.out.println(in.reveal() + " " + in.reveal() + " " + outer.secret);
    Visitor<String> show = new Visitor<String>() {
      public String visit(Node n) { return "leaf " + ((Leaf) n).value; }
    };
    Node[] nodes = {new Leaf(1), new Leaf(22), new Leaf(333)};
    StringBuilder sb = new StringBuilder();
    for (Node n : nodes) sb.append(n.accept(show)).append("; ");
    System.out.println(sb);
  }
}
