// Checks a word-frequency program: merge and computeIfAbsent counting, sorting the counts.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class WordFrequency {
    static final String TEXT = "It was the best of times, it was the worst of times, it was the age of wisdom, "
            + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
            + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
            + "it was the winter of despair, we had everything before us, we had nothing before us, "
            + "we were all going direct to Heaven, we were all going direct the other way";

    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, int[]> viaArrays = new HashMap<>();
        for (String raw : TEXT.split("[ ,]+")) {
            String w = raw.toLowerCase();
            counts.merge(w, 1, Integer::sum);
            viaArrays.computeIfAbsent(w, k -> new int[1])[0]++;
        }
        System.out.println("distinct " + counts.size());
        System.out.println("hash order " + counts);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < 8; i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.println(e.getKey() + " " + e.getValue() + " " + viaArrays.get(e.getKey())[0]);
        }
        TreeMap<Integer, List<String>> byCount = new TreeMap<>();
        counts.forEach((w, c) -> byCount.computeIfAbsent(c, k -> new ArrayList<>()).add(w));
        for (List<String> ws : byCount.values()) {
            ws.sort(null);
        }
        System.out.println("by count " + byCount);
        Map<Character, Integer> initials = new TreeMap<>();
        for (String w : counts.keySet()) {
            initials.merge(w.charAt(0), counts.get(w), Integer::sum);
        }
        System.out.println("initials " + initials);
    }
}
