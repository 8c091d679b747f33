// Checks EnumSet and EnumMap: ordinal order, ranges, complements and map views.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;

public class EnumMapEnumSet {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Planet {
        MERCURY(3.303e+23), VENUS(4.869e+24), EARTH(5.976e+24), MARS(6.421e+23) {
            @Override
            String describe() {
                return "red";
            }
        };

        final double mass;

        Planet(double mass) {
            this.mass = mass;
        }

        String describe() {
            return "plain";
        }
    }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + weekdays + " " + EnumSet.allOf(Day.class) + " " + EnumSet.noneOf(Day.class));
        System.out.println(EnumSet.range(Day.TUE, Day.FRI) + " contains " + weekdays.contains(Day.WED) + " " + weekdays.contains(Day.SUN));
        EnumSet<Day> custom = EnumSet.copyOf(Arrays.asList(Day.FRI, Day.MON, Day.FRI));
        custom.add(Day.WED);
        custom.remove(Day.MON);
        System.out.println("custom " + custom + " size " + custom.size());
        custom.addAll(weekend);
        custom.retainAll(EnumSet.of(Day.WED, Day.SUN, Day.TUE));
        System.out.println("after algebra " + custom + " equals " + custom.equals(EnumSet.of(Day.SUN, Day.WED)));
        Iterator<Day> it = weekdays.iterator();
        while (it.hasNext()) {
            if (it.next().ordinal() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("odd weekdays " + weekdays + " clone " + weekdays.clone());
        EnumSet<Planet> planets = EnumSet.allOf(Planet.class);
        System.out.println("planets " + planets + " with body " + planets.contains(Planet.MARS) + " " + Planet.MARS.describe());

        EnumMap<Day, String> plan = new EnumMap<>(Day.class);
        plan.put(Day.FRI, "party");
        plan.put(Day.MON, "work");
        plan.put(Day.WED, null);
        plan.put(Day.SUN, "rest");
        System.out.println(plan + " size " + plan.size() + " containsKey(WED) " + plan.containsKey(Day.WED)
                + " get(TUE) " + plan.get(Day.TUE) + " containsValue(null) " + plan.containsValue(null));
        System.out.println("keys " + plan.keySet() + " values " + plan.values());
        for (Map.Entry<Day, String> e : plan.entrySet()) {
            if (e.getValue() == null) {
                e.setValue("gym");
            }
        }
        plan.remove(Day.MON);
        plan.merge(Day.FRI, "!", String::concat);
        System.out.println("updated " + plan);
        EnumMap<Day, Integer> counts = new EnumMap<>(Day.class);
        for (Day d : new ArrayList<>(Arrays.asList(Day.TUE, Day.SUN, Day.TUE, Day.MON, Day.SUN, Day.TUE))) {
            counts.merge(d, 1, Integer::sum);
        }
        System.out.println("counts " + counts + " copy " + new EnumMap<>(counts) + " equals "
                + counts.equals(new java.util.HashMap<>(counts)));
        EnumMap<Planet, Double> gravity = new EnumMap<>(Planet.class);
        for (Planet p : Planet.values()) {
            gravity.put(p, Math.round(p.mass / 1e22) / 100.0);
        }
        System.out.println("gravity " + gravity);
        Iterator<Map.Entry<Planet, Double>> pi = gravity.entrySet().iterator();
        pi.next();
        pi.remove();
        System.out.println("without first " + gravity.keySet());
    }
}
