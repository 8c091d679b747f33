// Checks ThreadLocalRandom's ranges and argument checks, from several threads (values themselves vary).
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

public class ConcThreadLocalRandom {
    public static void main(String[] args) throws Exception {
        final AtomicBoolean ok = new AtomicBoolean(true);
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                for (int k = 0; k < 2000; k++) {
                    int a = r.nextInt(10);
                    int b = r.nextInt(-5, 5);
                    long c = r.nextLong(1000L);
                    long d = r.nextLong(-3L, 3L);
                    double e = r.nextDouble();
                    double f = r.nextDouble(2.5);
                    double g = r.nextDouble(-1.0, 1.0);
                    float h = r.nextFloat();
                    if (a < 0 || a >= 10 || b < -5 || b >= 5 || c < 0 || c >= 1000 || d < -3 || d >= 3 || e < 0
                            || e >= 1 || f < 0 || f >= 2.5 || g < -1 || g >= 1 || h < 0 || h >= 1) {
                        ok.set(false);
                    }
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("all values in range: " + ok.get());
        ThreadLocalRandom r = ThreadLocalRandom.current();
        System.out.println("current() is one object: " + (r == ThreadLocalRandom.current()));
        boolean seenTrue = false;
        boolean seenFalse = false;
        int[] buckets = new int[4];
        for (int i = 0; i < 4000; i++) {
            if (r.nextBoolean()) seenTrue = true;
            else seenFalse = true;
            buckets[r.nextInt(4)]++;
        }
        boolean spread = true;
        for (int b : buckets) spread &= b > 800 && b < 1200;
        System.out.println("both booleans: " + (seenTrue && seenFalse) + ", nextInt(4) spread evenly: " + spread);
        System.out.println("nextInt(1) = " + r.nextInt(1) + ", nextInt(7, 8) = " + r.nextInt(7, 8));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getMessage());
        }
        try {
            r.nextInt(5, 5);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(5, 5): " + e.getMessage());
        }
        try {
            r.nextLong(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("nextLong(-1): " + e.getMessage());
        }
        try {
            r.setSeed(42);
        } catch (UnsupportedOperationException e) {
            System.out.println("setSeed: UnsupportedOperationException");
        }
    }
}
