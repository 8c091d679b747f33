// Checks conditional expressions with mixed boxing: result type rules (int vs Integer vs Long/Double), and NPE when unboxing null.
public class TernaryBoxing {
    static boolean t(boolean b) { return b; }

    public static void main(String[] args) {
        Integer boxed = 5;
        Integer nul = null;
        Object r1 = t(true) ? boxed : 2.5;
        System.out.println(r1 + " " + r1.getClass().getSimpleName());
        Object r2 = t(true) ? (Object) boxed : 2.5;
        System.out.println(r2 + " " + r2.getClass().getSimpleName());
        Object r3 = t(false) ? 1 : 'a';
        System.out.println(r3 + " " + r3.getClass().getSimpleName());
        Object r4 = t(false) ? (Integer) 1 : (Character) 'a';
        System.out.println(r4 + " " + r4.getClass().getSimpleName());
        Object r5 = t(true) ? 1L : 2;
        System.out.println(r5 + " " + r5.getClass().getSimpleName());
        Object r6 = t(true) ? (short) 3 : (byte) 4;
        System.out.println(r6 + " " + r6.getClass().getSimpleName());
        Object r7 = t(true) ? nul : "str";
        System.out.println(r7);
        Integer r8 = t(true) ? nul : boxed;
        System.out.println(r8);
        long l = t(false) ? boxed : 7L;
        System.out.println(l);
        String[] outcomes = new String[4];
        for (int k = 0; k < 4; k++) {
            try {
                switch (k) {
                    case 0: { int v = t(true) ? nul : 0; outcomes[k] = "v=" + v; break; }
                    case 1: { Object o = t(true) ? nul : 1.0; outcomes[k] = "o=" + o; break; }
                    case 2: { Integer i = t(true) ? nul : Integer.valueOf(0); outcomes[k] = "i=" + i; break; }
                    default: { double dd = t(false) ? 1.0 : nul; outcomes[k] = "dd=" + dd; break; }
                }
            } catch (NullPointerException e) {
                outcomes[k] = "NPE(" + e.getClass().getName() + ")";
            }
        }
        for (String s : outcomes) System.out.println(s);
        char c = t(true) ? 'x' : 0;
        int ci = t(true) ? 'x' : 100000;
        System.out.println(c + " " + ci);
        int nested = t(true) ? t(false) ? 1 : 2 : 3;
        System.out.println(nested);
    }
}
