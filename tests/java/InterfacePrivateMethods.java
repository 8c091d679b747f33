// Checks private instance and private static interface methods (Java 9+), called from default and static interface methods and lambdas.
public class InterfacePrivateMethods {
    interface Formatter {
        String raw(int v);

        default String format(int v) { return wrap(pad(raw(v), width())); }

        default int width() { return 6; }

        private String wrap(String s) { return "[" + s + "]"; }

        private static String pad(String s, int w) {
            StringBuilder sb = new StringBuilder();
            for (int i = s.length(); i < w; i++) sb.append('.');
            return sb.append(s).toString();
        }

        static String formatAll(Formatter f, int... vs) {
            StringBuilder sb = new StringBuilder();
            for (int v : vs) sb.append(f.format(v)).append(check(v));
            return sb.toString();
        }

        private static char check(int v) { return v < 0 ? '-' : '+'; }
    }

    static class Hex implements Formatter {
        public String raw(int v) { return Integer.toHexString(v); }

        @Override
        public int width() { return 9; }
    }

    public static void main(String[] args) {
        Formatter dec = Integer::toString;
        Formatter bin = v -> Integer.toBinaryString(v & 0xFF);
        System.out.println(Formatter.formatAll(dec, 1, 42, -7, 123456));
        System.out.println(Formatter.formatAll(bin, 1, 42, -7));
        System.out.println(Formatter.formatAll(new Hex(), 255, -1, 4096));
    }
}
