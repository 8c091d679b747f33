// javac: --release 8
// Checks Java 8 class files: lambdas and method references (invokedynamic + LambdaMetafactory) capturing locals and this.
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;

public class Release8Lambdas {
    private int scale = 3;

    Function<Integer, Integer> scaler() { return x -> x * scale; }

    static int twice(int x) { return 2 * x; }

    public static void main(String[] args) {
        int offset = 10;
        Function<Integer, Integer> addOffset = x -> x + offset;
        Function<Integer, Integer> tw = Release8Lambdas::twice;
        System.out.println(addOffset.apply(5) + " " + tw.apply(21) + " " + addOffset.andThen(tw).apply(1) + " " + addOffset.compose(tw).apply(1));
        Release8Lambdas r = new Release8Lambdas();
        Function<Integer, Integer> sc = r.scaler();
        r.scale = 7;
        System.out.println(sc.apply(6));
        Supplier<StringBuilder> mk = StringBuilder::new;
        StringBuilder sb = mk.get().append("built");
        System.out.println(sb);
        BiFunction<String, Integer, Character> charAt = String::charAt;
        System.out.println(charAt.apply("lambda", 2));
        Predicate<String> isEmpty = String::isEmpty;
        System.out.println(isEmpty.test("") + " " + isEmpty.negate().test(""));
        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); }
        };
        IntBinaryOperator lcm = (a, b) -> a / gcd.applyAsInt(a, b) * b;
        System.out.println(gcd.applyAsInt(84, 36) + " " + lcm.applyAsInt(4, 6));
        Runnable[] rs = new Runnable[3];
        final StringBuilder log = new StringBuilder();
        for (int i = 0; i < rs.length; i++) {
            final int k = i;
            rs[i] = () -> log.append("r").append(k).append(' ');
        }
        for (Runnable x : rs) x.run();
        System.out.println(log);
        Function<String, Integer> parse = Integer::parseInt;
        int total = 0;
        for (String s : "4,8,15,16,23,42".split(",")) total += parse.apply(s);
        System.out.println(total);
        Supplier<Supplier<String>> nested = () -> () -> "deep" + offset;
        System.out.println(nested.get().get());
    }
}
