// Checks interfaces: default and static methods, diamond default resolution with I.super.m(), private interface methods.
public class InterfaceDefaults {
    interface Greeter {
        String name();

        default String greet() { return "Hello, " + decorate(name()); }

        private String decorate(String s) { return "<" + s + ">"; }

        static Greeter of(String n) { return () -> n; }

        static String util() { return "Greeter.util"; }
    }

    interface Left {
        default String who() { return "Left"; }
    }

    interface Right {
        default String who() { return "Right"; }
    }

    static class Both implements Left, Right {
        @Override
        public String who() { return "Both(" + Left.super.who() + "+" + Right.super.who() + ")"; }
    }

    interface Top {
        default String m() { return "Top"; }
    }

    interface Mid1 extends Top {}

    interface Mid2 extends Top {
        @Override
        default String m() { return "Mid2>" + Top.super.m(); }
    }

    static class Diamond implements Mid1, Mid2 {}

    static class Base {
        public String m() { return "Base-class-wins"; }
    }

    static class ClassWins extends Base implements Mid2 {}

    interface Counter {
        int step();

        default int apply(int times) {
            int r = 0;
            for (int i = 0; i < times; i++) r += step();
            return r;
        }
    }

    static class Person implements Greeter {
        public String name() { return "Ann"; }

        @Override
        public String greet() { return "Hi from " + Greeter.super.greet(); }
    }

    public static void main(String[] args) {
        System.out.println(Greeter.of("Bob").greet());
        System.out.println(new Person().greet());
        System.out.println(Greeter.util());
        System.out.println(new Both().who());
        System.out.println(new Diamond().m());
        System.out.println(new ClassWins().m());
        Counter c = () -> 3;
        System.out.println(c.apply(5));
        Counter anon = new Counter() {
            int n = 0;

            public int step() { return ++n; }
        };
        System.out.println(anon.apply(10) + " " + anon.apply(2));
        Top t = new Diamond();
        System.out.println(t.m() + " " + (t instanceof Mid1) + " " + (t instanceof Mid2));
    }
}
