// Checks exception chaining: getCause, initCause, wrapping messages, cause-only constructor message, walking the chain.
public class ExceptionChaining {
    static class DataException extends Exception {
        DataException(String m, Throwable cause) { super(m, cause); }
    }

    static void low() {
        throw new IllegalStateException("low-level failure");
    }

    static void mid() throws DataException {
        try {
            low();
        } catch (IllegalStateException e) {
            throw new DataException("mid wrapper", e);
        }
    }

    static void high() {
        try {
            mid();
        } catch (DataException e) {
            throw new RuntimeException(e);
        }
    }

    public static void main(String[] args) {
        try {
            high();
        } catch (RuntimeException e) {
            Throwable t = e;
            int depth = 0;
            while (t != null) {
                System.out.println(depth + ": " + t.getClass().getName() + " / " + t.getMessage());
                t = t.getCause();
                depth++;
            }
        }
        Exception a = new Exception("a");
        Exception b = new Exception("b");
        b.initCause(a);
        System.out.println(b.getCause().getMessage());
        try {
            b.initCause(new Exception("c"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getClass().getName());
        }
        try {
            a.initCause(a);
        } catch (IllegalArgumentException e) {
            System.out.println("self cause: " + e.getClass().getName() + " " + e.getMessage());
        }
        RuntimeException noCause = new RuntimeException("none");
        System.out.println(noCause.getCause());
        RuntimeException nullCause = new RuntimeException((Throwable) null);
        System.out.println(nullCause.getMessage() + " " + nullCause.getCause());
        Error err = new Error("outer", new ArithmeticException("inner"));
        System.out.println(err + " caused by " + err.getCause());
        Throwable root = err;
        while (root.getCause() != null) root = root.getCause();
        System.out.println("root: " + root.getMessage());
        try {
            try {
                int x = 0;
                System.out.println(1 / x);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("bad input", e);
            }
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage() + " " + e.getCause().getClass().getName());
        }
    }
}
