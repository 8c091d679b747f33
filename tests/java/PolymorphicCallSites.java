// Checks megamorphic call sites: one invokevirtual/invokeinterface site seeing many receiver types, with overrides at several depths.
public class PolymorphicCallSites {
    interface Visitor {
        int visit(int x);
    }

    static abstract class Shape {
        abstract int sides();

        int weight() { return sides() * 10; }

        String name() { return getClass().getSimpleName(); }
    }

    static class Tri extends Shape { int sides() { return 3; } }
    static class Quad extends Shape { int sides() { return 4; } }
    static class Pent extends Shape { int sides() { return 5; } int weight() { return 55; } }
    static class Hex extends Shape { int sides() { return 6; } }
    static class Hept extends Shape { int sides() { return 7; } String name() { return "Heptagon"; } }
    static class Oct extends Shape { int sides() { return 8; } }
    static class Square extends Quad { int weight() { return super.weight() + 1; } }
    static class Rhombus extends Quad { String name() { return "Rhombus!"; } }
    static class Tiny extends Square { int sides() { return 40; } }

    static class V1 implements Visitor { public int visit(int x) { return x + 1; } }
    static class V2 implements Visitor { public int visit(int x) { return x * 2; } }
    static class V3 implements Visitor { public int visit(int x) { return x - 3; } }
    static class V4 implements Visitor { public int visit(int x) { return x ^ 0x55; } }
    static class V5 extends V2 { public int visit(int x) { return super.visit(x) + 5; } }

    public static void main(String[] args) {
        Shape[] shapes = {new Tri(), new Quad(), new Pent(), new Hex(), new Hept(), new Oct(), new Square(), new Rhombus(), new Tiny()};
        long total = 0;
        StringBuilder names = new StringBuilder();
        for (int round = 0; round < 2000; round++) {
            for (int i = 0; i < shapes.length; i++) {
                Shape s = shapes[(i * 7 + round) % shapes.length];
                total += s.weight() * (long) (round % 13 + 1);
                if (round == 0) names.append(s.name()).append(':').append(s.sides()).append(' ');
            }
        }
        System.out.println(names);
        System.out.println(total);
        Visitor[] vs = {new V1(), new V2(), new V3(), new V4(), new V5(), x -> x + 100, new Visitor() {
            public int visit(int x) { return -x; }
        }};
        int acc = 7;
        for (int i = 0; i < 100000; i++) {
            acc = vs[i % vs.length].visit(acc) & 0xFFFFF;
        }
        System.out.println(acc);
        Object[] objs = {"str", 42, 3.5, 'c', new StringBuilder("sb"), shapes[0], Boolean.TRUE, 7L};
        StringBuilder sb = new StringBuilder();
        int hashSum = 0;
        for (Object o : objs) {
            if (!(o instanceof Shape)) {
                sb.append(o.toString()).append('|');
                hashSum += o.equals(o) ? 1 : 0;
            }
        }
        System.out.println(sb + " " + hashSum);
        CharSequence[] seqs = {"abc", new StringBuilder("defg"), new StringBuffer("hi")};
        int len = 0;
        for (int i = 0; i < 300; i++) len += seqs[i % 3].length() + seqs[i % 3].charAt(0);
        System.out.println(len);
    }
}
