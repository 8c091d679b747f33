// Checks field hiding: fields resolved by static type, super.field, static field hiding, this vs outer field.
public class FieldHiding {
    static class A {
        String name = "A.name";
        static String sname = "A.sname";
        int x = 1;

        String getName() { return name; }

        int getX() { return x; }
    }

    static class B extends A {
        String name = "B.name";
        static String sname = "B.sname";
        int x = 2;

        @Override
        String getName() { return name; }

        String superName() { return super.name + "/" + ((A) this).name + "/" + this.name; }

        int sumX() { return x + super.x; }
    }

    static class C extends B {
        int x = 3;

        int all() { return x * 100 + ((B) this).x * 10 + ((A) this).x; }
    }

    interface HasConst {
        int VALUE = 10;
    }

    static class Impl implements HasConst {
        int VALUE = 20;
    }

    public static void main(String[] args) {
        A ab = new B();
        B b = new B();
        System.out.println(ab.name + " " + b.name + " " + ((A) b).name + " " + ab.getName());
        System.out.println(A.sname + " " + B.sname);
        System.out.println(ab.x + " " + b.x + " " + ab.getX() + " " + b.sumX());
        System.out.println(b.superName());
        C c = new C();
        System.out.println(c.all() + " " + c.x + " " + ((B) c).x + " " + ((A) c).x);
        c.x = 30;
        ((B) c).x = 20;
        ((A) c).x = 10;
        System.out.println(c.all());
        Impl i = new Impl();
        System.out.println(i.VALUE + " " + ((HasConst) i).VALUE + " " + HasConst.VALUE);
    }
}
