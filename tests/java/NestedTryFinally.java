// Checks nested try/catch/finally ordering with exceptions thrown from catch and finally blocks at several levels.
public class NestedTryFinally {
    static StringBuilder trace = new StringBuilder();

    static void t(String s) { trace.append(s).append(' '); }

    static void scenario(int mode) {
        try {
            t("A");
            try {
                t("B");
                try {
                    t("C");
                    if (mode == 1) throw new IllegalStateException("m1");
                    if (mode == 2) throw new IllegalArgumentException("m2");
                    if (mode == 3) throw new UnsupportedOperationException("m3");
                    t("C-end");
                } catch (IllegalStateException e) {
                    t("catchISE");
                    if (mode == 1) throw new ArithmeticException("from-catch");
                } finally {
                    t("fin3");
                }
                t("B-end");
            } catch (ArithmeticException e) {
                t("catchAE:" + e.getMessage());
            } catch (IllegalArgumentException e) {
                t("catchIAE");
                throw new RuntimeException("rethrown-" + e.getMessage());
            } finally {
                t("fin2");
            }
            t("A-end");
        } catch (RuntimeException e) {
            t("outerCatch:" + e.getMessage());
        } finally {
            t("fin1");
        }
    }

    static int depth(int n) {
        try {
            if (n == 0) throw new RuntimeException("bottom");
            return depth(n - 1) + 1;
        } finally {
            t("f" + n);
        }
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 3; m++) {
            trace.setLength(0);
            scenario(m);
            System.out.println(m + ": " + trace);
        }
        trace.setLength(0);
        try {
            depth(5);
        } catch (RuntimeException e) {
            t("caught " + e.getMessage());
        }
        System.out.println(trace);
        trace.setLength(0);
        int i = 0;
        while (true) {
            try {
                try {
                    i++;
                    if (i > 3) break;
                } finally {
                    t("in" + i);
                }
            } finally {
                t("out" + i);
            }
        }
        System.out.println(trace);
    }
}
