// Checks records: toString, equals, hashCode, accessors, compact constructors with validation, static members, records implementing interfaces.
public class RecordBasics {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000) throw new IllegalArgumentException("x too small: " + x);
        }

        Point scale(int k) { return new Point(x * k, y * k); }

        static Point of(int v) { return new Point(v, v); }
    }

    interface Shape {
        double area();

        default String kind() { return getClass().getSimpleName(); }
    }

    record Circle(double r) implements Shape {
        public double area() { return 3.0 * r * r; }
    }

    record Rect(double w, double h) implements Shape {
        Rect(double side) { this(side, side); }

        public double area() { return w * h; }

        @Override
        public String kind() { return w == h ? "Square" : "Rect"; }
    }

    record Named(String name, int[] data, Object extra) {}

    record Range(int lo, int hi) {
        Range {
            if (lo > hi) {
                int t = lo;
                lo = hi;
                hi = t;
            }
        }

        int length() { return hi - lo; }

        @Override
        public int lo() { return lo * 1; }
    }

    record Money(long cents, String currency) {
        @Override
        public String toString() { return currency + " " + (cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + (cents % 100); }
    }

    record Empty() {}

    record AllTypes(boolean z, byte b, char c, short s, int i, long l, float f, double d, String str) {}

    public static void main(String[] args) {
        Point p = new Point(3, 4), q = new Point(3, 4), r = new Point(4, 3);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.equals(q) + " " + (p == q) + " " + p.equals(r) + " " + p.equals(null));
        System.out.println(p.hashCode() + " " + q.hashCode() + " " + r.hashCode() + " " + (p.hashCode() == q.hashCode()));
        System.out.println(Point.ORIGIN + " " + p.scale(3) + " " + Point.of(7));
        try {
            new Point(-2000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("compact ctor: " + e.getMessage());
        }
        Shape[] shapes = {new Circle(1.5), new Rect(2, 3), new Rect(4)};
        for (Shape s : shapes) System.out.println(s + " area=" + s.area() + " kind=" + s.kind());
        Range rg = new Range(10, 2);
        System.out.println(rg + " " + rg.length() + " " + rg.lo() + " " + rg.equals(new Range(2, 10)));
        System.out.println(new Money(12345, "EUR") + " " + new Money(7, "USD") + " " + new Money(7, "USD").equals(new Money(7, "USD")));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Named n1 = new Named("n", null, null);
        Named n2 = new Named("n", null, null);
        System.out.println(n1 + " " + n1.equals(n2) + " " + (n1.hashCode() == n2.hashCode()) + " " + n1.hashCode());
        int[] shared = {1};
        System.out.println(new Named("a", shared, 1).equals(new Named("a", shared, 1)) + " "
                + new Named("a", new int[]{1}, 1).equals(new Named("a", new int[]{1}, 1)));
        AllTypes all = new AllTypes(true, (byte) -1, 'c', (short) 2, 3, 4L, 5.5f, -0.0, null);
        AllTypes all2 = new AllTypes(true, (byte) -1, 'c', (short) 2, 3, 4L, 5.5f, -0.0, null);
        System.out.println(all + " " + all.equals(all2) + " " + all.hashCode());
        AllTypes nanRec = new AllTypes(false, (byte) 0, 'x', (short) 0, 0, 0L, Float.NaN, Double.NaN, "s");
        System.out.println(nanRec.equals(new AllTypes(false, (byte) 0, 'x', (short) 0, 0, 0L, Float.NaN, Double.NaN, "s")) + " "
                + new AllTypes(false, (byte) 0, 'x', (short) 0, 0, 0L, 0f, 0.0, "s").equals(
                        new AllTypes(false, (byte) 0, 'x', (short) 0, 0, 0L, -0f, 0.0, "s")) + " " + nanRec.hashCode());
        System.out.println(p.getClass().getSimpleName() + " " + p.getClass().getSuperclass().getName() + " " + (p instanceof Record));
    }
}
