// Checks exceptions thrown deep in a call chain and caught several frames up, with state unwound correctly.
public class ExceptionsAcrossFrames {
    static int depthReached;

    static int level(int n, int failAt) {
        depthReached = n;
        if (n == failAt) throw new IllegalArgumentException("fail at " + n);
        int local = n * 10;
        int r = level(n + 1, failAt);
        return local + r;
    }

    static int safe(int failAt) {
        try {
            return level(0, failAt);
        } catch (IllegalArgumentException e) {
            return -depthReached * 1000 - e.getMessage().length();
        }
    }

    static void thrower(String kind) throws Exception {
        switch (kind) {
            case "iae": throw new IllegalArgumentException("iae-msg");
            case "ise": throw new IllegalStateException("ise-msg");
            case "npe": throw new NullPointerException("npe-msg");
            case "aioobe": throw new ArrayIndexOutOfBoundsException("aioobe-msg");
            case "checked": throw new Exception("checked-msg");
            case "error": throw new AssertionError("assertion-msg");
            default: System.out.println("no throw for " + kind);
        }
    }

    static String middle(String kind) throws Exception {
        try {
            thrower(kind);
            return "normal";
        } catch (IllegalStateException e) {
            return "middle caught ISE " + e.getMessage();
        }
    }

    static String top(String kind) {
        try {
            return middle(kind);
        } catch (IndexOutOfBoundsException e) {
            return "top caught IOOBE(" + e.getClass().getName() + ") " + e.getMessage();
        } catch (RuntimeException e) {
            return "top caught RTE(" + e.getClass().getName() + ") " + e.getMessage();
        } catch (Exception e) {
            return "top caught Exception(" + e.getClass().getName() + ") " + e.getMessage();
        } catch (Throwable t) {
            return "top caught Throwable(" + t.getClass().getName() + ") " + t.getMessage();
        }
    }

    public static void main(String[] args) {
        for (int f = 0; f < 6; f++) System.out.print(safe(f) + " ");
        System.out.println();
        for (String k : new String[]{"iae", "ise", "npe", "aioobe", "checked", "error", "none"}) {
            System.out.println(top(k));
        }
        int caught = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                if (i % 3 == 0) throw new RuntimeException("r" + i);
                caught -= 1;
            } catch (RuntimeException e) {
                caught += e.getMessage().length();
            }
        }
        System.out.println(caught);
        try {
            Object o = "str";
            Integer bad = (Integer) o;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println(e.getClass().getName());
        }
        try {
            int[] arr = new int[2];
            arr[level2(arr)] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }

    static int level2(int[] a) { return a.length + 1; }
}
