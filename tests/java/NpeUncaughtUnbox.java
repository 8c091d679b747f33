// Checks an uncaught NullPointerException unboxing a null array element inside a lambda: exit code 1 and the message naming Integer.intValue() and "NpeUncaughtUnbox.counts[2]".
public class NpeUncaughtUnbox {
    static Integer[] counts = {3, 4, null};

    public static void main(String[] args) {
        Runnable total = () -> {
            int sum = counts[0] + counts[1];
            System.out.println("first two: " + sum);
            sum += counts[2];
            System.out.println("not reached " + sum);
        };
        total.run();
    }
}
