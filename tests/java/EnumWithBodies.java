// Checks enums with constructors, fields, abstract methods per constant (constant bodies), static fields and interfaces.
public class EnumWithBodies {
    interface Describable {
        String describe();
    }

    enum Op implements Describable {
        PLUS("+", 1) {
            int apply(int a, int b) { return a + b; }
        },
        MINUS("-", 1) {
            int apply(int a, int b) { return a - b; }
        },
        TIMES("*", 2) {
            int apply(int a, int b) { return a * b; }

            @Override
            public String describe() { return "multiply! " + super.describe(); }
        },
        DIV("/", 2) {
            int apply(int a, int b) { return a / b; }
        };

        private final String symbol;
        final int precedence;
        static int count;

        Op(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        abstract int apply(int a, int b);

        public String describe() { return name() + "(" + symbol + ", prec " + precedence + ")"; }

        static {
            count = values().length;
        }
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        final double mass, radius;
        static final double G = 6.67300E-11;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double gravity() { return G * mass / (radius * radius); }
    }

    enum Singleton {
        INSTANCE;
        int counter;

        int next() { return ++counter; }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(op.describe() + " 12,4 -> " + op.apply(12, 4) + " class=" + op.getClass().getName()
                    + " declaring=" + op.getDeclaringClass().getSimpleName());
        }
        System.out.println(Op.count + " " + Op.valueOf("TIMES").apply(6, 7));
        try {
            Op.DIV.apply(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("enum div: " + e.getMessage());
        }
        for (Planet p : Planet.values()) System.out.println(p + " g=" + p.gravity());
        Singleton.INSTANCE.next();
        Singleton.INSTANCE.next();
        System.out.println(Singleton.INSTANCE.next() + " " + Singleton.valueOf("INSTANCE").counter);
        Describable d = Op.MINUS;
        System.out.println(d.describe() + " " + (d instanceof Op) + " " + (Op.PLUS.getClass() == Op.class) + " "
                + (Op.PLUS.getDeclaringClass() == Op.class));
        int r = 100;
        for (Op op : Op.values()) r = op.apply(r, 3);
        System.out.println(r);
    }
}
