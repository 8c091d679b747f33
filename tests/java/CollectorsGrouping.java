// Checks groupingBy and partitioningBy: into TreeMap and default HashMap, with downstream collectors.
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class CollectorsGrouping {
    record Person(String name, String city, int age) {
    }

    public static void main(String[] args) {
        List<Person> people = List.of(
                new Person("Ada", "London", 36), new Person("Alan", "Wilmslow", 41), new Person("Grace", "Arlington", 85),
                new Person("Edsger", "Nuenen", 72), new Person("Barbara", "Boston", 56), new Person("Tony", "Oxford", 90),
                new Person("Niklaus", "Zurich", 89), new Person("Donald", "Stanford", 86), new Person("Ken", "Berkeley", 80),
                new Person("Dennis", "Berkeley", 70), new Person("Frances", "Boston", 88), new Person("Ivan", "Boston", 84));

        // Into a TreeMap: ordered by key whatever the hashing.
        Map<String, List<String>> byCity = people.stream()
                .collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(byCity);
        TreeMap<Integer, Long> byDecade = people.stream()
                .collect(Collectors.groupingBy(p -> p.age() / 10 * 10, TreeMap::new, Collectors.counting()));
        System.out.println(byDecade + " first " + byDecade.firstKey());
        Map<Character, Set<String>> byInitial = people.stream().collect(Collectors.groupingBy(p -> p.name().charAt(0), TreeMap::new,
                Collectors.mapping(Person::city, Collectors.toCollection(TreeSet::new))));
        System.out.println(byInitial);
        Map<String, Double> avgAge = people.stream()
                .collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingInt(Person::age)));
        System.out.println(avgAge);
        Map<String, Optional<Person>> oldest = people.stream()
                .collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Person::age))));
        oldest.forEach((city, p) -> System.out.print(city + ":" + p.get().name() + " "));
        System.out.println();
        Map<String, Integer> ageSum = people.stream()
                .collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.summingInt(Person::age)));
        System.out.println(ageSum);
        Map<String, String> joined = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.collectingAndThen(Collectors.mapping(Person::name, Collectors.joining("+")), s -> "<" + s + ">")));
        System.out.println(joined);
        Map<String, Map<Boolean, Long>> nested = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.partitioningBy(p -> p.age() >= 80, Collectors.counting())));
        System.out.println(nested);

        // Into the default HashMap: the order is the HashMap's, which must be the JDK's.
        Map<Integer, List<Integer>> byRemainder = IntStream.range(0, 20).boxed().collect(Collectors.groupingBy(i -> i % 7));
        System.out.println(byRemainder);
        Map<Integer, Long> byLength = Stream.of("a", "bb", "cc", "ddd", "e", "ffff", "gg").collect(Collectors.groupingBy(String::length, Collectors.counting()));
        System.out.println(byLength);
        Map<String, List<String>> byCityHash = people.stream().collect(Collectors.groupingBy(Person::city, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(byCityHash);
        Map<Integer, List<Integer>> bigKeys = IntStream.range(0, 40).map(i -> i * 37 - 500).boxed().collect(Collectors.groupingBy(i -> i * 1000));
        System.out.println(bigKeys.keySet());
        Map<String, Long> manyStrings = IntStream.range(0, 60).mapToObj(i -> "k" + (i * 7 % 23)).collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        System.out.println(manyStrings);
        Map<Boolean, List<String>> hashBool = Stream.of("x", "yy", "zzz").collect(Collectors.groupingBy(s -> s.length() > 1));
        System.out.println(hashBool);

        // partitioningBy always has both keys, false first.
        Map<Boolean, List<Integer>> evens = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.partitioningBy(i -> i % 2 == 0));
        System.out.println(evens + " " + evens.get(true) + " " + evens.get(false) + " " + evens.containsKey(true) + " " + evens.size());
        System.out.println(Stream.<Integer>empty().collect(Collectors.partitioningBy(i -> i > 0)));
        Map<Boolean, Long> bigOnes = people.stream().collect(Collectors.partitioningBy(p -> p.age() > 80, Collectors.counting()));
        System.out.println(bigOnes + " " + bigOnes.keySet() + " " + bigOnes.values() + " " + bigOnes.entrySet());
        Map<Boolean, Map<String, Integer>> deep = people.stream().collect(Collectors.partitioningBy(p -> p.name().length() > 4,
                Collectors.toMap(Person::name, Person::age, (a, b) -> a, TreeMap::new)));
        System.out.println(deep);
        System.out.println(evens.equals(Map.of(true, List.of(2, 4, 6, 8, 10), false, List.of(1, 3, 5, 7, 9))) + " " + evens.hashCode());
        // The concurrent versions, printed through TreeMaps.
        Map<String, List<String>> concurrent = people.stream()
                .collect(Collectors.groupingByConcurrent(Person::city, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(new TreeMap<>(concurrent));
        System.out.println(new TreeMap<>(people.stream().collect(Collectors.groupingByConcurrent(p -> p.age() / 10))).keySet());
        System.out.println(new TreeMap<>(people.stream().collect(Collectors.toConcurrentMap(Person::city, p -> 1, Integer::sum))));
        System.out.println(Collectors.groupingByConcurrent(p -> p).characteristics() + " "
                + Collectors.groupingByConcurrent(p -> p, Collectors.counting()).characteristics());
        try {
            Stream.of("a", null).collect(Collectors.groupingBy(s -> s));
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
