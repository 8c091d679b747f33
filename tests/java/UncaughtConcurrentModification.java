// Checks an uncaught ConcurrentModificationException from removing inside a for-each loop.
import java.util.ArrayList;
import java.util.List;

public class UncaughtConcurrentModification {
    public static void main(String[] args) {
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            xs.add(i);
        }
        for (Integer x : xs) {
            System.out.println("visit " + x);
            if (x == 3) {
                xs.remove(x);
            }
        }
        System.out.println("not reached");
    }
}
