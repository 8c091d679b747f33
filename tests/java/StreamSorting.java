// Checks sorted() with natural order and comparators (comparing, thenComparing, reversed, nulls), and its stability.
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class StreamSorting {
    record Employee(String name, String dept, int salary, int id) {
        @Override
        public String toString() {
            return name + "(" + dept + "," + salary + ")";
        }
    }

    public static void main(String[] args) {
        List<Employee> staff = List.of(
                new Employee("Kim", "eng", 120, 1), new Employee("Lee", "ops", 90, 2), new Employee("Ana", "eng", 150, 3),
                new Employee("Bo", "ops", 90, 4), new Employee("Cy", "sales", 70, 5), new Employee("Di", "eng", 120, 6),
                new Employee("Ed", "sales", 110, 7), new Employee("Flo", "ops", 95, 8), new Employee("Gus", "eng", 120, 9));

        System.out.println(staff.stream().sorted(Comparator.comparing(Employee::name)).collect(Collectors.toList()));
        System.out.println(staff.stream().sorted(Comparator.comparing(Employee::dept).thenComparing(Employee::name)).collect(Collectors.toList()));
        System.out.println(staff.stream().sorted(Comparator.comparing(Employee::dept).thenComparing(Employee::salary).reversed()).collect(Collectors.toList()));
        System.out.println(staff.stream().sorted(Comparator.comparing(Employee::dept)
                .thenComparing(Comparator.comparingInt(Employee::salary).reversed())).collect(Collectors.toList()));
        System.out.println(staff.stream().sorted(Comparator.comparingInt(Employee::salary).thenComparing(Employee::name, Comparator.reverseOrder()))
                .map(Employee::name).collect(Collectors.joining(" ")));
        // Stability: equal keys keep their encounter order.
        System.out.println(staff.stream().sorted(Comparator.comparingInt(Employee::salary)).map(e -> e.name() + e.id()).collect(Collectors.joining(" ")));
        System.out.println(staff.stream().sorted(Comparator.comparing(Employee::dept)).map(Employee::name).collect(Collectors.joining(" ")));
        System.out.println(staff.stream().sorted(Comparator.comparing(Employee::dept).reversed()).map(Employee::name).collect(Collectors.joining(" ")));
        int threshold = 100;
        System.out.println(staff.stream().filter(e -> e.salary() >= threshold)
                .sorted(Comparator.comparing((Employee e) -> e.name().length()).thenComparing(Employee::id, Comparator.reverseOrder()))
                .map(Employee::name).toList());

        List<String> words = List.of("pear", "Apple", "fig", "banana", "Cherry", "date", "apple");
        System.out.println(words.stream().sorted().toList());
        System.out.println(words.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        System.out.println(words.stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder())).toList());
        System.out.println(words.stream().sorted(Comparator.reverseOrder()).toList());
        System.out.println(Stream.of("b", null, "a", null, "c").sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList());
        System.out.println(Stream.of("b", null, "a").sorted(Comparator.nullsLast(Comparator.<String>reverseOrder())).toList());
        System.out.println(Stream.of(5, 3, 9, 1, 7).sorted(Comparator.comparing(i -> i % 3)).toList());
        System.out.println(Stream.of(5, 3, 9, 1, 7).sorted((a, b) -> b - a).limit(3).toList());
        // A larger sort, to exercise more than insertion sorting.
        int[] shuffled = IntStream.range(0, 500).map(i -> (i * 7919) % 500).toArray();
        List<Integer> big = IntStream.of(shuffled).boxed().sorted(Comparator.comparing(i -> i / 10)).toList();
        System.out.println(big.subList(0, 12) + " " + big.get(499));
        System.out.println(IntStream.of(shuffled).sorted().skip(495).boxed().toList());
        System.out.println(Stream.of(3, 1, 2).sorted().sorted(Comparator.reverseOrder()).toList());
        try {
            Stream.of(new Object(), new Object()).sorted().toList();
        } catch (ClassCastException e) {
            System.out.println("not comparable");
        }
    }
}
