// Checks overload resolution: widening vs boxing vs varargs, most specific, null argument, char/int/long/Object choices.
public class OverloadResolution {
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(double x) { return "double"; }
    static String f(Integer x) { return "Integer"; }
    static String f(Object x) { return "Object"; }
    static String f(int... x) { return "int..."; }

    static String g(long x) { return "g-long"; }
    static String g(Integer x) { return "g-Integer"; }

    static String h(Object o) { return "h-Object"; }
    static String h(String s) { return "h-String"; }

    static String k(Object... os) { return "k-Object... " + os.length; }
    static String k(String s, Object... os) { return "k-String,Object... " + os.length; }

    static String m(char c) { return "m-char"; }
    static String m(int i) { return "m-int"; }

    static String n(short s) { return "n-short"; }
    static String n(float f) { return "n-float"; }

    static String p(double d) { return "p-double"; }
    static String p(Long l) { return "p-Long"; }

    static String q(Number n) { return "q-Number"; }
    static String q(Comparable<?> c) { return "q-Comparable"; }
    static String q(Integer i) { return "q-Integer"; }

    class Base {
        String who(Base b) { return "Base.who(Base)"; }
        String who(Derived d) { return "Base.who(Derived)"; }
    }

    class Derived extends Base {
        @Override
        String who(Base b) { return "Derived.who(Base)"; }
    }

    void instanceTests() {
        Base b = new Derived();
        Base plain = new Base();
        Derived d = new Derived();
        System.out.println(b.who(b) + " " + b.who(d) + " " + plain.who(b) + " " + d.who((Base) d));
    }

    public static void main(String[] args) {
        byte by = 1;
        short sh = 2;
        char ch = 'c';
        long lo = 4;
        float fl = 5f;
        System.out.println(f(1) + " " + f(by) + " " + f(sh) + " " + f(ch) + " " + f(lo) + " " + f(fl) + " " + f(1.0));
        System.out.println(f(Integer.valueOf(3)) + " " + f("s") + " " + f() + " " + f(1, 2) + " " + f((Object) 5));
        System.out.println(g(5) + " " + g(Integer.valueOf(5)));
        System.out.println(h(null) + " " + h("x") + " " + h((Object) "x") + " " + h(3));
        System.out.println(k() + " | " + k("a") + " | " + k("a", "b") + " | " + k(1, "b") + " | " + k((Object) "a"));
        System.out.println(m('x') + " " + m(120) + " " + m((char) 120) + " " + m('x' + 1));
        System.out.println(n(sh) + " " + n(by) + " " + n(3) + " " + n(3L));
        System.out.println(p(3L) + " " + p(Long.valueOf(3)) + " " + p(3));
        System.out.println(q(Integer.valueOf(1)) + " " + q("str") + " " + q((Number) 1) + " "
                + q((Comparable<String>) "s"));
        new OverloadResolution().instanceTests();
    }
}
