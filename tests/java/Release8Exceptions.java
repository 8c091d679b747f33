// javac: --release 8
// Checks Java 8 class files: try-with-resources with suppressed exceptions, multi-catch, finally with returns, nested handlers.
public class Release8Exceptions {
    static StringBuilder log = new StringBuilder();

    static class R implements AutoCloseable {
        final String n;
        final boolean fail;

        R(String n, boolean fail) {
            this.n = n;
            this.fail = fail;
        }

        public void close() throws Exception {
            log.append("close-").append(n).append(' ');
            if (fail) throw new Exception("close " + n);
        }
    }

    @SuppressWarnings("finally")
    static int finallyWins() {
        try {
            throw new RuntimeException("x");
        } finally {
            return 7;
        }
    }

    static int saved() {
        int v = 1;
        try {
            return v;
        } finally {
            v = 2;
        }
    }

    static String multi(int k) {
        try {
            if (k == 0) throw new IllegalArgumentException("iae");
            if (k == 1) throw new ArithmeticException("ae");
            if (k == 2) throw new ArrayIndexOutOfBoundsException("aioobe");
            return "none";
        } catch (IllegalArgumentException | ArithmeticException e) {
            return "multi:" + e.getMessage();
        } catch (RuntimeException e) {
            return "rte:" + e.getMessage();
        }
    }

    public static void main(String[] args) {
        try (R a = new R("a", true); R b = new R("b", true)) {
            log.append("body ");
            throw new IllegalStateException("body failed");
        } catch (Exception e) {
            log.append("caught ").append(e.getMessage()).append(" suppressed=").append(e.getSuppressed().length);
            for (Throwable t : e.getSuppressed()) log.append(" ").append(t.getMessage());
        }
        System.out.println(log);
        log.setLength(0);
        try (R a = new R("only", true)) {
            log.append("ok-body ");
        } catch (Exception e) {
            log.append("close failure: ").append(e.getMessage()).append(" suppressed=").append(e.getSuppressed().length);
        }
        System.out.println(log);
        System.out.println(finallyWins() + " " + saved());
        for (int k = 0; k < 4; k++) System.out.print(multi(k) + " ");
        System.out.println();
        try {
            try {
                throw new Exception("inner");
            } finally {
                System.out.println("inner finally");
            }
        } catch (Exception e) {
            System.out.println("outer caught " + e.getMessage());
        }
        try {
            Object o = "s";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println(e.getClass().getName());
        }
        try {
            int[] arr = new int[2];
            arr[2] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
