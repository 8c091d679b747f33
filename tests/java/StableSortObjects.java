// Checks stable object sorting: List.sort, Collections.sort and Arrays.sort with comparators.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

public class StableSortObjects {
    static final class Person {
        final String name;
        final int age;
        final String city;

        Person(String name, int age, String city) {
            this.name = name;
            this.age = age;
            this.city = city;
        }

        String name() {
            return name;
        }

        int age() {
            return age;
        }

        String city() {
            return city;
        }

        @Override
        public String toString() {
            return name + "(" + age + "," + city + ")";
        }
    }

    public static void main(String[] args) {
        List<Person> people = new ArrayList<>();
        String[] cities = {"Oslo", "Rome", "Lima", "Kyiv"};
        Random r = new Random(11);
        for (int i = 0; i < 24; i++) {
            people.add(new Person("p" + i, 20 + r.nextInt(5), cities[r.nextInt(cities.length)]));
        }
        List<Person> byAge = new ArrayList<>(people);
        byAge.sort(Comparator.comparingInt(Person::age));
        System.out.println("by age " + byAge);
        List<Person> byCityThenAge = new LinkedList<>(people);
        Collections.sort(byCityThenAge, Comparator.comparing(Person::city).thenComparingInt(Person::age));
        System.out.println("by city, age " + byCityThenAge);
        Person[] arr = people.toArray(new Person[0]);
        Arrays.sort(arr, Comparator.comparing(Person::city).reversed());
        System.out.println("by city desc " + Arrays.toString(arr));
        Arrays.sort(arr, 4, 12, Comparator.comparing(Person::name));
        System.out.println("range by name " + Arrays.toString(arr));
        people.sort(Comparator.comparing(Person::age, Comparator.reverseOrder()).thenComparing(Person::name, Comparator.reverseOrder()));
        System.out.println("age desc, name desc " + people);

        List<String> words = new ArrayList<>(Arrays.asList("Banana", "apple", "cherry", "Apple", "banana", "Cherry", "date"));
        Collections.sort(words);
        System.out.println("natural " + words);
        words.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive (stable) " + words);
        words.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println("length then reverse " + words);
        words.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst natural " + words);
        List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a", null));
        withNulls.sort(Comparator.nullsLast(Comparator.<String>naturalOrder()));
        System.out.println("nullsLast " + withNulls);
        Integer[] big = new Integer[500];
        for (int i = 0; i < big.length; i++) {
            big[i] = (i * 7907) % 500;
        }
        Arrays.sort(big, Collections.reverseOrder());
        System.out.println("big desc head " + Arrays.asList(big).subList(0, 10) + " tail " + Arrays.asList(big).subList(490, 500));
    }
}
