// Checks less common String.format features: %o %E %B %S %h %g, positional args, space flag, precision on strings, NaN/Infinity, errors.
public class StringFormatExtras {
    public static void main(String[] args) {
        System.out.println(String.format("%o|%o|%E|%B|%S", 8, -1, 6.02e23, true, "upper"));
        System.out.println(String.format("%h|%h", "hi", 42));
        System.out.println(String.format("%g|%.3g|%e|%.0e|%.2e", 123.456, 0.0001234, 0.0, 5e20, 9.999));
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b"));
        System.out.println(String.format("[% d][% d]", 42, -42));
        System.out.println(String.format("[%.3s][%10.2s]", "truncate", "xyz"));
        System.out.println(String.format("[%08.2f][%,.2f][%8.3f][%-8.3f][%5.1f%%]", -3.5, 1234567.891, Math.PI, Math.E, 12.345));
        System.out.println(String.format("%.0f|%.0f|%.1f|%.10f|%.15f", 2.5, 3.5, 0.05, 1.0 / 3, 0.1));
        System.out.println(String.format("%f %f %f %.3f", Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0));
        System.out.println(String.format("%x %x %d %d", (byte) -1, (short) -1, (short) 300, 123456789012L));
        System.out.println(String.format("%s %s %s", new StringBuilder("sb"), Integer.valueOf(5), Boolean.TRUE));
        System.out.println(String.format("[%-5b]", false));
        System.out.println("%d items cost $%.2f".formatted(3, 9.5));
        try {
            String.format("%d", "not a number");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName());
        }
    }
}
