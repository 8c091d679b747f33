// Checks Scanner's pattern methods: findInLine, findWithinHorizon, skip, hasNext(pattern), tokens.
import java.util.NoSuchElementException;
import java.util.Scanner;
import java.util.regex.Pattern;

public class ScannerPatterns {
    public static void main(String[] args) {
        Scanner s = new Scanner("x=12, y=7\nname: Bob; age 41\n\nend 3 4 5");
        System.out.println("findInLine " + s.findInLine("\\d+") + " then " + s.findInLine("y=(\\d+)") + " then " + s.findInLine("zzz"));
        System.out.println("rest of line [" + s.nextLine() + "]");
        System.out.println("char " + s.findInLine(".").charAt(0) + " word " + s.next());
        System.out.println("within horizon " + s.findWithinHorizon("age \\d+", 0) + " far " + s.findWithinHorizon("end", 3));
        s.skip("\\s*");
        System.out.println("after skip [" + s.nextLine() + "] empty line null: " + (s.findInLine("x") == null));
        System.out.println("hasNext(end) " + s.hasNext("end") + " hasNext(\\d) " + s.hasNext("\\d") + " next(e.d) " + s.next("e.d"));
        try {
            s.skip("[a-z]+");
        } catch (NoSuchElementException e) {
            System.out.println("skip without match: NoSuchElementException");
        }
        System.out.println("tokens " + String.join("|", (Iterable<String>) s.tokens()::iterator));
        Scanner after = new Scanner("7\nnext line");
        int n = after.nextInt();
        after.skip("(\r\n|[\n\r\u2028\u2029\u0085])?");
        System.out.println(n + " then [" + after.nextLine() + "]");
        Scanner chars = new Scanner("abc");
        StringBuilder sb = new StringBuilder();
        String c;
        while ((c = chars.findInLine(".")) != null) {
            sb.append(c.toUpperCase());
        }
        System.out.println(sb);
        Scanner tagged = new Scanner("<a><bb><ccc>");
        StringBuilder tags = new StringBuilder();
        String t;
        while ((t = tagged.findWithinHorizon(Pattern.compile("<(\\w+)>"), 0)) != null) {
            tags.append(t.length()).append(' ');
        }
        System.out.println("tags " + tags);
    }
}
