// javac: --release 8
// Checks Java 8 class files: default and static interface methods, diamond resolution via X.super.m(), abstract class in between.
public class Release8Interfaces {
    interface Named {
        String name();

        default String greet() { return "Hello " + name(); }

        static Named of(final String n) {
            return new Named() {
                public String name() { return n; }
            };
        }
    }

    interface Loud extends Named {
        default String greet() { return Named.super.greet().toUpperCase() + "!"; }
    }

    interface Polite {
        default String greet() { return "Good day"; }
    }

    static class Both implements Loud, Polite {
        public String name() { return "both"; }

        public String greet() { return Loud.super.greet() + " / " + Polite.super.greet(); }
    }

    static abstract class Partial implements Loud {
        public String name() { return "partial-" + suffix(); }

        abstract String suffix();
    }

    static class Full extends Partial {
        String suffix() { return "full"; }
    }

    public static void main(String[] args) {
        Named[] ns = {Named.of("ann"), new Both(), new Full()};
        for (Named n : ns) System.out.println(n.name() + ": " + n.greet());
        Loud l = new Full();
        System.out.println(l.greet() + " " + (l instanceof Named) + " " + (l instanceof Polite));
    }
}
