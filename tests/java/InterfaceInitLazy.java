// Checks interfaces initialise lazily: implementing class init does not init the interface; field access and default methods do.
public class InterfaceInitLazy {
    static StringBuilder log = new StringBuilder();

    static int mark(String s) {
        log.append(s).append(' ');
        return s.length();
    }

    interface Plain {
        int FIELD = mark("Plain.FIELD");
        int CONST = 100;

        void m();
    }

    static class ImplPlain implements Plain {
        static { mark("ImplPlain.static"); }

        public void m() { mark("ImplPlain.m"); }
    }

    interface WithDefault {
        int DFIELD = mark("WithDefault.DFIELD");

        default void d() { mark("WithDefault.d"); }
    }

    static class ImplDefault implements WithDefault {
        static { mark("ImplDefault.static"); }
    }

    interface Parent {
        int PFIELD = mark("Parent.PFIELD");
    }

    interface Child extends Parent {
        int CFIELD = mark("Child.CFIELD");
    }

    interface Statics {
        int SFIELD = mark("Statics.SFIELD");

        static int call() { return mark("Statics.call"); }
    }

    public static void main(String[] args) {
        System.out.println(Plain.CONST);
        System.out.println("1: [" + log + "]");
        ImplPlain p = new ImplPlain();
        p.m();
        System.out.println("2: [" + log + "]");
        System.out.println(Plain.FIELD);
        System.out.println("3: [" + log + "]");
        log.setLength(0);
        new ImplDefault();
        System.out.println("4: [" + log + "]");
        new ImplDefault().d();
        System.out.println("5: [" + log + "]");
        log.setLength(0);
        System.out.println(Child.CFIELD);
        System.out.println("6: [" + log + "]");
        System.out.println(Child.PFIELD);
        System.out.println("7: [" + log + "]");
        log.setLength(0);
        System.out.println(Statics.call());
        System.out.println("8: [" + log + "]");
    }
}
