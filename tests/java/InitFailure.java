// Checks a failing static initialiser: ExceptionInInitializerError with its cause, then NoClassDefFoundError on next use.
public class InitFailure {
    static class Fragile {
        static int value;

        static {
            value = 10;
            if (value == 10) throw new IllegalStateException("static init exploded");
        }

        static int get() { return value; }
    }

    static class FragileDivide {
        static int bad = 10 / zero();

        static int zero() { return 0; }
    }

    static class Ok {
        static int v = 5;
    }

    public static void main(String[] args) {
        try {
            System.out.println(Fragile.get());
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: " + e.getClass().getName());
            Throwable c = e.getCause();
            System.out.println("cause: " + c.getClass().getName() + ": " + c.getMessage());
            System.out.println("getException same as cause: " + (e.getException() == c));
        }
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println(Fragile.value);
            } catch (NoClassDefFoundError e) {
                System.out.println("again " + i + ": " + e.getClass().getName());
            }
        }
        try {
            new Fragile();
        } catch (NoClassDefFoundError e) {
            System.out.println("new: " + e.getClass().getName());
        }
        try {
            System.out.println(FragileDivide.bad);
        } catch (ExceptionInInitializerError e) {
            System.out.println("divide: " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
        }
        try {
            FragileDivide.bad = 3;
        } catch (Error e) {
            System.out.println("putstatic: " + e.getClass().getName());
        }
        System.out.println("Ok still works: " + Ok.v);
    }
}
