// Checks interrupting sleep, wait, join and BlockingQueue.take, and the interrupt status flags.
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class ConcInterrupts {
    interface Blocking {
        void run() throws InterruptedException;
    }

    static String attempt(String what, Blocking body) throws Exception {
        final String[] result = new String[1];
        Thread t = new Thread(() -> {
            try {
                body.run();
                result[0] = "returned normally";
            } catch (InterruptedException e) {
                result[0] = "InterruptedException (" + e.getMessage() + "), flag now "
                        + Thread.currentThread().isInterrupted();
            }
        });
        t.start();
        t.interrupt();
        t.join();
        return what + ": " + result[0];
    }

    public static void main(String[] args) throws Exception {
        System.out.println(attempt("sleep", () -> Thread.sleep(10_000)));
        final Object lock = new Object();
        System.out.println(attempt("wait", () -> {
            synchronized (lock) {
                lock.wait();
            }
        }));
        final Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                // ended by main below
            }
        });
        sleeper.start();
        System.out.println(attempt("join", () -> sleeper.join()));
        sleeper.interrupt();
        sleeper.join();
        final BlockingQueue<String> q = new LinkedBlockingQueue<>();
        System.out.println(attempt("LinkedBlockingQueue.take", () -> q.take()));
        final BlockingQueue<String> aq = new ArrayBlockingQueue<>(1);
        aq.add("full");
        System.out.println(attempt("ArrayBlockingQueue.put", () -> aq.put("more")));

        // The flags of the current thread.
        Thread me = Thread.currentThread();
        System.out.println("initially interrupted: " + me.isInterrupted());
        me.interrupt();
        System.out.println("after interrupt(): isInterrupted " + me.isInterrupted());
        System.out.println("Thread.interrupted() " + Thread.interrupted() + ", then " + Thread.interrupted());
        me.interrupt();
        try {
            Thread.sleep(1);
            System.out.println("slept?");
        } catch (InterruptedException e) {
            System.out.println("sleep with the flag set throws at once; flag cleared: " + !me.isInterrupted());
        }
        me.interrupt();
        try {
            q.take();
        } catch (InterruptedException e) {
            System.out.println("take with the flag set throws too");
        }
        q.add("x");
        me.interrupt();
        try {
            System.out.println("poll() ignores the flag: " + q.poll() + ", flag still " + me.isInterrupted());
        } finally {
            Thread.interrupted();
        }

        // An interrupt that comes while the thread computes is seen at its next blocking call.
        final int[] spins = new int[1];
        Thread busy = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                spins[0]++;
            }
            try {
                Thread.sleep(10);
                System.out.println("busy: slept");
            } catch (InterruptedException e) {
                System.out.println("busy: sleep after the interrupt throws");
            }
        });
        busy.start();
        Thread.sleep(5);
        busy.interrupt();
        busy.join();
        System.out.println("busy spun: " + (spins[0] > 0));
    }
}
