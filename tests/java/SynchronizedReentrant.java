// Checks synchronized methods and blocks in a single thread: re-entrancy, nested monitors, exceptions releasing monitors, static sync.
public class SynchronizedReentrant {
    private int count;
    private static int staticCount;
    private final Object lockA = new Object();
    private final Object lockB = new Object();

    synchronized void inc() { count++; }

    synchronized int recursive(int n) {
        if (n == 0) return count;
        inc();
        return recursive(n - 1);
    }

    static synchronized void staticInc() { staticCount++; }

    static void staticBlock() {
        synchronized (SynchronizedReentrant.class) {
            staticInc();
            synchronized (SynchronizedReentrant.class) {
                staticInc();
            }
        }
    }

    int nested() {
        synchronized (lockA) {
            synchronized (lockB) {
                synchronized (lockA) {
                    synchronized (this) {
                        inc();
                        return count;
                    }
                }
            }
        }
    }

    int throwing(int n) {
        try {
            synchronized (this) {
                inc();
                if (n % 2 == 0) throw new IllegalStateException("even " + n);
                return count;
            }
        } catch (IllegalStateException e) {
            return -count;
        }
    }

    synchronized int syncThrows() {
        count += 100;
        throw new UnsupportedOperationException("from sync method");
    }

    public static void main(String[] args) {
        SynchronizedReentrant s = new SynchronizedReentrant();
        for (int i = 0; i < 10; i++) s.inc();
        System.out.println(s.count);
        System.out.println(s.recursive(50));
        staticBlock();
        staticBlock();
        System.out.println(staticCount);
        System.out.println(s.nested());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) sb.append(s.throwing(i)).append(' ');
        System.out.println(sb);
        try {
            s.syncThrows();
        } catch (UnsupportedOperationException e) {
            System.out.println(e.getMessage() + " count=" + s.count);
        }
        synchronized (s) {
            s.inc();
            synchronized (s) {
                s.inc();
            }
        }
        System.out.println(s.count);
        String str = "lock-on-string";
        int[] arr = new int[1];
        synchronized (str) {
            synchronized (arr) {
                arr[0] = 7;
            }
        }
        System.out.println(arr[0]);
        try {
            Object nul = null;
            synchronized (nul) {
                System.out.println("never");
            }
        } catch (NullPointerException e) {
            System.out.println("sync on null: " + e.getClass().getName());
        }
        long sum = 0;
        for (int i = 0; i < 10000; i++) {
            synchronized (s) {
                sum += i;
            }
        }
        System.out.println(sum);
    }
}
