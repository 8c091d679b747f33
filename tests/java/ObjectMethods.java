// Checks Object methods: overridden equals/hashCode/toString, getClass().getName()/getSimpleName() for nested, inner, local, array classes.
public class ObjectMethods {
    static class Point {
        final int x, y;

        Point(int x, int y) { this.x = x; this.y = y; }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }

        @Override
        public int hashCode() { return 31 * x + y; }

        @Override
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class ColorPoint extends Point {
        final String color;

        ColorPoint(int x, int y, String c) { super(x, y); color = c; }

        @Override
        public String toString() { return color + super.toString(); }
    }

    class Inner {}

    static class Plain {}

    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        System.out.println(a.equals(b) + " " + (a == b) + " " + a.equals(c) + " " + a.equals(null) + " " + a.equals("(1,2)"));
        System.out.println(a.hashCode() + " " + b.hashCode() + " " + c.hashCode() + " " + a + " " + c.toString());
        ColorPoint cp = new ColorPoint(1, 2, "red");
        System.out.println(cp + " " + cp.equals(a) + " " + a.equals(cp) + " " + cp.hashCode());
        Object o = cp;
        System.out.println(o.getClass().getName() + " " + o.getClass().getSimpleName() + " " + (o.getClass() == ColorPoint.class)
                + " " + (o.getClass() == Point.class) + " " + o.getClass().getSuperclass().getSimpleName());
        ObjectMethods outer = new ObjectMethods();
        Inner in = outer.new Inner();
        class Local {}
        Runnable anon = new Runnable() { public void run() {} };
        Object[] objs = {in, new Local(), anon, new Plain(), new int[0], new Point[0][0], new Inner[1], "s", 1, 'c', new Local[0]};
        for (Object x : objs) System.out.println(x.getClass().getName() + " [" + x.getClass().getSimpleName() + "]");
        Plain p1 = new Plain(), p2 = new Plain();
        System.out.println(p1.equals(p1) + " " + p1.equals(p2) + " " + (p1.hashCode() == p1.hashCode()));
        String ts = p1.toString();
        System.out.println(ts.startsWith("ObjectMethods$Plain@") + " " + ts.substring(ts.indexOf('@') + 1).equals(Integer.toHexString(p1.hashCode())));
        Object obj = new Object();
        System.out.println(obj.getClass().getName() + " " + obj.equals(obj) + " " + obj.toString().startsWith("java.lang.Object@"));
        System.out.println(System.identityHashCode(a) == System.identityHashCode(a));
        System.out.println(System.identityHashCode(null));
        System.out.println(new String("x").hashCode() == "x".hashCode());
    }
}
