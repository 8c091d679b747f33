// Checks unbounded recursion raises StackOverflowError that can be caught, and the VM keeps working normally afterwards.
public class StackOverflowCaught {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithLocals(long a, double b, String c) {
        depth++;
        long x = a + 1;
        double y = b * 1.0;
        return recurseWithLocals(x, y, c) + x;
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static int sumTo(int n) { return n == 0 ? 0 : n + sumTo(n - 1); }

    public static void main(String[] args) {
        try {
            recurse();
            System.out.println("not reached");
        } catch (StackOverflowError e) {
            System.out.println("caught");
            System.out.println("depth positive: " + (depth > 1000));
        }
        depth = 0;
        try {
            recurseWithLocals(0, 1.0, "s");
        } catch (StackOverflowError e) {
            System.out.println("caught again " + e.getClass().getName());
        }
        int caughtCount = 0;
        for (int i = 0; i < 3; i++) {
            try {
                recurse();
            } catch (Throwable t) {
                if (t instanceof StackOverflowError) caughtCount++;
            }
        }
        System.out.println("caught " + caughtCount + " times");
        System.out.println("fib(20)=" + fib(20));
        System.out.println("sumTo(1000)=" + sumTo(1000));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(i * i).append(',');
        System.out.println(sb);
    }
}
