// Checks an uncaught exception thrown from a nested call wrapping a cause: exit code 1, stderr first line shows the outer exception.
public class UncaughtWithCause {
    static int parse(String s) {
        int r = 0;
        for (char c : s.toCharArray()) {
            if (c < '0' || c > '9') throw new NumberFormatException("bad digit '" + c + "'");
            r = r * 10 + (c - '0');
        }
        return r;
    }

    static int load(String s) {
        try {
            return parse(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot load " + s, e);
        }
    }

    static int outer(String s) { return load(s) * 2; }

    public static void main(String[] args) {
        System.out.println(outer("123"));
        System.out.println(outer("4567"));
        System.out.println(outer("12x4"));
        System.out.println("unreachable");
    }
}
