// Checks an exception escaping the main class's static initialiser: output printed before it, exit code 1, ExceptionInInitializerError on stderr.
public class UncaughtInInitializer {
    static int value = compute();

    static int compute() {
        System.out.println("computing static value");
        int[] arr = new int[3];
        int idx = arr.length;
        return arr[idx];
    }

    public static void main(String[] args) {
        System.out.println("main never runs " + value);
    }
}
