// Checks Math exact arithmetic: addExact/subtractExact/multiplyExact/incrementExact/negateExact/toIntExact overflow -> ArithmeticException.
public class MathExact {
    interface Op {
        long run();
    }

    static void check(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        long lmax = Long.MAX_VALUE, lmin = Long.MIN_VALUE;
        check("addExact(1,2)", () -> Math.addExact(1, 2));
        check("addExact(max,1)", () -> Math.addExact(max, 1));
        check("addExact(min,-1)", () -> Math.addExact(min, -1));
        check("addExact(lmax,1L)", () -> Math.addExact(lmax, 1L));
        check("subtractExact(min,1)", () -> Math.subtractExact(min, 1));
        check("subtractExact(0,min)", () -> Math.subtractExact(0, min));
        check("subtractExact(lmin,1L)", () -> Math.subtractExact(lmin, 1L));
        check("multiplyExact(46341,46341)", () -> Math.multiplyExact(46341, 46341));
        check("multiplyExact(46340,46340)", () -> Math.multiplyExact(46340, 46340));
        check("multiplyExact(lmax,2L)", () -> Math.multiplyExact(lmax, 2L));
        check("multiplyExact(3037000499L,3037000499L)", () -> Math.multiplyExact(3037000499L, 3037000499L));
        check("multiplyExact(min,-1)", () -> Math.multiplyExact(min, -1));
        check("incrementExact(max)", () -> Math.incrementExact(max));
        check("decrementExact(min)", () -> Math.decrementExact(min));
        check("incrementExact(lmax)", () -> Math.incrementExact(lmax));
        check("negateExact(min)", () -> Math.negateExact(min));
        check("negateExact(5)", () -> Math.negateExact(5));
        check("negateExact(lmin)", () -> Math.negateExact(lmin));
        check("toIntExact(1L<<31)", () -> Math.toIntExact(1L << 31));
        check("toIntExact(-5L)", () -> Math.toIntExact(-5L));
        check("floorDiv(1,0)", () -> Math.floorDiv(1, 0));
        check("floorMod(1L,0L)", () -> Math.floorMod(1L, 0L));
        check("absExact(min)", () -> Math.absExact(min));
        check("multiplyHigh", () -> Math.multiplyHigh(lmax, lmax));
        int ok = 0, overflow = 0;
        for (int i = 0; i < 40; i++) {
            try {
                int v = Math.multiplyExact(1 << i % 31, 3);
                ok += v > 0 ? 1 : 0;
            } catch (ArithmeticException e) {
                overflow++;
            }
        }
        System.out.println(ok + " " + overflow);
    }
}
