// Checks Optional and its primitive variants: construction, chaining, text and equality.
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

public class OptionalBasics {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("hello");
        Optional<String> none = Optional.empty();
        System.out.println(some + " " + none + " " + Optional.ofNullable(null) + " " + Optional.ofNullable("x"));
        System.out.println(some.isPresent() + " " + none.isPresent() + " " + some.isEmpty() + " " + none.isEmpty());
        System.out.println(some.map(String::length) + " " + none.map(String::length));
        System.out.println(some.filter(s -> s.startsWith("h")) + " " + some.filter(s -> s.startsWith("x")));
        System.out.println(some.flatMap(s -> parse("12")) + " " + some.flatMap(s -> parse("zz")));
        System.out.println(none.orElse("fallback") + " " + none.orElseGet(() -> "lazy") + " " + some.orElse("unused"));
        System.out.println(none.or(() -> Optional.of("other")) + " " + some.or(() -> Optional.of("other")));
        some.ifPresent(s -> System.out.println("present: " + s));
        none.ifPresentOrElse(s -> System.out.println("present: " + s), () -> System.out.println("absent"));
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("get: " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null): NullPointerException");
        }
        System.out.println(some.equals(Optional.of("hello")) + " " + none.equals(Optional.empty()) + " "
                + some.hashCode() + " " + none.hashCode());
        int total = 0;
        for (String s : new String[] {"1", "x", "30", "", "-4"}) {
            total += parse(s).orElse(0);
        }
        System.out.println("total " + total);

        OptionalInt oi = OptionalInt.of(42);
        OptionalLong ol = OptionalLong.of(-7L);
        OptionalDouble od = OptionalDouble.of(2.5);
        System.out.println(oi + " " + ol + " " + od + " " + OptionalInt.empty() + " " + OptionalLong.empty() + " "
                + OptionalDouble.empty());
        System.out.println(oi.getAsInt() + " " + ol.getAsLong() + " " + od.getAsDouble() + " "
                + OptionalInt.empty().orElse(-1) + " " + OptionalDouble.empty().orElseGet(() -> 9.5));
        System.out.println(oi.equals(OptionalInt.of(42)) + " " + od.equals(OptionalDouble.of(2.5)) + " "
                + oi.hashCode() + " " + ol.hashCode() + " " + od.hashCode()
                + " " + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN)));
        oi.ifPresent(v -> System.out.println("int " + v));
        try {
            OptionalLong.empty().getAsLong();
        } catch (NoSuchElementException e) {
            System.out.println("getAsLong: " + e.getMessage());
        }
    }
}
