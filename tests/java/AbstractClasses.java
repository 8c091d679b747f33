// Checks abstract classes: template methods, abstract methods implemented at different levels, interface via abstract class.
public class AbstractClasses {
    interface Shape {
        double area();

        String name();
    }

    static abstract class AbstractShape implements Shape {
        private static int count;
        protected final int id;

        AbstractShape() { id = ++count; }

        public String name() { return getClass().getSimpleName() + "#" + id; }

        public final String report() { return name() + " area=" + area() + " perim=" + perimeter(); }

        abstract double perimeter();
    }

    static class Rect extends AbstractShape {
        final double w, h;

        Rect(double w, double h) { this.w = w; this.h = h; }

        public double area() { return w * h; }

        double perimeter() { return 2 * (w + h); }
    }

    static class Square extends Rect {
        Square(double s) { super(s, s); }

        @Override
        public String name() { return "Square(" + super.name() + ")"; }
    }

    static abstract class Round extends AbstractShape {
        abstract double radius();

        public double area() { return 3 * radius() * radius(); }

        double perimeter() { return 6 * radius(); }
    }

    static class Circle extends Round {
        double radius() { return 2.5; }
    }

    static abstract class Node {
        abstract int eval();

        static Node num(int n) {
            return new Node() {
                int eval() { return n; }

                public String toString() { return Integer.toString(n); }
            };
        }

        static Node add(Node a, Node b) {
            return new Node() {
                int eval() { return a.eval() + b.eval(); }

                public String toString() { return "(" + a + "+" + b + ")"; }
            };
        }

        static Node mul(Node a, Node b) {
            return new Node() {
                int eval() { return a.eval() * b.eval(); }

                public String toString() { return a + "*" + b; }
            };
        }
    }

    public static void main(String[] args) {
        AbstractShape[] shapes = {new Rect(2, 3), new Square(4), new Circle(), new Rect(0.5, 0.25)};
        for (AbstractShape s : shapes) System.out.println(s.report());
        Shape s = shapes[2];
        System.out.println(s.name() + " " + s.area());
        Node expr = Node.add(Node.mul(Node.num(3), Node.num(4)), Node.mul(Node.add(Node.num(1), Node.num(2)), Node.num(5)));
        System.out.println(expr + " = " + expr.eval());
    }
}
