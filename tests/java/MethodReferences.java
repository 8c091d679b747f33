// Checks method references: static (Integer::parseInt), bound and unbound instance (String::length), constructor refs, array constructor refs, super::.
import java.util.function.*;

public class MethodReferences {
    static class Person {
        final String name;
        final int age;

        Person(String name) { this(name, 0); }

        Person(String name, int age) { this.name = name; this.age = age; }

        String greet(String other) { return name + " greets " + other; }

        static int compareByAge(Person a, Person b) { return Integer.compare(a.age, b.age); }

        public String toString() { return name + "/" + age; }
    }

    static class Base {
        String hello() { return "Base.hello"; }
    }

    static class Child extends Base {
        @Override
        String hello() { return "Child.hello"; }

        Supplier<String> viaSuper() { return super::hello; }

        Supplier<String> viaThis() { return this::hello; }
    }

    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    static String join3(String a, String b, String c) { return a + "-" + b + "-" + c; }

    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        ToIntFunction<String> length = String::length;
        BiFunction<String, String, Boolean> starts = String::startsWith;
        Function<String, String> trim = String::trim;
        String prefix = "pre";
        Function<String, String> concat = prefix::concat;
        System.out.println(parse.apply("123") + 1 + " " + length.applyAsInt("hello") + " " + starts.apply("hello", "he") + " ["
                + trim.apply("  x ") + "] " + concat.apply("fix"));
        Function<String, Person> ctor1 = Person::new;
        BiFunction<String, Integer, Person> ctor2 = Person::new;
        Person p = ctor1.apply("Ann");
        Person q = ctor2.apply("Bob", 30);
        System.out.println(p + " " + q);
        Comparator2<Person> byAge = Person::compareByAge;
        System.out.println(byAge.compare(p, q) + " " + byAge.compare(q, p));
        BiFunction<Person, String, String> greet = Person::greet;
        Function<String, String> bound = q::greet;
        System.out.println(greet.apply(p, "Carl") + " | " + bound.apply("Dan"));
        IntFunction<int[]> mkArr = int[]::new;
        Function<Integer, String[]> mkSArr = String[]::new;
        System.out.println(mkArr.apply(5).length + " " + mkSArr.apply(3).length + " " + mkSArr.apply(2).getClass().getSimpleName());
        Child c = new Child();
        System.out.println(c.viaSuper().get() + " " + c.viaThis().get());
        TriFunction<String, String, String, String> j = MethodReferences::join3;
        System.out.println(j.apply("a", "b", "c"));
        Supplier<StringBuilder> sbNew = StringBuilder::new;
        StringBuilder sb = sbNew.get();
        Consumer<Object> app = sb::append;
        app.accept("x");
        app.accept(1);
        app.accept(2.5);
        System.out.println(sb);
        Function<Object, String> valueOf = String::valueOf;
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(valueOf.apply(null) + " " + valueOf.andThen(up).apply("abc"));
        IntBinaryOperator maxRef = Math::max;
        DoubleUnaryOperator sqrt = Math::sqrt;
        LongUnaryOperator abs = Math::abs;
        System.out.println(maxRef.applyAsInt(3, 8) + " " + sqrt.applyAsDouble(16) + " " + abs.applyAsLong(-77));
        Supplier<String> nullRef = null;
        String maybe = null;
        try {
            Supplier<Integer> bad = maybe::length;
            System.out.println(bad.get());
        } catch (NullPointerException e) {
            System.out.println("bound null receiver: " + e.getClass().getName() + " " + (nullRef == null));
        }
        Function<String, Integer> hash = String::hashCode;
        System.out.println(hash.apply("Aa") + " " + hash.apply("BB"));
    }

    @FunctionalInterface
    interface Comparator2<T> {
        int compare(T a, T b);
    }
}
