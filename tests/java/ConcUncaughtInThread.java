// Checks that an exception escaping a thread is printed as "Exception in thread ..." and main goes on.
public class ConcUncaughtInThread {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            throw new RuntimeException("worker failed");
        });
        t.start();
        t.join();
        System.out.println("worker state " + t.getState() + ", main carries on");
        System.out.println("exit code stays 0");
    }
}
