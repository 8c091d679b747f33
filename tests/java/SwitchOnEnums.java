// Checks switch on enums: all constants, default, fallthrough, switch expressions and enum in another class.
public class SwitchOnEnums {
    enum Color { RED, GREEN, BLUE, YELLOW, BLACK }

    enum Planet { MERCURY, VENUS, EARTH, MARS }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case YELLOW: return "bright";
            case BLUE:
            case GREEN: return "cool";
            default: return "dark";
        }
    }

    static int weight(Planet p) {
        return switch (p) {
            case MERCURY -> 38;
            case VENUS -> 91;
            case EARTH -> 100;
            case MARS -> 38 + 0;
        };
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + describe(c) + " " + c.ordinal());
        int sum = 0;
        for (Planet p : Planet.values()) sum += weight(p) * (p.ordinal() + 1);
        System.out.println(sum);
        Color c = Color.valueOf("BLUE");
        switch (c) {
            case BLUE:
                System.out.println("blue case");
            case BLACK:
                System.out.println("fell into black");
                break;
            default:
                System.out.println("not reached");
        }
        try {
            Color n = null;
            System.out.println(describe(n));
        } catch (NullPointerException e) {
            System.out.println("null enum switch: " + e.getClass().getName());
        }
        Planet p = Planet.MARS;
        String s;
        switch (p) {
            case EARTH: s = "home"; break;
            default: s = "away";
        }
        System.out.println(s);
    }
}
