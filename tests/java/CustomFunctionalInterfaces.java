// Checks user-defined functional interfaces: generic, primitive, many-parameter, with default and static methods, and throwing checked exceptions.
public class CustomFunctionalInterfaces {
    @FunctionalInterface
    interface IntOp {
        int apply(int a, int b);

        default IntOp flip() { return (a, b) -> apply(b, a); }

        static IntOp constant(int c) { return (a, b) -> c; }
    }

    @FunctionalInterface
    interface Mapper<A, B> {
        B map(A a);

        default <C> Mapper<A, C> then(Mapper<B, C> next) { return a -> next.map(map(a)); }
    }

    @FunctionalInterface
    interface Thrower {
        void run() throws Exception;
    }

    interface LongFn {
        long f(long x);
    }

    interface DoubleFn {
        double f(double x, float y);
    }

    interface Mixed {
        String f(boolean z, byte b, char c, short s, int i, long l, float f, double d, Object o);
    }

    static int fold(int[] xs, int init, IntOp op) {
        int r = init;
        for (int x : xs) r = op.apply(r, x);
        return r;
    }

    static String attempt(Thrower t) {
        try {
            t.run();
            return "ok";
        } catch (Exception e) {
            return "caught " + e.getClass().getSimpleName() + ":" + e.getMessage();
        }
    }

    public static void main(String[] args) {
        int[] xs = {3, 1, 4, 1, 5, 9, 2, 6};
        IntOp sub = (a, b) -> a - b;
        System.out.println(fold(xs, 0, (a, b) -> a + b) + " " + fold(xs, 1, (a, b) -> a * b) + " " + fold(xs, 100, sub) + " "
                + fold(xs, 100, sub.flip()) + " " + fold(xs, 0, IntOp.constant(7)) + " " + fold(xs, Integer.MIN_VALUE, Math::max));
        Mapper<String, Integer> len = String::length;
        Mapper<String, String> pipeline = len.then(n -> n * n).then(n -> "sq=" + n);
        System.out.println(pipeline.map("hello"));
        System.out.println(attempt(() -> {}) + " | " + attempt(() -> { throw new Exception("checked"); }) + " | "
                + attempt(() -> { throw new IllegalStateException("unchecked"); }));
        LongFn collatz = x -> (x % 2 == 0) ? x / 2 : 3 * x + 1;
        long v = 27;
        int steps = 0;
        while (v != 1) {
            v = collatz.f(v);
            steps++;
        }
        System.out.println("collatz 27 steps " + steps);
        DoubleFn df = (x, y) -> x * y + 0.5;
        System.out.println(df.f(1e10, 1.5f));
        Mixed m = (z, b, c, s, i, l, f, d, o) -> z + "," + b + "," + c + "," + s + "," + i + "," + l + "," + f + "," + d + "," + o;
        System.out.println(m.f(true, (byte) -1, 'q', (short) 7, 8, 9L, 1.5f, 2.5, "obj"));
        IntOp anon = new IntOp() {
            public int apply(int a, int b) { return a * 10 + b; }
        };
        System.out.println(anon.apply(4, 2) + " " + anon.flip().apply(4, 2));
    }
}
