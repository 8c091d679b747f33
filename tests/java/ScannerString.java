// Checks Scanner over strings and streams: tokens, typed reads, lines and mismatches.
import java.io.InputStream;
import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

public class ScannerString {
    /** A stream that hands out its bytes a few at a time, as a pipe might. */
    static final class Trickle extends InputStream {
        private final byte[] data;
        private int pos;

        Trickle(String s) {
            data = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 3), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    public static void main(String[] args) {
        Scanner s = new Scanner("5\nabc def\n  7 x\n\n1234 -2000 +5 1x23 3.5 1e3 -.5 true FALSE 12abc\nlast");
        System.out.println(s.nextInt());
        System.out.println(s.hasNext());
        System.out.println("[" + s.nextLine() + "]");
        System.out.println(s.next());
        System.out.println("[" + s.nextLine() + "]");
        System.out.println(s.hasNextInt() + " " + s.nextInt());
        try {
            s.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("mismatch: " + e.getClass().getName());
        }
        System.out.println("[" + s.nextLine() + "]");
        System.out.println("[" + s.nextLine() + "]");
        System.out.println(s.nextInt() + " " + s.nextInt() + " " + s.nextInt());
        System.out.println(s.hasNextInt() + " " + s.hasNextDouble() + " " + s.next());
        System.out.println(s.nextDouble() + " " + s.nextDouble() + " " + s.nextDouble());
        System.out.println(s.nextBoolean() + " " + s.nextBoolean());
        System.out.println(s.hasNextInt() + " " + s.hasNextBoolean() + " " + s.next());
        System.out.println(s.hasNextLine() + " [" + s.nextLine() + "]");
        System.out.println(s.hasNextLine() + " [" + s.nextLine() + "] " + s.hasNextLine() + " " + s.hasNext());
        try {
            s.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("nextLine at end: " + e.getMessage());
        }
        s.close();
        try {
            s.hasNext();
        } catch (IllegalStateException e) {
            System.out.println("closed: " + e.getMessage());
        }

        Scanner csv = new Scanner("a,b,,c").useDelimiter(",");
        StringBuilder sb = new StringBuilder();
        while (csv.hasNext()) {
            sb.append('<').append(csv.next()).append('>');
        }
        System.out.println(sb);
        Scanner v = new Scanner("1 2\r\n3\r4");
        System.out.println(v.nextInt() + "[" + v.nextLine() + "][" + v.nextLine() + "][" + v.nextLine() + "]");
        System.out.println(new Scanner("-0 +0").nextInt() + " " + new Scanner("ff").nextInt(16) + " "
                + new Scanner("12").nextLong() + " " + new Scanner("3.25").nextFloat());
        try {
            new Scanner("3000000000").nextInt();
        } catch (InputMismatchException e) {
            System.out.println(e.getMessage());
        }

        Scanner in = new Scanner(new Trickle("3\n10 20 30\nname: Ada Lovelace\n2.5 4.5\n"));
        int n = in.nextInt();
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += in.nextInt();
        }
        in.nextLine();
        String line = in.nextLine();
        double d = in.nextDouble() + in.nextDouble();
        System.out.println("n=" + n + " sum=" + sum + " line=" + line + " d=" + d + " more=" + in.hasNext());

        Scanner words = new Scanner("the quick  brown\tfox\n\njumps");
        int count = 0;
        while (words.hasNext()) {
            words.next();
            count++;
        }
        System.out.println("words " + count);
        Scanner stdin = new Scanner(System.in);
        System.out.println("stdin has input: " + stdin.hasNext() + " " + stdin.hasNextLine());
    }
}
