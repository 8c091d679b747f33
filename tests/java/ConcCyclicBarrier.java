// Checks CyclicBarrier: a barrier action per round, arrival indexes, reuse, and breaking on timeout.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class ConcCyclicBarrier {
    public static void main(String[] args) throws Exception {
        final int parties = 4;
        final int rounds = 3;
        final int[] partial = new int[parties];
        final List<String> log = Collections.synchronizedList(new ArrayList<>());
        final CyclicBarrier barrier = new CyclicBarrier(parties, () -> {
            int s = 0;
            for (int p : partial) s += p;
            log.add("round total " + s);
        });
        final int[][] indexes = new int[parties][rounds];
        Thread[] ts = new Thread[parties];
        for (int i = 0; i < parties; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                try {
                    for (int r = 0; r < rounds; r++) {
                        partial[id] = (id + 1) * (r + 1);
                        indexes[id][r] = barrier.await();
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (String s : log) System.out.println(s);
        for (int r = 0; r < rounds; r++) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < parties; i++) idx.add(indexes[i][r]);
            Collections.sort(idx);
            System.out.println("round " + r + " arrival indexes " + idx);
        }
        System.out.println("parties " + barrier.getParties() + ", waiting " + barrier.getNumberWaiting()
                + ", broken " + barrier.isBroken());

        // One party times out: it breaks the barrier, the other gets BrokenBarrierException.
        final CyclicBarrier pair = new CyclicBarrier(3);
        final String[] other = new String[1];
        Thread t = new Thread(() -> {
            try {
                pair.await();
                other[0] = "passed";
            } catch (BrokenBarrierException e) {
                other[0] = "BrokenBarrierException";
            } catch (InterruptedException e) {
                other[0] = "interrupted";
            }
        });
        t.start();
        try {
            pair.await(30, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("main timed out: TimeoutException");
        }
        t.join();
        System.out.println("other party: " + other[0] + ", broken " + pair.isBroken());
        try {
            pair.await();
        } catch (BrokenBarrierException e) {
            System.out.println("await on a broken barrier: BrokenBarrierException");
        }
        pair.reset();
        System.out.println("after reset broken " + pair.isBroken());

        // A barrier action that throws breaks the barrier for everybody.
        final CyclicBarrier bad = new CyclicBarrier(2, () -> {
            throw new IllegalStateException("action failed");
        });
        final String[] seen = new String[1];
        Thread u = new Thread(() -> {
            try {
                bad.await();
                seen[0] = "passed";
            } catch (BrokenBarrierException e) {
                seen[0] = "BrokenBarrierException";
            } catch (InterruptedException e) {
                seen[0] = "interrupted";
            } catch (IllegalStateException e) {
                seen[0] = "ran the action: " + e.getMessage();
            }
        });
        u.start();
        String mine;
        try {
            bad.await();
            mine = "passed";
        } catch (BrokenBarrierException e) {
            mine = "BrokenBarrierException";
        } catch (IllegalStateException e) {
            mine = "ran the action: " + e.getMessage();
        }
        u.join();
        List<String> both = new ArrayList<>();
        both.add(mine);
        both.add(seen[0]);
        Collections.sort(both);
        System.out.println("outcomes: " + both);
        try {
            new CyclicBarrier(0);
        } catch (IllegalArgumentException e) {
            System.out.println("zero parties: IllegalArgumentException");
        }
    }
}
