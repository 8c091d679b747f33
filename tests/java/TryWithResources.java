// Checks try-with-resources: close order, suppressed exceptions (count and messages), close exceptions, null resources.
public class TryWithResources {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        Res(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            log.append("open:").append(name).append(' ');
        }

        void use(boolean fail) {
            log.append("use:").append(name).append(' ');
            if (fail) throw new IllegalStateException("use failed " + name);
        }

        @Override
        public void close() {
            log.append("close:").append(name).append(' ');
            if (failClose) throw new IllegalArgumentException("close failed " + name);
        }
    }

    static class FailingOpen implements AutoCloseable {
        FailingOpen() { throw new UnsupportedOperationException("cannot open"); }

        public void close() { log.append("never "); }
    }

    static void run(String label, boolean failUse, boolean failClose1, boolean failClose2) {
        log.setLength(0);
        try (Res a = new Res("a", failClose1); Res b = new Res("b", failClose2)) {
            a.use(false);
            b.use(failUse);
            log.append("body-done ");
        } catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage()).append(" suppressed=").append(e.getSuppressed().length);
            for (Throwable s : e.getSuppressed()) log.append(" [").append(s.getMessage()).append(']');
        } finally {
            log.append(" finally");
        }
        System.out.println(label + ": " + log);
    }

    public static void main(String[] args) {
        run("clean", false, false, false);
        run("useFails", true, false, false);
        run("closeFails", false, true, false);
        run("bothClosesFail", false, true, true);
        run("allFail", true, true, true);
        log.setLength(0);
        try (Res a = new Res("x", false); FailingOpen f = new FailingOpen()) {
            log.append("unreached");
        } catch (UnsupportedOperationException e) {
            log.append("open failed: ").append(e.getMessage());
        }
        System.out.println(log);
        log.setLength(0);
        try (Res n = null) {
            log.append("null resource ok ");
        }
        System.out.println(log);
        log.setLength(0);
        Res outer = new Res("outer", false);
        try (outer) {
            outer.use(false);
        }
        System.out.println(log);
        Exception e = new Exception("main");
        e.addSuppressed(new RuntimeException("s1"));
        e.addSuppressed(new Error("s2"));
        System.out.println(e.getSuppressed().length + " " + e.getSuppressed()[1].getMessage());
        try {
            e.addSuppressed(e);
        } catch (IllegalArgumentException ex) {
            System.out.println("self-suppress: " + ex.getClass().getName());
        }
        AutoCloseable lambda = () -> System.out.println("lambda closed");
        try (AutoCloseable c = lambda) {
            System.out.println("in lambda try");
        } catch (Exception ex) {
            System.out.println("unexpected");
        }
    }
}
