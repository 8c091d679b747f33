// Checks TimeUnit: every conversion, saturation at the long range, names, and the timed helpers.
import java.util.concurrent.TimeUnit;

public class ConcTimeUnit {
    public static void main(String[] args) throws Exception {
        for (TimeUnit u : TimeUnit.values()) {
            System.out.println(u + " ordinal " + u.ordinal() + ": 1 unit = " + u.toNanos(1) + " ns, " + u.toMicros(1)
                    + " us, " + u.toMillis(1) + " ms, " + u.toSeconds(1) + " s, " + u.toMinutes(1) + " min, "
                    + u.toHours(1) + " h, " + u.toDays(1) + " d");
        }
        System.out.println(TimeUnit.SECONDS.convert(90, TimeUnit.MINUTES) + " " + TimeUnit.MINUTES.convert(90,
                TimeUnit.SECONDS) + " " + TimeUnit.HOURS.convert(-150, TimeUnit.MINUTES) + " "
                + TimeUnit.MILLISECONDS.convert(-1500, TimeUnit.MICROSECONDS));
        System.out.println(TimeUnit.DAYS.toNanos(200000) + " " + TimeUnit.DAYS.toNanos(-200000) + " "
                + TimeUnit.SECONDS.toMillis(Long.MAX_VALUE / 1000) + " " + TimeUnit.SECONDS.toMillis(Long.MAX_VALUE / 1000 + 1)
                + " " + TimeUnit.NANOSECONDS.toDays(Long.MAX_VALUE) + " " + TimeUnit.MICROSECONDS.toMillis(999));
        System.out.println(TimeUnit.valueOf("HOURS") + " " + TimeUnit.MILLISECONDS.name() + " "
                + TimeUnit.NANOSECONDS.compareTo(TimeUnit.DAYS));
        try {
            TimeUnit.valueOf("WEEKS");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(WEEKS): " + e.getMessage());
        }
        long t0 = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(20);
        long slept = System.nanoTime() - t0;
        System.out.println("slept at least 20 ms: " + (slept >= 20_000_000L));
        TimeUnit.SECONDS.sleep(0);
        TimeUnit.SECONDS.sleep(-5);
        System.out.println("sleep(0) and sleep(-5) return at once");
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                // interrupted below
            }
        });
        t.start();
        TimeUnit.MILLISECONDS.timedJoin(t, 10);
        System.out.println("after timedJoin(10 ms) alive: " + t.isAlive());
        t.interrupt();
        TimeUnit.SECONDS.timedJoin(t, 10);
        System.out.println("after interrupt and timedJoin alive: " + t.isAlive());
        Object lock = new Object();
        synchronized (lock) {
            TimeUnit.MICROSECONDS.timedWait(lock, 1500);
        }
        System.out.println("timedWait returned");
        switch (TimeUnit.SECONDS) {
            case SECONDS:
                System.out.println("switch on SECONDS");
                break;
            default:
                System.out.println("other");
        }
    }
}
