// Checks Collectors.joining with no, one and three arguments, on empty streams, nulls and other CharSequences.
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class CollectorsJoining {
    public static void main(String[] args) {
        List<String> parts = List.of("red", "green", "blue");
        System.out.println(parts.stream().collect(Collectors.joining()));
        System.out.println(parts.stream().collect(Collectors.joining(", ")));
        System.out.println(parts.stream().collect(Collectors.joining(", ", "[", "]")));
        System.out.println(parts.stream().collect(Collectors.joining("", "<<", ">>")));
        System.out.println(Stream.of("solo").collect(Collectors.joining(", ", "{", "}")));
        System.out.println("[" + Stream.<String>empty().collect(Collectors.joining()) + "]");
        System.out.println("[" + Stream.<String>empty().collect(Collectors.joining(",")) + "]");
        System.out.println(Stream.<String>empty().collect(Collectors.joining(",", "(", ")")));
        System.out.println(Stream.of("a", null, "c").collect(Collectors.joining("-")));
        System.out.println(Stream.of(new StringBuilder("sb"), "str", new StringBuffer("buf")).collect(Collectors.joining("/", "", "!")));
        String sep = " :: ";
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).collect(Collectors.joining(sep, "nums{", "}")));
        System.out.println(IntStream.range(0, 26).mapToObj(i -> String.valueOf((char) ('a' + i))).collect(Collectors.joining()));
        System.out.println(parts.stream().map(s -> s.substring(0, 1).toUpperCase() + s.substring(1)).collect(Collectors.joining(" and ")));
        String csv = Stream.of(List.of("id", "name"), List.of("1", "x"), List.of("2", "y"))
                .map(row -> String.join(",", row)).collect(Collectors.joining("\n", "", "\n"));
        System.out.print(csv);
        try {
            Stream.of("a").collect(Collectors.joining(",", null, "]"));
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
