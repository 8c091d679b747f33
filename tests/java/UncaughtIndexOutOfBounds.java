// Checks an uncaught collection exception: its message on stderr and the exit code.
import java.util.ArrayList;
import java.util.List;

public class UncaughtIndexOutOfBounds {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        names.add("ada");
        names.add("grace");
        names.add("alan");
        for (int i = 0; i <= names.size(); i++) {
            System.out.println(i + ": " + names.get(i));
        }
    }
}
