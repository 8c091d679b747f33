// Checks lambdas: capturing locals, parameters, `this` and outer fields, lambdas in loops, nested lambdas, lambda returning lambda.
import java.util.function.*;

public class LambdaCaptures {
    private int field = 10;
    private static int sfield = 100;

    Supplier<String> captureThis() {
        return () -> "field=" + field + " sfield=" + sfield + " this.getClass=" + this.getClass().getSimpleName();
    }

    IntSupplier counter() {
        int[] box = {0};
        return () -> {
            box[0] += field;
            return box[0];
        };
    }

    public static void main(String[] args) {
        int local = 5;
        String text = "txt";
        long big = 1L << 40;
        double dd = 2.5;
        char ch = 'z';
        Supplier<String> s = () -> text + local + big + dd + ch;
        System.out.println(s.get());
        LambdaCaptures lc = new LambdaCaptures();
        Supplier<String> st = lc.captureThis();
        System.out.println(st.get());
        lc.field = 20;
        sfield = 200;
        System.out.println(st.get());
        IntSupplier c = lc.counter();
        c.getAsInt();
        c.getAsInt();
        System.out.println(c.getAsInt());
        Runnable[] rs = new Runnable[4];
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < rs.length; i++) {
            int k = i * i;
            rs[i] = () -> log.append(k).append(';');
        }
        for (Runnable r : rs) r.run();
        System.out.println(log);
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b + local;
        System.out.println(adder.apply(3).apply(4));
        Function<Integer, Integer> twice = x -> x * 2;
        Function<Integer, Integer> plus3 = x -> x + 3;
        System.out.println(twice.andThen(plus3).apply(5) + " " + twice.compose(plus3).apply(5) + " " + Function.<Integer>identity().apply(9));
        BiFunction<String, Integer, String> rep = (str, n) -> str.repeat(n);
        System.out.println(rep.apply("ab", 3) + " " + rep.andThen(String::length).apply("xyz", 4));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longish = x -> x.length() > 3;
        System.out.println(empty.test("") + " " + empty.negate().test("") + " " + longish.or(empty).test("") + " "
                + longish.and(x -> x.startsWith("a")).test("abcd") + " " + Predicate.isEqual("q").test("q"));
        UnaryOperator<String> upper = String::toUpperCase;
        BinaryOperator<Integer> max = (a, b) -> a >= b ? a : b;
        IntBinaryOperator mul = (a, b) -> a * b;
        IntUnaryOperator neg = x -> -x;
        LongBinaryOperator lop = (a, b) -> a % b;
        DoubleUnaryOperator half = x -> x / 2;
        ToIntFunction<String> len = String::length;
        IntFunction<String> stars = n -> "*".repeat(n);
        IntPredicate even = n -> (n & 1) == 0;
        BooleanSupplier yes = () -> true;
        System.out.println(upper.apply("shout") + " " + max.apply(3, 9) + " " + mul.applyAsInt(6, 7) + " " + neg.andThen(x -> x * 10).applyAsInt(4)
                + " " + lop.applyAsLong(100, 7) + " " + half.applyAsDouble(5) + " " + len.applyAsInt("four") + " " + stars.apply(3) + " "
                + even.test(4) + even.test(7) + " " + yes.getAsBoolean());
        Consumer<String> printer = x -> System.out.print("<" + x + ">");
        printer.andThen(x -> System.out.println("[" + x.length() + "]")).accept("consumed");
        BiConsumer<String, Integer> bc = (k, v) -> System.out.println(k + "=" + v);
        bc.accept("key", 42);
        Supplier<Supplier<String>> nested = () -> () -> "nested " + text;
        System.out.println(nested.get().get());
        int total = 0;
        IntBinaryOperator acc = Integer::sum;
        for (int i = 0; i < 100; i++) total = acc.applyAsInt(total, i);
        System.out.println(total);
        Runnable selfRef = () -> System.out.println("runnable ran " + local * 2);
        selfRef.run();
    }
}
