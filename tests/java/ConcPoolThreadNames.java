// Checks the names of pool threads ("pool-N-thread-M"), plain threads ("Thread-N") and factory threads.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class ConcPoolThreadNames {
    static String name() {
        Thread t = Thread.currentThread();
        return t.getName() + (t.isDaemon() ? " (daemon)" : "") + " prio " + t.getPriority();
    }

    public static void main(String[] args) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        for (int i = 0; i < 3; i++) {
            final int k = i;
            System.out.println("task " + k + " ran on " + one.submit(ConcPoolThreadNames::name).get());
        }
        one.shutdown();
        one.awaitTermination(5, TimeUnit.SECONDS);

        ExecutorService two = Executors.newSingleThreadExecutor();
        System.out.println("second executor: " + two.submit(ConcPoolThreadNames::name).get());
        two.shutdown();

        ExecutorService fixed = Executors.newFixedThreadPool(1);
        System.out.println("fixed pool: " + fixed.submit(ConcPoolThreadNames::name).get());
        fixed.shutdown();

        Thread plain = new Thread(() -> { });
        Thread plain2 = new Thread(() -> { });
        Thread named = new Thread(() -> { }, "my-thread");
        System.out.println("plain threads: " + plain.getName() + ", " + plain2.getName() + ", " + named.getName());

        final AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService custom = Executors.newFixedThreadPool(1, factory);
        System.out.println("custom factory: " + custom.submit(ConcPoolThreadNames::name).get());
        custom.shutdown();

        ThreadFactory def = Executors.defaultThreadFactory();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = def.newThread(() -> { });
            made.add(t.getName() + " daemon=" + t.isDaemon());
        }
        System.out.println("default factory threads: " + made);
        ExecutorService after = Executors.newSingleThreadExecutor();
        System.out.println("next executor: " + after.submit(ConcPoolThreadNames::name).get());
        after.shutdown();
        Thread last = new Thread(() -> { });
        System.out.println("next plain thread: " + last.getName());
        two.awaitTermination(5, TimeUnit.SECONDS);
        after.awaitTermination(5, TimeUnit.SECONDS);
    }
}
