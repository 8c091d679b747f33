// Checks an uncaught custom exception class: exit code 1 and stderr first line naming the nested exception class and message.
public class UncaughtCustomException {
    static class ValidationFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ValidationFailure(String msg) { super(msg); }
    }

    static void validate(int v) {
        if (v > 3) throw new ValidationFailure("value " + v + " too large");
        System.out.println("valid " + v);
    }

    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) validate(i);
        System.out.println("unreachable");
    }
}
