// Checks the atomic classes: counters from 8 threads, CAS loops, update functions and arrays.
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.AtomicStampedReference;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

public class ConcAtomics {
    public static void main(String[] args) throws Exception {
        final AtomicInteger ai = new AtomicInteger();
        final AtomicLong al = new AtomicLong(100);
        final LongAdder adder = new LongAdder();
        final LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        final AtomicIntegerArray slots = new AtomicIntegerArray(8);
        final AtomicReference<String> longest = new AtomicReference<>("");
        final AtomicInteger casLoop = new AtomicInteger();
        Thread[] ts = new Thread[8];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 5000; k++) {
                    ai.incrementAndGet();
                    al.addAndGet(2);
                    adder.increment();
                    max.accumulate(id * 10000L + k);
                    slots.incrementAndGet(k % 8);
                    for (;;) {
                        int v = casLoop.get();
                        if (casLoop.compareAndSet(v, v + 3)) break;
                    }
                }
                String mine = "thread-" + "x".repeat(id);
                longest.accumulateAndGet(mine, (a, b) -> a.length() >= b.length() ? a : b);
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("AtomicInteger " + ai.get() + ", AtomicLong " + al.get() + ", LongAdder " + adder.sum()
                + ", max " + max.get() + ", CAS loop " + casLoop.get());
        System.out.println("slots " + slots);
        System.out.println("longest " + longest.get());

        AtomicInteger a = new AtomicInteger(5);
        System.out.println(a.getAndIncrement() + " " + a.incrementAndGet() + " " + a.getAndAdd(10) + " " + a.get()
                + " " + a.getAndSet(1) + " " + a.compareAndSet(2, 3) + " " + a.compareAndSet(1, 4) + " " + a);
        System.out.println(a.updateAndGet(x -> x * 3) + " " + a.getAndUpdate(x -> x - 2) + " "
                + a.accumulateAndGet(7, Math::max) + " " + a.getAndAccumulate(3, Integer::sum) + " " + a.intValue()
                + " " + a.longValue() + " " + a.doubleValue() + " " + a.compareAndExchange(10, 11) + " " + a.get());
        AtomicLong l = new AtomicLong(Long.MAX_VALUE);
        System.out.println(l.incrementAndGet() + " " + l.decrementAndGet() + " " + l);
        AtomicBoolean b = new AtomicBoolean();
        System.out.println(b.get() + " " + b.compareAndSet(false, true) + " " + b.compareAndSet(false, true) + " "
                + b.getAndSet(false) + " " + b);
        AtomicReference<String> r = new AtomicReference<>();
        System.out.println(r + " " + r.compareAndSet(null, "a") + " " + r.getAndSet("b") + " "
                + r.updateAndGet(s -> s + s) + " " + r);
        String x = new String("same");
        AtomicReference<String> ident = new AtomicReference<>(x);
        System.out.println("CAS compares identity: " + ident.compareAndSet(new String("same"), "other") + " "
                + ident.compareAndSet(x, "other"));
        AtomicLongArray la = new AtomicLongArray(new long[] {1, 2, 3});
        la.addAndGet(1, 40);
        System.out.println(la + " length " + la.length() + " " + la.getAndSet(2, 9) + " " + la.get(2));
        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(new String[] {"p", "q"});
        ra.compareAndSet(0, "p", "P");
        System.out.println(ra + " " + new AtomicIntegerArray(0));
        try {
            slots.get(8);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("index 8: " + e.getClass().getSimpleName());
        }
        AtomicStampedReference<String> sr = new AtomicStampedReference<>("s", 0);
        int[] stamp = new int[1];
        String cur = sr.get(stamp);
        System.out.println(cur + " " + stamp[0] + " " + sr.compareAndSet(cur, "t", 0, 1) + " "
                + sr.compareAndSet("t", "u", 0, 2) + " " + sr.getReference() + " " + sr.getStamp());
        LongAdder la2 = new LongAdder();
        la2.add(5);
        la2.decrement();
        System.out.println(la2 + " " + la2.sumThenReset() + " " + la2.sum());
    }
}
