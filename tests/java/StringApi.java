// Checks the core String API: length, charAt, substring, indexOf/lastIndexOf, equals(IgnoreCase), compareTo, trim, case, replace, contains.
public class StringApi {
    public static void main(String[] args) {
        String s = "Hello, World! Hello!";
        System.out.println(s.length() + " " + s.charAt(0) + s.charAt(7) + s.charAt(s.length() - 1));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(5, 5) + "|" + s.substring(20));
        System.out.println(s.indexOf('o') + " " + s.indexOf("Hello") + " " + s.indexOf("Hello", 1) + " " + s.indexOf('z')
                + " " + s.lastIndexOf('l') + " " + s.lastIndexOf("Hello") + " " + s.lastIndexOf("Hello", 12) + " "
                + s.indexOf("") + " " + s.lastIndexOf('H', 0) + " " + s.indexOf('o', 5));
        String a = "abc", b = new String("abc"), c = "ABC";
        System.out.println(a.equals(b) + " " + (a == b) + " " + a.equalsIgnoreCase(c) + " " + a.equals(c) + " "
                + a.equals(null) + " " + (a == b.intern()) + " " + a.contentEquals(new StringBuilder("abc")));
        String[] cmp = {"apple", "Apple", "apples", "banana", "", "app", "b"};
        StringBuilder sb = new StringBuilder();
        for (String x : cmp) {
            for (String y : cmp) sb.append(Integer.signum(x.compareTo(y)) + 1);
            sb.append(' ');
        }
        System.out.println(sb);
        System.out.println("apple".compareTo("apricot") + " " + "a".compareTo("abc") + " " + "B".compareToIgnoreCase("a")
                + " " + "Z".compareTo("a"));
        System.out.println("[" + "  padded \t\n".trim() + "] [" + "   ".trim() + "] [" + "x".trim() + "] [" + " a b ".strip() + "]");
        System.out.println("MiXeD 123 case".toUpperCase() + " " + "MiXeD 123 case".toLowerCase());
        System.out.println("banana".replace('a', 'o') + " " + "banana".replace("an", "AN") + " " + "aaaa".replace("aa", "b")
                + " " + "abc".replace("", "-") + " " + "x.y.z".replace(".", "::"));
        System.out.println("haystack".contains("st") + " " + "haystack".contains("ts") + " " + "abc".startsWith("ab") + " "
                + "abc".startsWith("bc", 1) + " " + "abc".endsWith("bc") + " " + "abc".endsWith("") + " " + "".isEmpty()
                + " " + " ".isEmpty() + " " + " ".isBlank());
        char[] arr = "chars".toCharArray();
        arr[0] = 'C';
        System.out.println(new String(arr) + " " + arr.length + " " + new String(arr, 1, 3) + " " + String.valueOf(arr));
        System.out.println("a-b-c".lastIndexOf("-") + " " + "repeat".repeat(3) + " " + "x".repeat(0).length() + " "
                + "abcabc".indexOf("cab") + " " + "Tab\tEnd".indexOf('\t'));
        System.out.println("hello".concat(" there") + " " + "".concat("") + "|" + String.join("/", "a", "b", "c"));
        String t = "The Quick Brown Fox";
        int upper = 0, vowels = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isUpperCase(ch)) upper++;
            if ("aeiouAEIOU".indexOf(ch) >= 0) vowels++;
        }
        System.out.println(upper + " " + vowels);
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            "abc".substring(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("codes: " + ("abc".codePointAt(1) + "abc".hashCode()) + " " + "Mississippi".indexOf("ss", 3) + " "
                + "Mississippi".lastIndexOf("ss", 4) + " " + "  ".length());
    }
}
