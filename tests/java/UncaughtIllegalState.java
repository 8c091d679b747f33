// Checks an uncaught exception from main: output before it is flushed, exit code 1, stderr "Exception in thread "main" ...: boom".
public class UncaughtIllegalState {
    public static void main(String[] args) {
        System.out.println("before the throw");
        int sum = 0;
        for (int i = 1; i <= 10; i++) sum += i * i;
        System.out.println("sum of squares " + sum);
        if (sum > 0) {
            throw new IllegalStateException("boom");
        }
        System.out.println("never printed");
    }
}
