// Checks idiv/irem/ldiv/lrem by zero throw ArithmeticException "/ by zero", and float/double division by zero does not.
public class DivisionByZero {
    static int zi() { return 0; }
    static long zl() { return 0L; }

    static void tryIntDiv(int a) {
        try {
            int r = a / zi();
            System.out.println("no exception " + r);
        } catch (ArithmeticException e) {
            System.out.println("idiv " + a + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        tryIntDiv(5);
        tryIntDiv(0);
        tryIntDiv(Integer.MIN_VALUE);
        try {
            System.out.println(7 % zi());
        } catch (ArithmeticException e) {
            System.out.println("irem: " + e.getMessage());
        }
        try {
            System.out.println(7L / zl());
        } catch (ArithmeticException e) {
            System.out.println("ldiv: " + e.getMessage());
        }
        try {
            System.out.println(7L % zl());
        } catch (ArithmeticException e) {
            System.out.println("lrem: " + e.getMessage());
        }
        try {
            int x = 10;
            x /= zi();
            System.out.println(x);
        } catch (ArithmeticException e) {
            System.out.println("compound: " + e.getMessage());
        }
        try {
            long x = 10;
            x %= zl();
            System.out.println(x);
        } catch (RuntimeException e) {
            System.out.println("compound long: " + e.getMessage() + " " + (e instanceof ArithmeticException));
        }
        double d = 0.0;
        float f = 0.0f;
        System.out.println(1.0 / d);
        System.out.println(-1.0 / d);
        System.out.println(0.0 / d);
        System.out.println(1.0f / f);
        System.out.println(-1.0f / f);
        System.out.println(5.0 % d);
        System.out.println(5.0f % f);
        System.out.println(1.0 / -d);
        int count = 0;
        for (int i = -3; i <= 3; i++) {
            try {
                System.out.print((100 / i) + " ");
            } catch (ArithmeticException e) {
                count++;
                System.out.print("[" + e.getMessage() + "] ");
            }
        }
        System.out.println();
        System.out.println("count " + count);
    }
}
