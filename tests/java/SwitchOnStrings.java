// Checks switch on strings including hash collisions ("Aa" vs "BB"), empty string, fallthrough and default.
public class SwitchOnStrings {
    static String classify(String s) {
        switch (s) {
            case "Aa": return "Aa-branch";
            case "BB": return "BB-branch";
            case "AaAa": return "AaAa-branch";
            case "BBBB": return "BBBB-branch";
            case "AaBB": return "AaBB-branch";
            case "": return "empty";
            case "hello": return "greeting";
            case "polygenelubricants": return "long";
            default: return "default(" + s + ")";
        }
    }

    static int fall(String s) {
        int r = 0;
        switch (s) {
            case "one": r += 1;
            case "two": r += 2;
            case "three": r += 3; break;
            case "four": r += 4;
            default: r += 100;
        }
        return r;
    }

    static String arrow(String s) {
        return switch (s) {
            case "red", "green", "blue" -> "color";
            case "Ea", "FB" -> "collide";
            default -> s.isEmpty() ? "nothing" : "unknown";
        };
    }

    public static void main(String[] args) {
        System.out.println("Aa".hashCode() + " " + "BB".hashCode() + " " + "AaAa".hashCode() + " " + "BBBB".hashCode()
                + " " + "AaBB".hashCode() + " " + "BBAa".hashCode());
        String[] inputs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello", "polygenelubricants",
                "x", new String("Aa"), "B" + "B".toLowerCase().toUpperCase()};
        for (String s : inputs) System.out.println(s + " -> " + classify(s));
        for (String s : new String[]{"one", "two", "three", "four", "five"}) System.out.print(fall(s) + " ");
        System.out.println();
        for (String s : new String[]{"red", "blue", "Ea", "FB", "", "magenta", "GREEN"}) System.out.print(arrow(s) + " ");
        System.out.println();
        try {
            String n = null;
            switch (n) {
                case "a": System.out.println("a"); break;
                default: System.out.println("default");
            }
        } catch (NullPointerException e) {
            System.out.println("null switch: " + e.getClass().getName());
        }
    }
}
