// javac: --release 8
// Checks Java 8 class files: static init order, instance init blocks, multianewarray, array defaults, enum switch, class literals.
public class Release8InitAndArrays {
    static StringBuilder log = new StringBuilder();

    static class A {
        static { log.append("A.clinit "); }

        { log.append("A.init "); }

        A() { log.append("A() "); }
    }

    static class B extends A {
        static final int CONST = 5;
        static int nonConst = 6;

        static { log.append("B.clinit "); }

        { log.append("B.init "); }

        B() {
            super();
            log.append("B() ");
        }
    }

    enum Mode { FAST, SLOW, OFF }

    static int cost(Mode m) {
        switch (m) {
            case FAST: return 1;
            case SLOW: return 10;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        System.out.println(B.CONST + " [" + log + "]");
        System.out.println(B.nonConst + " [" + log + "]");
        new B();
        System.out.println(log);
        int[][][] cube = new int[3][4][5];
        cube[2][3][4] = 9;
        long[][] jag = new long[2][];
        jag[1] = new long[]{1, 2, 3};
        System.out.println(cube.length + " " + cube[0].length + " " + cube[0][0].length + " " + cube[2][3][4] + " " + (jag[0] == null) + " " + jag[1][2]);
        System.out.println((new boolean[1])[0] + " " + (new double[1])[0] + " " + (new String[2])[1] + " " + (int) (new char[1])[0] + " " + (new float[3])[2]);
        int total = 0;
        for (Mode m : Mode.values()) total += cost(m) * (m.ordinal() + 1);
        System.out.println(total);
        System.out.println(int[].class.getName() + " " + String[][].class.getName() + " " + B.class.getName() + " " + Mode.class.getSuperclass().getName());
    }
}
