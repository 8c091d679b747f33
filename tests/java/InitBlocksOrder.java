// Checks the order of static initialisers, instance initialiser blocks, field initialisers and constructors (this(...) and super(...)).
public class InitBlocksOrder {
    static StringBuilder log = new StringBuilder();

    static String l(String s) {
        log.append(s).append(' ');
        return s;
    }

    static class Base {
        static String s1 = l("Base.s1");

        static { l("Base.static-block"); }

        String f1 = l("Base.f1");

        { l("Base.init-block"); }

        Base() {
            this("default");
            l("Base()");
        }

        Base(String x) {
            l("Base(" + x + ")");
            hook();
        }

        void hook() { l("Base.hook"); }

        static String s2 = l("Base.s2");
    }

    static class Derived extends Base {
        static { l("Derived.static-block"); }

        String f2 = l("Derived.f2");
        int n = 5;

        { l("Derived.init-block n=" + n); }

        Derived() {
            super("from-derived");
            l("Derived()");
        }

        Derived(int k) {
            this();
            l("Derived(" + k + ")");
        }

        Derived(String s) {
            l("Derived(String " + s + ")");
        }

        @Override
        void hook() { l("Derived.hook f2=" + f2 + " n=" + n); }
    }

    public static void main(String[] args) {
        l("main-start");
        new Derived();
        System.out.println(log);
        log.setLength(0);
        new Derived(7);
        System.out.println(log);
        log.setLength(0);
        new Derived("s");
        System.out.println(log);
        log.setLength(0);
        new Base();
        System.out.println(log);
    }
}
