// Checks that a daemon thread sleeping forever does not keep the program alive, and daemon inheritance.
public class ConcDaemonThreads {
    public static void main(String[] args) throws Exception {
        Thread daemon = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    // keep sleeping
                }
            }
        }, "forever");
        daemon.setDaemon(true);
        daemon.start();
        System.out.println("daemon: " + daemon.isDaemon() + ", alive " + daemon.isAlive());
        try {
            daemon.setDaemon(false);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon on a started thread: IllegalThreadStateException");
        }
        final boolean[] childDaemon = new boolean[1];
        Thread parent = new Thread(() -> {
            Thread child = new Thread(() -> { });
            childDaemon[0] = child.isDaemon();
        });
        parent.setDaemon(true);
        parent.start();
        parent.join();
        System.out.println("a daemon's child is a daemon: " + childDaemon[0]);
        System.out.println("main is a daemon: " + Thread.currentThread().isDaemon());
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                // not interrupted
            }
            System.out.println("a non-daemon thread keeps the program alive after main");
        });
        System.out.println("main ends");
        worker.start();
    }
}
