// Checks HotSpot's helpful NullPointerException messages (JEP 358) for every kind of null dereference: invokes, fields, arrays, unboxing, monitors, throw, switches, lambdas, inner classes.
public class NpeMessages {
    static class Node {
        Node next, left;
        String name;
        int[] data;
        long count;
        RuntimeException failure;
        Node(String name) { this.name = name; }
        String label() { return name; }
    }

    static class Holder {
        static String text;
        static int[] table;
        static Integer boxed;
    }

    interface Shape {
        double area();
        default String describe() { return "shape"; }
    }

    enum Color { RED, GREEN }

    record Point(int x, int y) {}

    class Inner {
        int size() { return title.length(); }
    }

    static Node root;
    static Object lock;
    static boolean yes = true;
    String title;
    Node head;

    static int line;

    static void show(Throwable e) {
        line++;
        System.out.println((line < 10 ? "0" : "") + line + " " + e.getMessage());
    }

    static Node chain(int length) {
        Node first = new Node("n0");
        Node at = first;
        for (int i = 1; i < length; i++) {
            at.next = new Node("n" + i);
            at = at.next;
        }
        return first;
    }

    static Node none() { return null; }
    static String noText() { return null; }
    static Integer noNumber() { return null; }
    static int[] noInts() { return null; }
    static RuntimeException noFailure() { return null; }
    static int one() { return 1; }
    Node headNode() { return head; }
    Shape noShape() { return null; }

    static void parameters(String s, long wide, int[] numbers, Node node, double d, Object[] objects) {
        try { s.length(); } catch (NullPointerException e) { show(e); }
        try { numbers[0] = 1; } catch (NullPointerException e) { show(e); }
        try { node.next.name.length(); } catch (NullPointerException e) { show(e); }
        try { objects[1].hashCode(); } catch (NullPointerException e) { show(e); }
        s = null;
        try { s.isEmpty(); } catch (NullPointerException e) { show(e); }
    }

    /* A store later in the loop does not reach the check: HotSpot still says <parameter1>. */
    static void loop(String s) {
        for (int i = 0; i < 2; i++) {
            if (i == 1) {
                try { s.length(); } catch (NullPointerException e) { show(e); }
            }
            s = null;
        }
    }

    /* A handler starts with no local written: the parameter keeps its name. */
    static void handler(String s) {
        try {
            s = null;
            throw new IllegalStateException();
        } catch (IllegalStateException x) {
            try { s.trim(); } catch (NullPointerException e) { show(e); }
        }
    }

    void instance(String s) {
        try { head.name.length(); } catch (NullPointerException e) { show(e); }
        try { this.head.next.left = null; } catch (NullPointerException e) { show(e); }
        try { headNode().label(); } catch (NullPointerException e) { show(e); }
        try { noShape().area(); } catch (NullPointerException e) { show(e); }
        try { s.length(); } catch (NullPointerException e) { show(e); }
        try { new Inner().size(); } catch (NullPointerException e) { show(e); }
        Runnable r = () -> head.label();
        try { r.run(); } catch (NullPointerException e) { show(e); }
    }

    public static void main(String[] args) {
        String s = null;
        try { s.length(); } catch (NullPointerException e) { show(e); }
        try { root.name = "x"; } catch (NullPointerException e) { show(e); }
        try { Holder.text.length(); } catch (NullPointerException e) { show(e); }
        try { Holder.table[3] = 3; } catch (NullPointerException e) { show(e); }
        try { noText().length(); } catch (NullPointerException e) { show(e); }
        try { none().next.label(); } catch (NullPointerException e) { show(e); }

        Node n = chain(3);
        try { n.next.next.next.name.length(); } catch (NullPointerException e) { show(e); }
        try { n.next.next.next.label(); } catch (NullPointerException e) { show(e); }
        Node deep = chain(9);
        try { deep.next.next.next.next.next.next.next.next.next.name.length(); } catch (NullPointerException e) { show(e); }
        try { deep.next.next.next.next.next.next.left.label(); } catch (NullPointerException e) { show(e); }
        try { n.data[1] = 2; } catch (NullPointerException e) { show(e); }
        try { int x = n.data.length; } catch (NullPointerException e) { show(e); }
        try { n.next.next.next.count = 7L; } catch (NullPointerException e) { show(e); }
        try { n.left.count += 2; } catch (NullPointerException e) { show(e); }
        try { new Node("fresh").left.name = "y"; } catch (NullPointerException e) { show(e); }

        int[] ints = null;
        long[] longs = null;
        float[] floats = null;
        double[] doubles = null;
        byte[] bytes = null;
        boolean[] flags = null;
        char[] chars = null;
        short[] shorts = null;
        String[] strings = null;
        try { int x = ints[0]; } catch (NullPointerException e) { show(e); }
        try { long x = longs[0]; } catch (NullPointerException e) { show(e); }
        try { float x = floats[0]; } catch (NullPointerException e) { show(e); }
        try { double x = doubles[0]; } catch (NullPointerException e) { show(e); }
        try { byte x = bytes[0]; } catch (NullPointerException e) { show(e); }
        try { boolean x = flags[0]; } catch (NullPointerException e) { show(e); }
        try { char x = chars[0]; } catch (NullPointerException e) { show(e); }
        try { short x = shorts[0]; } catch (NullPointerException e) { show(e); }
        try { String x = strings[0]; } catch (NullPointerException e) { show(e); }
        try { ints[0] = 1; } catch (NullPointerException e) { show(e); }
        try { longs[0] = 1; } catch (NullPointerException e) { show(e); }
        try { floats[0] = 1; } catch (NullPointerException e) { show(e); }
        try { doubles[0] = 1; } catch (NullPointerException e) { show(e); }
        try { bytes[0] = 1; } catch (NullPointerException e) { show(e); }
        try { flags[0] = true; } catch (NullPointerException e) { show(e); }
        try { chars[0] = 'c'; } catch (NullPointerException e) { show(e); }
        try { shorts[0] = 1; } catch (NullPointerException e) { show(e); }
        try { strings[0] = "s"; } catch (NullPointerException e) { show(e); }
        try { ints[2] += 5; } catch (NullPointerException e) { show(e); }
        try { int x = strings.length; } catch (NullPointerException e) { show(e); }
        try { for (int v : ints) System.out.println(v); } catch (NullPointerException e) { show(e); }
        try { int x = noInts()[0]; } catch (NullPointerException e) { show(e); }

        int[][] grid = new int[3][];
        String[] names = new String[300];
        int[] where = {2, 1};
        int i = 2;
        try { grid[1][0] = 4; } catch (NullPointerException e) { show(e); }
        try { names[i].length(); } catch (NullPointerException e) { show(e); }
        try { names[i + 1].length(); } catch (NullPointerException e) { show(e); }
        try { names[250].length(); } catch (NullPointerException e) { show(e); }
        try { names[7].length(); } catch (NullPointerException e) { show(e); }
        try { names[one()].length(); } catch (NullPointerException e) { show(e); }
        try { names[where[1]].length(); } catch (NullPointerException e) { show(e); }
        try { names[yes ? 0 : 1].length(); } catch (NullPointerException e) { show(e); }
        Node[][][][] cube = new Node[1][1][1][1];
        try { cube[0][0][0][0].name.length(); } catch (NullPointerException e) { show(e); }
        cube[0][0][0][0] = new Node(null);
        try { cube[0][0][0][0].name.length(); } catch (NullPointerException e) { show(e); }

        try { int x = Holder.boxed; } catch (NullPointerException e) { show(e); }
        try { Long big = null; long x = big + 1; } catch (NullPointerException e) { show(e); }
        try { Boolean b = null; if (b) System.out.println("never"); } catch (NullPointerException e) { show(e); }
        try { Character c = null; char x = c; } catch (NullPointerException e) { show(e); }
        try { Double d = null; double x = d * 2; } catch (NullPointerException e) { show(e); }
        try { int x = noNumber(); } catch (NullPointerException e) { show(e); }
        try { Integer k = null; k++; } catch (NullPointerException e) { show(e); }

        try { synchronized (lock) { System.out.println("never"); } } catch (NullPointerException e) { show(e); }
        try { Object o = null; synchronized (o) { System.out.println("never"); } } catch (NullPointerException e) { show(e); }
        try { RuntimeException r = null; throw r; } catch (NullPointerException e) { show(e); }
        try { throw noFailure(); } catch (NullPointerException e) { show(e); }
        try { throw n.failure; } catch (NullPointerException e) { show(e); }
        try { throw null; } catch (NullPointerException e) { show(e); }

        try {
            switch (s) {
                case "a": System.out.println("a"); break;
                default: System.out.println("other");
            }
        } catch (NullPointerException e) { show(e); }
        try {
            Color c = null;
            switch (c) {
                case RED: System.out.println("red"); break;
                default: System.out.println("other");
            }
        } catch (NullPointerException e) { show(e); }

        String a = null, b = null;
        try { (yes ? a : b).length(); } catch (NullPointerException e) { show(e); }
        try { ((String) (Object) a).length(); } catch (NullPointerException e) { show(e); }
        try { Object o = null; o.hashCode(); } catch (NullPointerException e) { show(e); }
        try { Object o = null; o.equals("x"); } catch (NullPointerException e) { show(e); }
        try { Object o = null; o.toString(); } catch (NullPointerException e) { show(e); }
        try { StringBuilder sb = null; sb.append("x").append(1); } catch (NullPointerException e) { show(e); }
        try { String t = null; t.substring(1, 2); } catch (NullPointerException e) { show(e); }
        try { String t = null; t.indexOf("q", 3); } catch (NullPointerException e) { show(e); }
        try { CharSequence cs = null; cs.charAt(0); } catch (NullPointerException e) { show(e); }
        try { Comparable<String> cmp = null; cmp.compareTo("x"); } catch (NullPointerException e) { show(e); }
        try { Shape sh = null; sh.describe(); } catch (NullPointerException e) { show(e); }
        try { Point p = null; p.x(); } catch (NullPointerException e) { show(e); }
        try { Runnable r = null; r.run(); } catch (NullPointerException e) { show(e); }
        try { Runnable r = () -> { String q = null; q.trim(); }; r.run(); } catch (NullPointerException e) { show(e); }
        try { Runnable r = () -> s.length(); r.run(); } catch (NullPointerException e) { show(e); }
        try { NpeMessages outer = null; outer.new Inner(); } catch (NullPointerException e) { show(e); }
        try { throw new NullPointerException(); } catch (NullPointerException e) { show(e); }
        try { throw new NullPointerException("mine"); } catch (NullPointerException e) { show(e); }

        parameters(null, 1L, null, new Node("p"), 2.0, new Object[2]);
        loop("x");
        handler("y");
        new NpeMessages().instance(null);
    }
}
