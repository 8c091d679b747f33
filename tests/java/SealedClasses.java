// Checks sealed interfaces and classes (PermittedSubclasses attribute) with final, non-sealed and record subclasses, dispatched polymorphically.
public class SealedClasses {
    sealed interface Expr permits Num, Add, Mul, Neg {}

    record Num(int v) implements Expr {}

    record Add(Expr l, Expr r) implements Expr {}

    record Mul(Expr l, Expr r) implements Expr {}

    static final class Neg implements Expr {
        final Expr e;

        Neg(Expr e) { this.e = e; }

        public String toString() { return "Neg(" + e + ")"; }
    }

    static sealed abstract class Vehicle permits Car, Truck, Bike {
        abstract int wheels();
    }

    static final class Car extends Vehicle { int wheels() { return 4; } }

    static final class Truck extends Vehicle { int wheels() { return 18; } }

    static non-sealed class Bike extends Vehicle { int wheels() { return 2; } }

    static class Tandem extends Bike { @Override int wheels() { return super.wheels() + 0; } }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Add a) return eval(a.l()) + eval(a.r());
        if (e instanceof Mul m) return eval(m.l()) * eval(m.r());
        if (e instanceof Neg n) return -eval(n.e);
        throw new IllegalStateException();
    }

    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Num(6), new Num(7)), new Neg(new Add(new Num(1), new Num(2))));
        System.out.println(e);
        System.out.println(eval(e));
        Vehicle[] vs = {new Car(), new Truck(), new Bike(), new Tandem()};
        int total = 0;
        for (Vehicle v : vs) {
            total += v.wheels();
            System.out.print(v.getClass().getSimpleName() + ":" + v.wheels() + " ");
        }
        System.out.println("total " + total);
        System.out.println(Expr.class.isInterface() + " " + (e instanceof Expr) + " " + Vehicle.class.getSuperclass().getName());
    }
}
