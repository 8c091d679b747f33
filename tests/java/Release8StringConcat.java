// javac: --release 8
// Checks Java 8 class files (version 52): string concatenation compiled to StringBuilder chains for every type, null and constants.
public class Release8StringConcat {
    static final String K = "const";

    static class Thing {
        public String toString() { return "Thing!"; }
    }

    public static void main(String[] args) {
        boolean z = false;
        byte b = 127;
        short s = -2;
        char c = 'Z';
        int i = Integer.MIN_VALUE;
        long l = Long.MAX_VALUE;
        float f = 1.0e-3f;
        double d = 123456789.125;
        String n = null;
        Object o = new Thing();
        System.out.println("z=" + z + ",b=" + b + ",s=" + s + ",c=" + c + ",i=" + i + ",l=" + l + ",f=" + f + ",d=" + d + ",n=" + n + ",o=" + o);
        System.out.println(1 + 2 + "3" + 4 + 5 + K + 'x' + (char) 66 + 7L + 0.5f + 0.25 + true + null);
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k + ":" + (k * 1.5) + ";";
        }
        System.out.println(acc);
        String tagged = "a\u0001b" + i + "\u0002" + c;
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < tagged.length(); k++) {
            char ch = tagged.charAt(k);
            out.append(ch < 32 ? "^" + (int) ch : String.valueOf(ch));
        }
        System.out.println(out);
        char[] cs = {'o', 'k'};
        System.out.println("chars " + String.valueOf(cs) + " " + cs.length);
        System.out.println(c + 1 + " " + (char) (c + 1) + " " + c + 1);
        System.out.println(f + d + " " + (f + d) + " " + -0.0 + " " + Float.NaN + " " + 1e21 + " " + 1e-5f);
    }
}
