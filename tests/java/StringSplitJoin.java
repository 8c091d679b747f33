// Checks String.split on literals and simple regexes (",", "\\s+", ":", "\\|", limits, trailing empties) and String.join.
public class StringSplitJoin {
    static String show(String[] parts) {
        StringBuilder sb = new StringBuilder();
        sb.append(parts.length).append(':');
        for (String p : parts) sb.append('[').append(p).append(']');
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println(show("a,b,c".split(",")));
        System.out.println(show("a,,b,,".split(",")));
        System.out.println(show(",a,b".split(",")));
        System.out.println(show("a,b,c,d".split(",", 2)));
        System.out.println(show("a,b,,".split(",", -1)));
        System.out.println(show("".split(",")));
        System.out.println(show(",".split(",")));
        System.out.println(show("  leading and   multiple\tspaces\n here ".split("\\s+")));
        System.out.println(show("key:value:extra".split(":")));
        System.out.println(show("root:x:0:0::/root:/bin/bash".split(":")));
        System.out.println(show("a|b|c".split("\\|")));
        System.out.println(show("1.2.3".split("\\.")));
        System.out.println(show("one two  three".split(" ")));
        System.out.println(show("a::b::::c".split("::")));
        System.out.println(show("a b\tc\n\nd".split("\\s+")));
        System.out.println(show("x--y--z".split("--")));
        System.out.println(show("no-separators".split(";")));
        System.out.println(String.join(",", "a", "b", "c") + " " + String.join("", "x", "y") + " " + String.join("-")
                + "|" + String.join(" + ", new String[]{"1", "2"}));
        String csv = "name,age,city\nann,30,paris\nbob,25,rome";
        int total = 0;
        for (String line : csv.split("\n")) {
            String[] f = line.split(",");
            if (f[1].equals("age")) continue;
            total += Integer.parseInt(f[1]);
            System.out.println(f[0].toUpperCase() + " lives in " + f[2]);
        }
        System.out.println("total age " + total);
        String sentence = "the cat sat on the mat with the hat";
        String[] words = sentence.split(" ");
        int the = 0;
        for (String w : words) if (w.equals("the")) the++;
        System.out.println(words.length + " words, 'the' x" + the);
    }
}
