// Checks String.format with %d %s %f %.2f %.3e %x %X %c %b %n %% %10d %-10s %05d %+d %,d on many values.
public class StringFormat {
    public static void main(String[] args) {
        System.out.println(String.format("%d|%d|%d|%d|%d", 0, -42, Integer.MAX_VALUE, Long.MIN_VALUE, (byte) -7));
        System.out.println(String.format("%s|%s|%s|%s|%s|%s", "str", null, 12, 1.5, 'c', true));
        System.out.println(String.format("%f|%f|%f|%f|%f", 3.14159, -0.5, 1e10, 0.0, 1.0 / 3));
        System.out.println(String.format("%.2f|%.2f|%.2f|%.2f|%.2f|%.2f", 3.14159, 2.675, -1.005, 1e-9, 0.125, 99.995));
        System.out.println(String.format("%.3e|%.3e|%.3e|%.3e", 12345.6789, 0.000123, -1e-10, 6.02e23));
        System.out.println(String.format("%x|%X|%x|%x|%X|%x", 255, 255, -1, 0xCAFEL, Long.MIN_VALUE, 0));
        System.out.println(String.format("%c|%c|%c", 'A', 98, (int) '9'));
        System.out.println(String.format("%b|%b|%b|%b", true, false, null, "x"));
        System.out.print(String.format("line1%nline2%n"));
        System.out.println(String.format("100%%|%d%%", 50));
        System.out.println(String.format("[%10d][%10d][%10d]", 42, -42, 1234567890));
        System.out.println(String.format("[%-10s][%-10s][%-10s]|", "left", "", "exactly10!"));
        System.out.println(String.format("[%10s][%-10s]|", "right", "left"));
        System.out.println(String.format("[%05d][%05d][%05d]", 7, -7, 123456));
        System.out.println(String.format("[%+d][%+d][%+d]", 42, -42, 0));
        System.out.println(String.format("[%,d][%,d][%,d][%,d]", 1234567, -9876543210L, 999, 1000));
        System.out.println(String.format("%s=%d (%.2f%%) hex=%x", "ratio", 17, 17 * 100.0 / 40, 17));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(String.format("%3d:%-4s|", i * i, "#####".substring(0, i)));
        System.out.println(sb);
        for (double v : new double[]{0.5, 1.5, 2.5, -0.5, 1e-3, 123.456, 1e7}) {
            System.out.println(String.format("%f %.2f %.3e %s", v, v, v, v));
        }
        for (long v : new long[]{0, 1, -1, 255, 65535, 1L << 40}) {
            System.out.println(String.format("%d %x %X %10d %-10d| %05d %+d %,d", v, v, v, v, v, v, v, v));
        }
    }
}
