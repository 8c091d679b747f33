// Checks checkcast and instanceof with classes, interfaces, null, and ClassCastException (class name only).
public class CheckcastInstanceof {
    interface Flyer { String fly(); }
    interface Swimmer { String swim(); }
    static class Bird implements Flyer { public String fly() { return "bird flies"; } }
    static class Duck extends Bird implements Swimmer { public String swim() { return "duck swims"; } }
    static class Fish implements Swimmer { public String swim() { return "fish swims"; } }
    static final class Stone {}

    static String probe(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Flyer ? 'F' : '-');
        sb.append(o instanceof Swimmer ? 'S' : '-');
        sb.append(o instanceof Bird ? 'B' : '-');
        sb.append(o instanceof Duck ? 'D' : '-');
        sb.append(o instanceof Fish ? 'f' : '-');
        sb.append(o instanceof Stone ? 'x' : '-');
        sb.append(o instanceof CharSequence ? 'C' : '-');
        sb.append(o instanceof Comparable ? 'c' : '-');
        sb.append(o instanceof Number ? 'N' : '-');
        sb.append(o instanceof Object ? 'O' : '-');
        return sb.toString();
    }

    static String tryCast(Object o, int kind) {
        try {
            switch (kind) {
                case 0: return ((Flyer) o).fly();
                case 1: return ((Swimmer) o).swim();
                case 2: return ((Duck) o).swim();
                case 3: return "" + ((String) o).length();
                case 4: return "" + ((Integer) o + 1);
                default: return "" + ((Runnable) o);
            }
        } catch (ClassCastException e) {
            return "CCE " + e.getClass().getName();
        } catch (NullPointerException e) {
            return "NPE " + e.getClass().getName();
        }
    }

    public static void main(String[] args) {
        Object[] things = {new Bird(), new Duck(), new Fish(), new Stone(), "str", 42, 3.5, null, new StringBuilder("sb")};
        for (Object o : things) System.out.println(probe(o));
        for (Object o : things) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k <= 5; k++) sb.append(tryCast(o, k)).append(" | ");
            System.out.println(sb);
        }
        Object n = null;
        String s = (String) n;
        Duck d = (Duck) n;
        System.out.println(s + " " + d + " " + (n instanceof String));
        Flyer f = new Duck();
        Swimmer sw = (Swimmer) f;
        System.out.println(sw.swim() + " " + ((Bird) sw).fly());
        Object num = 7L;
        if (num instanceof Long l && l > 5) System.out.println("pattern long " + (l + 1));
        if (!(num instanceof Integer i)) System.out.println("not integer");
        else System.out.println("integer " + i);
    }
}
