// Checks Phaser (phases, dynamic parties, onAdvance termination) and DelayQueue (elements due in delay order).
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class ConcPhaserDelayQueue {
    static final class Job implements Delayed {
        final String name;
        final long due;

        Job(String name, long delayMs) {
            this.name = name;
            this.due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMs);
        }

        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        public int compareTo(Delayed o) {
            return Long.compare(due, ((Job) o).due);
        }

        public String toString() {
            return name;
        }
    }

    public static void main(String[] args) throws Exception {
        final Phaser phaser = new Phaser(1) {
            @Override
            protected boolean onAdvance(int phase, int parties) {
                synchronized (this) {
                    System.out.println("advance from phase " + phase + " with " + parties + " parties");
                }
                return phase >= 2 || parties == 0;
            }
        };
        final List<String> log = Collections.synchronizedList(new ArrayList<>());
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            phaser.register();
            ts[i] = new Thread(() -> {
                for (int p = 0; p < 3; p++) {
                    log.add("w" + id + "@" + p);
                    phaser.arriveAndAwaitAdvance();
                }
                phaser.arriveAndDeregister();
            });
        }
        System.out.println("registered " + phaser.getRegisteredParties() + ", phase " + phaser.getPhase());
        for (Thread t : ts) t.start();
        for (int p = 0; p < 3; p++) {
            int next = phaser.arriveAndAwaitAdvance();
            // The last to arrive gets the next phase, the others a negative one once terminated.
            System.out.println("main passed phase " + p + ": " + (next == p + 1 || (p == 2 && next < 0)));
        }
        for (Thread t : ts) t.join();
        System.out.println("terminated " + phaser.isTerminated() + ", phase negative " + (phaser.getPhase() < 0));
        Collections.sort(log);
        System.out.println(log);

        Phaser simple = new Phaser();
        System.out.println("empty phaser: phase " + simple.getPhase() + ", register -> " + simple.register()
                + ", arrive -> " + simple.arrive() + ", now phase " + simple.getPhase() + ", terminated "
                + simple.isTerminated());
        Phaser two = new Phaser(2);
        System.out.println("arrive " + two.arrive() + ", arrived " + two.getArrivedParties() + ", unarrived "
                + two.getUnarrivedParties());
        try {
            two.awaitAdvanceInterruptibly(0, 10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("awaitAdvance timed out");
        }
        System.out.println("arrive " + two.arrive() + ", phase " + two.getPhase() + ", awaitAdvance(0) "
                + two.awaitAdvance(0));
        two.forceTermination();
        System.out.println("forced: terminated " + two.isTerminated() + ", arrive returns negative "
                + (two.arrive() < 0));
        try {
            new Phaser(1).arriveAndDeregister();
            new Phaser(0).arrive();
        } catch (IllegalStateException e) {
            System.out.println("arrival without a party: IllegalStateException");
        }

        DelayQueue<Job> dq = new DelayQueue<>();
        dq.put(new Job("late", 60));
        dq.put(new Job("early", 10));
        dq.put(new Job("middle", 30));
        System.out.println("size " + dq.size() + ", head " + dq.peek() + ", poll before due " + dq.poll());
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 3; i++) order.add(dq.take().name);
        System.out.println("taken in order " + order + ", poll(5 ms) on empty " + dq.poll(5, TimeUnit.MILLISECONDS));
    }
}
