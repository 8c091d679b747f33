// Checks custom exception hierarchies, catch clause order, multi-catch, rethrow of the same object, and fields on exceptions.
public class CustomExceptions {
    static class AppException extends Exception {
        final int code;

        AppException(String msg, int code) {
            super(msg);
            this.code = code;
        }
    }

    static class NotFound extends AppException {
        NotFound(String what) { super("not found: " + what, 404); }
    }

    static class Forbidden extends AppException {
        Forbidden() { super("forbidden", 403); }

        @Override
        public String getMessage() { return "custom " + super.getMessage(); }
    }

    static class Unchecked extends RuntimeException {
        Unchecked(String m) { super(m); }

        @Override
        public String toString() { return "Unchecked<" + getMessage() + ">"; }
    }

    static class NoMessage extends RuntimeException {}

    static void act(int i) throws AppException {
        switch (i) {
            case 0: throw new NotFound("page");
            case 1: throw new Forbidden();
            case 2: throw new AppException("generic", 500);
            case 3: throw new Unchecked("boom");
            case 4: throw new NoMessage();
            case 5: throw new UnsupportedOperationException("unsupported");
            default: break;
        }
    }

    static String handle(int i) {
        try {
            act(i);
            return "ok";
        } catch (NotFound e) {
            return "NotFound " + e.code + " " + e.getMessage();
        } catch (AppException e) {
            return e.getClass().getSimpleName() + " " + e.code + " " + e.getMessage() + " " + e;
        } catch (Unchecked | UnsupportedOperationException e) {
            return "multi " + e.getClass().getName() + " " + e.getMessage() + " " + e;
        } catch (RuntimeException e) {
            return "rte " + e + " msg=" + e.getMessage();
        }
    }

    static AppException saved;

    static void rethrower() throws AppException {
        try {
            act(0);
        } catch (AppException e) {
            saved = e;
            throw e;
        }
    }

    static void preciseRethrow(int i) throws NotFound, Forbidden {
        try {
            if (i == 0) throw new NotFound("x");
            throw new Forbidden();
        } catch (AppException e) {
            System.out.println("precise rethrow " + e.code);
            throw e;
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 6; i++) System.out.println(i + ": " + handle(i));
        try {
            rethrower();
        } catch (AppException e) {
            System.out.println("same object: " + (e == saved) + " " + e.getMessage());
        }
        for (int i = 0; i < 2; i++) {
            try {
                preciseRethrow(i);
            } catch (NotFound e) {
                System.out.println("caught NotFound");
            } catch (Forbidden e) {
                System.out.println("caught Forbidden");
            }
        }
        Throwable t = new Throwable("plain throwable");
        System.out.println(t + " | " + new Exception() + " | " + new Error("err") + " | " + new RuntimeException((String) null));
        try {
            throw new Error("custom error");
        } catch (Error e) {
            System.out.println("Error caught: " + e.getMessage() + " " + (e instanceof Throwable));
        }
    }
}
