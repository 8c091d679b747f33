// Checks per-thread and default uncaught-exception handlers.
public class ConcUncaughtHandlers {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            throw new IllegalStateException("from t");
        }, "custom-name");
        t.setUncaughtExceptionHandler((th, e) -> System.out.println("handler of " + th.getName() + " got " + e));
        System.out.println("handler set: " + (t.getUncaughtExceptionHandler() != null));
        t.start();
        t.join();

        System.out.println("default before: " + Thread.getDefaultUncaughtExceptionHandler());
        Thread.setDefaultUncaughtExceptionHandler((th, e) -> System.out.println("default handler: " + th.getName()
                + " threw " + e.getClass().getName() + ": " + e.getMessage()));
        Thread u = new Thread(() -> {
            throw new ArithmeticException("divide by nothing");
        }, "second");
        u.start();
        u.join();

        Thread v = new Thread(() -> {
            throw new Error("an error");
        }, "third");
        v.setUncaughtExceptionHandler((th, e) -> System.out.println("own handler wins over default: " + e.getMessage()));
        v.start();
        v.join();

        Thread w = new Thread(() -> {
            Object o = null;
            o.hashCode();
        }, "fourth");
        w.start();
        w.join();
        Thread.setDefaultUncaughtExceptionHandler(null);
        System.out.println("done");
    }
}
