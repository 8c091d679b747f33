// javac: --release 8
// Checks Java 8 class files: inner classes reaching outer private members through synthetic accessors (no nest mates), captured locals.
public class Release8InnerAccess {
    private int secret = 5;
    private static long counter = 100;
    private String tag = "outer";

    private int bump(int by) {
        secret += by;
        return secret;
    }

    private static String stat() { return "private-static"; }

    class Inner {
        private int innerSecret = 9;

        String run() {
            secret *= 2;
            counter++;
            return tag + " " + bump(1) + " " + stat() + " " + counter;
        }
    }

    static class Nested {
        private String hidden = "nested-hidden";

        int read(Release8InnerAccess o) {
            o.secret -= 1;
            return o.secret;
        }
    }

    interface Adder {
        int add(int x);
    }

    Adder makeAdder(final int base) {
        final String label = "L";
        return new Adder() {
            int uses;

            public int add(int x) {
                uses++;
                return x + base + secret + label.length() + uses;
            }
        };
    }

    public static void main(String[] args) {
        Release8InnerAccess o = new Release8InnerAccess();
        Inner in = o.new Inner();
        System.out.println(in.run());
        System.out.println(in.run());
        System.out.println(in.innerSecret + " " + new Nested().hidden + " " + new Nested().read(o));
        in.innerSecret = 77;
        System.out.println(in.innerSecret + " " + o.secret);
        Adder a = o.makeAdder(1000);
        System.out.println(a.add(1) + " " + a.add(1));
        o.secret = 0;
        System.out.println(a.add(0));
        final int[] box = {0};
        Runnable r = new Runnable() {
            public void run() {
                for (int i = 0; i < 10; i++) box[0] += i;
            }
        };
        r.run();
        r.run();
        System.out.println(box[0] + " " + counter);
    }
}
