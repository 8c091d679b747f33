// javac: --release 8
// Checks Java 8 class files: generic bridge methods, covariant returns, generic methods with bounds, raw-type calls through bridges.
public class Release8Generics {
    interface Source<T> {
        T next();
    }

    static class Counter implements Source<Integer> {
        int n;

        public Integer next() { return n++; }
    }

    static abstract class Shape implements Comparable<Shape> {
        abstract double area();

        public int compareTo(Shape o) { return Double.compare(area(), o.area()); }

        Shape copy() { return this; }
    }

    static class Sq extends Shape {
        final double s;

        Sq(double s) { this.s = s; }

        double area() { return s * s; }

        @Override
        Sq copy() { return new Sq(s); }

        public String toString() { return "Sq" + s; }
    }

    static <T extends Comparable<? super T>> T maxOf(T[] xs) {
        T best = xs[0];
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    static class Pair<A, B> {
        final A a;
        final B b;

        Pair(A a, B b) {
            this.a = a;
            this.b = b;
        }

        <C> Pair<A, C> withSecond(C c) { return new Pair<A, C>(a, c); }

        public String toString() { return "<" + a + "," + b + ">"; }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        Source<Integer> src = new Counter();
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += src.next();
        System.out.println(sum);
        Source raw = src;
        System.out.println(raw.next());
        Shape[] shapes = {new Sq(2), new Sq(5), new Sq(3)};
        System.out.println(maxOf(shapes) + " " + maxOf(new String[]{"pear", "apple", "zoo"}) + " " + maxOf(new Integer[]{3, 9, -1}));
        Shape s = shapes[1];
        Shape c = s.copy();
        System.out.println(c + " " + (c != s) + " " + c.getClass().getSimpleName());
        Comparable rc = shapes[0];
        System.out.println(rc.compareTo(shapes[2]));
        try {
            rc.compareTo("not a shape");
        } catch (ClassCastException e) {
            System.out.println("bridge: " + e.getClass().getName());
        }
        Pair<String, Integer> p = new Pair<String, Integer>("k", 1);
        System.out.println(p + " " + p.withSecond(2.5) + " " + p.withSecond(p));
    }
}
