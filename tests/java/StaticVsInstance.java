// Checks static vs instance fields and methods: counters shared across instances, static methods not overridden.
public class StaticVsInstance {
    static int staticCounter;
    int instanceCounter;
    static long total = 100;

    static class Parent {
        static String who() { return "Parent.who"; }

        String me() { return "Parent.me"; }

        String callWho() { return who() + "/" + me(); }
    }

    static class Child extends Parent {
        static String who() { return "Child.who"; }

        @Override
        String me() { return "Child.me"; }
    }

    void bump() {
        staticCounter++;
        instanceCounter++;
        total += instanceCounter;
    }

    static StaticVsInstance make() { return new StaticVsInstance(); }

    public static void main(String[] args) {
        StaticVsInstance a = new StaticVsInstance();
        StaticVsInstance b = make();
        a.bump();
        a.bump();
        b.bump();
        System.out.println(staticCounter + " " + a.instanceCounter + " " + b.instanceCounter + " " + total);
        Parent p = new Child();
        System.out.println(p.callWho() + " " + Parent.who() + " " + Child.who());
        Child c = new Child();
        System.out.println(c.callWho());
        StaticVsInstance[] many = new StaticVsInstance[10];
        for (int i = 0; i < many.length; i++) {
            many[i] = new StaticVsInstance();
            for (int j = 0; j <= i; j++) many[i].bump();
        }
        StringBuilder sb = new StringBuilder();
        for (StaticVsInstance s : many) sb.append(s.instanceCounter).append(' ');
        System.out.println(sb + "| " + staticCounter + " " + total);
    }
}
