// Checks Thread.join with a time limit on a thread that finishes and on one that does not.
public class ConcJoinTimeout {
    public static void main(String[] args) throws Exception {
        Thread quick = new Thread(() -> {
            int s = 0;
            for (int i = 0; i < 1000; i++) s += i;
            if (s < 0) System.out.println("impossible");
        });
        quick.start();
        quick.join(5000);
        System.out.println("quick alive after join(5000): " + quick.isAlive() + ", state " + quick.getState());

        final Object gate = new Object();
        final boolean[] open = new boolean[1];
        Thread slow = new Thread(() -> {
            synchronized (gate) {
                while (!open[0]) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "slow");
        slow.start();
        slow.join(30);
        System.out.println("slow alive after join(30): " + slow.isAlive());
        slow.join(10, 500000);
        System.out.println("slow alive after join(10, 500000): " + slow.isAlive());
        synchronized (gate) {
            open[0] = true;
            gate.notifyAll();
        }
        slow.join();
        System.out.println("slow alive after join(): " + slow.isAlive() + ", state " + slow.getState());

        Thread never = new Thread(() -> { });
        never.join(10);
        System.out.println("join on a thread never started returns; alive " + never.isAlive());
        try {
            quick.join(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("join(-1): " + e.getMessage());
        }
    }
}
