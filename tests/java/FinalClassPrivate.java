// Checks a final class with private methods and fields, private calls from lambdas and nested classes, and static final fields.
public final class FinalClassPrivate {
    private static final int LIMIT = 10;
    private static final String NAME;
    private final int[] data;
    private int calls;

    static {
        NAME = "final-" + LIMIT;
    }

    private FinalClassPrivate(int n) {
        data = new int[n];
        for (int i = 0; i < n; i++) data[i] = square(i);
    }

    private int square(int x) {
        calls++;
        return x * x;
    }

    private static int cube(int x) { return x * x * x; }

    private int sum() {
        int s = 0;
        for (int v : data) s += v;
        return s;
    }

    final int viaLambda() {
        java.util.function.IntUnaryOperator op = this::square;
        java.util.function.IntUnaryOperator op2 = FinalClassPrivate::cube;
        return op.applyAsInt(7) + op2.applyAsInt(3);
    }

    private static final class Helper {
        private int peek(FinalClassPrivate f) { return f.calls + f.sum(); }
    }

    public static void main(String[] args) {
        FinalClassPrivate f = new FinalClassPrivate(LIMIT);
        System.out.println(NAME + " " + f.sum() + " " + f.calls);
        System.out.println(f.viaLambda() + " " + f.calls);
        System.out.println(new Helper().peek(f));
        FinalClassPrivate g = new FinalClassPrivate(3);
        System.out.println(g.sum() + " " + g.calls + " " + cube(-4));
        Runnable r = () -> {
            g.calls += 100;
            System.out.println("lambda sees private " + g.calls + " " + g.square(9));
        };
        r.run();
        System.out.println(g.calls);
    }
}
