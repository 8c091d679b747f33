// Checks ThreadLocal.withInitial, set, get and remove across several threads.
import java.util.concurrent.atomic.AtomicInteger;

public class ConcThreadLocals {
    static final AtomicInteger made = new AtomicInteger();
    static final ThreadLocal<StringBuilder> LOG = ThreadLocal.withInitial(() -> {
        made.incrementAndGet();
        return new StringBuilder();
    });
    static final ThreadLocal<Integer> PLAIN = new ThreadLocal<>();

    public static void main(String[] args) throws Exception {
        LOG.get().append("main");
        final String[] seen = new String[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k <= id; k++) {
                    LOG.get().append(id);
                }
                PLAIN.set(id * 10);
                seen[id] = LOG.get() + "/" + PLAIN.get();
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (String s : seen) System.out.println("thread saw " + s);
        System.out.println("main still has " + LOG.get() + ", plain " + PLAIN.get());
        System.out.println("initial values made: " + made.get());
        LOG.remove();
        System.out.println("after remove: '" + LOG.get() + "', made " + made.get());
        PLAIN.set(7);
        PLAIN.set(8);
        System.out.println("plain " + PLAIN.get());
        PLAIN.remove();
        System.out.println("plain after remove " + PLAIN.get());

        ThreadLocal<int[]> counter = new ThreadLocal<int[]>() {
            @Override
            protected int[] initialValue() {
                return new int[1];
            }
        };
        Thread a = new Thread(() -> {
            for (int i = 0; i < 1000; i++) counter.get()[0]++;
            System.out.println("counter in a: " + counter.get()[0]);
        });
        a.start();
        a.join();
        for (int i = 0; i < 5; i++) counter.get()[0]++;
        System.out.println("counter in main: " + counter.get()[0]);
    }
}
