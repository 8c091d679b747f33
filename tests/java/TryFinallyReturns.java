// Checks finally semantics: finally overriding a return, return value saved before finally runs, finally after throw/break/continue.
public class TryFinallyReturns {
    static int log;

    @SuppressWarnings("finally")
    static int overrideReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int savedValue() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            log += x;
        }
    }

    static StringBuilder savedRef() {
        StringBuilder sb = new StringBuilder("a");
        try {
            return sb;
        } finally {
            sb.append("-finally");
        }
    }

    @SuppressWarnings("finally")
    static int swallowException() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 99;
        }
    }

    @SuppressWarnings("finally")
    static String replaceException() {
        try {
            try {
                throw new IllegalStateException("first");
            } finally {
                throw new IllegalArgumentException("second");
            }
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ":" + e.getMessage();
        }
    }

    static long longReturn() {
        long v = 5;
        try {
            v *= 3;
            return v;
        } finally {
            v = -1;
        }
    }

    static double doubleReturn(boolean fail) {
        double d = 1.5;
        try {
            if (fail) throw new RuntimeException();
            return d;
        } catch (RuntimeException e) {
            d = 2.5;
            return d;
        } finally {
            d = 100;
            log++;
        }
    }

    static String loopFinally() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                sb.append("body").append(i).append(' ');
            } finally {
                sb.append("fin").append(i).append(' ');
            }
        }
        return sb.toString();
    }

    static int nestedReturn() {
        int r = 0;
        try {
            try {
                r = 1;
                return r;
            } finally {
                r = 2;
                log += 1000;
            }
        } finally {
            r = 3;
            log += 10000;
        }
    }

    public static void main(String[] args) {
        System.out.println(overrideReturn());
        System.out.println(savedValue() + " log=" + log);
        System.out.println(savedRef());
        System.out.println(swallowException());
        System.out.println(replaceException());
        System.out.println(longReturn());
        System.out.println(doubleReturn(false) + " " + doubleReturn(true) + " log=" + log);
        System.out.println(loopFinally());
        System.out.println(nestedReturn() + " log=" + log);
        int count = 0;
        for (int i = 0; i < 100; i++) {
            try {
                if (i % 2 == 0) throw new RuntimeException();
            } catch (RuntimeException e) {
                count += 3;
            } finally {
                count++;
            }
        }
        System.out.println(count);
    }
}
