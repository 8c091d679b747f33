// Checks an uncaught Error subclass (AssertionError thrown explicitly) thrown through a finally block: exit code 1.
public class UncaughtError {
    static void work(int n) {
        try {
            if (n == 3) throw new AssertionError("invariant broken at " + n);
            System.out.println("work " + n);
        } finally {
            System.out.println("cleanup " + n);
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) work(i);
    }
}
