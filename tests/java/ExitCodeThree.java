// Checks System.exit(3) after printing: exit code 3, finally blocks are not run, later code never runs.
public class ExitCodeThree {
    public static void main(String[] args) {
        System.out.println("start");
        int x = 0;
        for (int i = 0; i < 5; i++) x += i;
        System.out.println("x=" + x);
        try {
            System.out.println("in try");
            if (x == 10) System.exit(3);
            System.out.println("not printed");
        } finally {
            System.out.println("finally must not run");
        }
        System.out.println("after");
    }
}
