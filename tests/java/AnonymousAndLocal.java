// Checks anonymous classes, local classes capturing effectively final locals and parameters, and static nested classes.
public class AnonymousAndLocal {
    interface Op {
        int apply(int x);
    }

    private int base = 1000;

    static class StaticNested {
        static int counter;
        final int id = ++counter;

        String describe() { return "nested#" + id; }
    }

    Op makeAdder(int delta) {
        return new Op() {
            int calls = 0;

            public int apply(int x) {
                calls++;
                return x + delta + base + calls;
            }
        };
    }

    static Op[] makeMany() {
        Op[] ops = new Op[5];
        for (int i = 0; i < ops.length; i++) {
            final int k = i;
            ops[i] = new Op() {
                public int apply(int x) { return x * k; }
            };
        }
        return ops;
    }

    static String localClasses(String prefix, int n) {
        int limit = n * 2;
        class Accumulator {
            private final StringBuilder sb = new StringBuilder(prefix);
            int total;

            void add(int v) {
                if (v < limit) {
                    total += v;
                    sb.append(v).append(',');
                }
            }

            String result() { return sb + " total=" + total; }
        }
        Accumulator acc = new Accumulator();
        for (int i = 0; i < n * 3; i++) acc.add(i);
        class Sub extends Accumulator {
            @Override
            String result() { return "sub " + super.result(); }
        }
        Sub s = new Sub();
        s.add(1);
        return acc.result() + " | " + s.result();
    }

    public static void main(String[] args) {
        AnonymousAndLocal outer = new AnonymousAndLocal();
        Op a = outer.makeAdder(5);
        System.out.println(a.apply(1) + " " + a.apply(1) + " " + a.apply(10));
        outer.base = 0;
        System.out.println(a.apply(1));
        StringBuilder sb = new StringBuilder();
        for (Op op : makeMany()) sb.append(op.apply(7)).append(' ');
        System.out.println(sb);
        System.out.println(localClasses("L:", 4));
        System.out.println(localClasses("M:", 1));
        StaticNested n1 = new StaticNested(), n2 = new StaticNested();
        System.out.println(n1.describe() + " " + n2.describe() + " " + StaticNested.counter);
        Object anon = new Object() {
            @Override
            public String toString() { return "anon-toString"; }
        };
        System.out.println(anon + " " + anon.getClass().getName() + " " + a.getClass().getName()
                + " simple=[" + anon.getClass().getSimpleName() + "]");
        Runnable r = new Runnable() {
            int times = 3;

            public void run() {
                for (int i = 0; i < times; i++) System.out.print("run" + i + " ");
                System.out.println();
            }
        };
        r.run();
    }
}
