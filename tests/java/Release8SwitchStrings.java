// javac: --release 8
// Checks Java 8 class files: switch on strings (hashCode + equals lookupswitch), including colliding hashes, and on enums ($SwitchMap$).
public class Release8SwitchStrings {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    static int code(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "C#": return 3;
            case "": return 4;
            case "longer string": return 5;
            default: return -1;
        }
    }

    static String color(Suit s) {
        switch (s) {
            case HEARTS:
            case DIAMONDS:
                return "red";
            case SPADES:
                return "black";
            default:
                return "black?";
        }
    }

    public static void main(String[] args) {
        String[] in = {"Aa", "BB", "C#", "", "longer string", "AaBB", "bb", "aA"};
        StringBuilder sb = new StringBuilder();
        for (String s : in) sb.append(code(s)).append(' ');
        System.out.println(sb);
        for (Suit s : Suit.values()) System.out.print(s + "=" + color(s) + " ");
        System.out.println();
        int sum = 0;
        for (int i = 0; i < 1000; i++) {
            String k = (i % 3 == 0) ? "Aa" : (i % 3 == 1) ? "BB" : "zz";
            sum += code(k);
        }
        System.out.println(sum);
        try {
            code(null);
        } catch (NullPointerException e) {
            System.out.println("null: " + e.getClass().getName());
        }
    }
}
