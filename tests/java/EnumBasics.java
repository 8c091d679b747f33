// Checks enums: values, valueOf, ordinal, name, compareTo, equals, toString override, static lookups and valueOf of a missing name.
public class EnumBasics {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN;
        boolean weekend() { return this == SAT || this == SUN; }
    }

    enum Level {
        LOW, MEDIUM, HIGH;

        @Override
        public String toString() { return name().charAt(0) + name().substring(1).toLowerCase(); }
    }

    enum Empty {}

    public static void main(String[] args) {
        for (Day d : Day.values()) {
            System.out.println(d + " " + d.name() + " " + d.ordinal() + " weekend=" + d.weekend() + " cmpWED=" + d.compareTo(Day.WED));
        }
        System.out.println(Day.valueOf("FRI") + " " + (Day.valueOf("FRI") == Day.FRI) + " " + Enum.valueOf(Day.class, "MON").ordinal());
        System.out.println(Day.values().length + " " + (Day.values() != Day.values()) + " " + Empty.values().length);
        for (Level l : Level.values()) System.out.print(l + "/" + l.name() + " ");
        System.out.println();
        System.out.println(Level.valueOf("HIGH") + " " + Level.HIGH.equals(Level.valueOf("HIGH")) + " " + Level.LOW.getDeclaringClass().getName()
                + " " + Day.MON.getClass().getName());
        try {
            Day.valueOf("FUNDAY");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Level.valueOf("Low");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Day.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("null name: " + e.getClass().getName());
        }
        Day[] days = Day.values();
        days[0] = Day.SUN;
        System.out.println(Day.values()[0]);
        int weekdays = 0;
        for (Day d : Day.values()) if (!d.weekend()) weekdays++;
        System.out.println(weekdays + " " + (Day.SUN.hashCode() == Day.SUN.hashCode()) + " " + Day.SUN.equals(Day.SUN) + " " + Day.SUN.equals(Day.SAT));
        Object o = Day.TUE;
        System.out.println((o instanceof Enum) + " " + (o instanceof Comparable) + " " + ((Enum<?>) o).name());
    }
}
