// Checks a word-frequency count with streams: split, normalise, group and count, then rank by count and word.
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class StreamWordFrequency {
    static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom,
            it was the age of foolishness, it was the epoch of belief, it was the epoch of
            incredulity, it was the season of Light, it was the season of Darkness, it was
            the spring of hope, it was the winter of despair, we had everything before us,
            we had nothing before us, we were all going direct to Heaven, we were all going
            direct the other way.
            """;

    public static void main(String[] args) {
        List<String> words = Arrays.stream(TEXT.split("[^A-Za-z]+"))
                .filter(w -> !w.isEmpty())
                .map(String::toLowerCase)
                .collect(Collectors.toList());
        System.out.println(words.size() + " words, " + words.stream().distinct().count() + " distinct");

        Map<String, Long> freq = words.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println(freq);
        System.out.println(new TreeMap<>(freq));

        List<Map.Entry<String, Long>> ranked = freq.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(8)
                .collect(Collectors.toList());
        ranked.forEach(e -> System.out.println(String.format("%-8s %2d", e.getKey(), e.getValue())));

        Map<String, Long> top = freq.entrySet().stream()
                .filter(e -> e.getValue() > 2)
                .sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        System.out.println(top);

        Map<Integer, List<String>> byLength = words.stream().distinct()
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().sorted().collect(Collectors.toList()))));
        System.out.println(byLength);

        Map<Character, Integer> letters = IntStream.range(0, TEXT.length()).map(TEXT::charAt).filter(Character::isLetter).map(Character::toLowerCase)
                .boxed().collect(Collectors.toMap(c -> (char) c.intValue(), c -> 1, Integer::sum, TreeMap::new));
        System.out.println(letters);
        String longest = words.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).get();
        System.out.println(longest + " " + words.stream().mapToInt(String::length).summaryStatistics());
    }
}
