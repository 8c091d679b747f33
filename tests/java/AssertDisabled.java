// Checks that assert statements are disabled by default (no -ea): assert false does nothing and side effects in the condition do not run.
public class AssertDisabled {
    static int sideEffects;

    static boolean touch() {
        sideEffects++;
        return false;
    }

    static class Inner {
        static String check() {
            assert false : "inner assert";
            return "inner ok";
        }
    }

    public static void main(String[] args) {
        assert false;
        System.out.println("after assert false");
        assert false : "with message";
        assert touch() : "message " + (sideEffects += 10);
        System.out.println("side effects: " + sideEffects);
        System.out.println(Inner.check());
        System.out.println("desired: " + AssertDisabled.class.desiredAssertionStatus() + " " + Inner.class.desiredAssertionStatus());
        int x = 5;
        for (int i = 0; i < 3; i++) {
            assert x < 0 : x;
            x += i;
        }
        System.out.println("x=" + x);
        try {
            throw new AssertionError("explicit");
        } catch (AssertionError e) {
            System.out.println("explicit AssertionError still works: " + e.getMessage());
        }
        AssertionError withCause = new AssertionError(42);
        System.out.println(withCause.getMessage());
    }
}
