// Checks StringTokenizer: default and custom delimiters, returned delimiters, counting.
import java.util.NoSuchElementException;
import java.util.StringTokenizer;

public class StringTokenizerUse {
    static String all(StringTokenizer st) {
        StringBuilder sb = new StringBuilder();
        while (st.hasMoreTokens()) {
            sb.append('<').append(st.nextToken()).append('>');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println(all(new StringTokenizer("  the quick\tbrown\n\nfox  ")));
        StringTokenizer c = new StringTokenizer("a=1;b=2;;c=3", ";=");
        System.out.println("count " + c.countTokens() + " " + all(c) + " count now " + c.countTokens());
        System.out.println(all(new StringTokenizer("x+y*(z-1)", "+-*()", true)));
        StringTokenizer sw = new StringTokenizer("key:value,other:thing", ":");
        System.out.println(sw.nextToken() + " | " + sw.nextToken(",") + " | " + sw.nextToken(":,") + " | " + sw.nextToken());
        StringTokenizer e = new StringTokenizer("1 2 3");
        int sum = 0;
        while (e.hasMoreElements()) {
            sum += Integer.parseInt((String) e.nextElement());
        }
        System.out.println("sum " + sum);
        StringTokenizer empty = new StringTokenizer("   ");
        System.out.println("empty count " + empty.countTokens() + " has " + empty.hasMoreTokens());
        try {
            empty.nextToken();
        } catch (NoSuchElementException ex) {
            System.out.println("nextToken: " + ex.getClass().getName());
        }
        String csv = "10,20,,30,40";
        StringTokenizer nums = new StringTokenizer(csv, ",", true);
        StringBuilder sb = new StringBuilder();
        while (nums.hasMoreTokens()) {
            String t = nums.nextToken();
            sb.append(t.equals(",") ? "|" : t);
        }
        System.out.println(sb);
    }
}
