// Checks inner classes reading and writing outer private fields and methods (nest mates), Outer.this, inner of inner.
public class InnerClassAccess {
    private int secret = 42;
    private static String sSecret = "static-secret";
    private String label;

    InnerClassAccess(String label) { this.label = label; }

    private String hidden(int k) { return label + ":" + (secret * k); }

    private static int twice(int x) { return 2 * x; }

    class Inner {
        private int own = 7;
        int secret = -1;

        String show() {
            return "inner sees " + InnerClassAccess.this.secret + " own-shadow " + secret + " " + hidden(2) + " "
                    + sSecret + " " + twice(own);
        }

        void mutate() {
            InnerClassAccess.this.secret += 100;
            label = label + "!";
        }

        class Deeper {
            String show() { return "deeper " + own + " " + InnerClassAccess.this.secret + " " + label; }
        }
    }

    static class Nested {
        private int hiddenNested = 5;

        int peek(InnerClassAccess o) { return o.secret + hiddenNested; }
    }

    int readNested(Nested n) { return n.hiddenNested; }

    int readInner(Inner i) { return i.own; }

    public static void main(String[] args) {
        InnerClassAccess outer = new InnerClassAccess("o1");
        InnerClassAccess.Inner in = outer.new Inner();
        System.out.println(in.show());
        in.mutate();
        System.out.println(in.show());
        InnerClassAccess.Inner.Deeper d = in.new Deeper();
        System.out.println(d.show());
        Nested n = new Nested();
        System.out.println(n.peek(outer) + " " + outer.readNested(n) + " " + outer.readInner(in));
        InnerClassAccess other = new InnerClassAccess("o2");
        Inner in2 = other.new Inner();
        in2.mutate();
        in2.mutate();
        System.out.println(in2.show() + " | " + in.show());
        n.hiddenNested = 99;
        in.own = 11;
        System.out.println(n.peek(other) + " " + d.show());
        System.out.println(Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + Nested.class.getName());
    }
}
