// Checks class initialisation triggers and order: superclass first, static method/new/static field access, constants not triggering.
public class InitOrder {
    static StringBuilder log = new StringBuilder();

    static void log(String s) { log.append(s).append(' '); }

    static class Super {
        static int superField = init("Super.static");

        static int init(String s) {
            log(s);
            return 1;
        }
    }

    static class Sub extends Super {
        static int subField = init("Sub.static");
        static final int CONSTANT = 42;
        static final String SCONST = "const-string";
        static final Integer BOXED = init2("Sub.BOXED");

        static Integer init2(String s) {
            log(s);
            return 7;
        }

        static void touch() { log("Sub.touch"); }
    }

    static class ViaNew {
        static { log("ViaNew.static"); }

        ViaNew() { log("ViaNew.ctor"); }
    }

    static class ViaStaticMethod {
        static { log("ViaStaticMethod.static"); }

        static int m() { return 5; }
    }

    static class ViaStaticField {
        static int f = 9;

        static { log("ViaStaticField.static f=" + f); }
    }

    static class ViaStaticPut {
        static int g;

        static { log("ViaStaticPut.static g=" + g); }
    }

    static class SuperOnly {
        static int x = Super.init("SuperOnly.static");
    }

    static class SubOfSuperOnly extends SuperOnly {
        static { log("SubOfSuperOnly.static"); }
    }

    static class Counter {
        static int count = 0;
        static final Counter INSTANCE = new Counter();
        static int after = 10;

        Counter() {
            count++;
            log("Counter.ctor count=" + count + " after=" + after);
        }
    }

    static class ArrayOnly {
        static { log("ArrayOnly.static"); }
    }

    static class SelfRef {
        static final SelfRef FIRST = new SelfRef("first");
        static String prefix = "P";
        final String name;

        SelfRef(String n) {
            name = prefix + n;
        }
    }

    public static void main(String[] args) {
        log("main");
        System.out.println(Sub.CONSTANT + " " + Sub.SCONST);
        System.out.println("after constants: " + log);
        log.setLength(0);
        System.out.println(Sub.BOXED);
        System.out.println("after BOXED: " + log);
        log.setLength(0);
        Sub.touch();
        System.out.println("after touch: " + log);
        log.setLength(0);
        new ViaNew();
        new ViaNew();
        System.out.println(ViaStaticMethod.m());
        System.out.println(ViaStaticField.f);
        ViaStaticPut.g = 3;
        System.out.println("triggers: " + log);
        log.setLength(0);
        System.out.println(SubOfSuperOnly.x);
        System.out.println("inherited field: " + log);
        log.setLength(0);
        System.out.println(Counter.count + " " + Counter.after);
        System.out.println("counter: " + log);
        log.setLength(0);
        ArrayOnly[] arr = new ArrayOnly[3];
        System.out.println("array length " + arr.length + " log=[" + log + "]");
        Object cls = ArrayOnly.class;
        System.out.println("class literal log=[" + log + "] " + (cls != null));
        System.out.println(SelfRef.FIRST.name + " " + SelfRef.prefix);
    }
}
