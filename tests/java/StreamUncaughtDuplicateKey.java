// Checks that an uncaught duplicate-key error from Collectors.toMap reports the JDK's message and exit code.
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class StreamUncaughtDuplicateKey {
    public static void main(String[] args) {
        Map<Character, String> byInitial = Stream.of("apple", "avocado", "banana")
                .collect(Collectors.toMap(s -> s.charAt(0), s -> s));
        System.out.println(byInitial);
    }
}
