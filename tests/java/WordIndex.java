// Checks a word index: TreeMap<String, TreeSet<Integer>> of line numbers, with range queries.
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

public class WordIndex {
    static final String[] LINES = {
        "Whose woods these are I think I know.",
        "His house is in the village though;",
        "He will not see me stopping here",
        "To watch his woods fill up with snow.",
        "My little horse must think it queer",
        "To stop without a farmhouse near",
        "Between the woods and frozen lake",
        "The darkest evening of the year.",
        "He gives his harness bells a shake",
        "To ask if there is some mistake.",
        "The only other sound's the sweep",
        "Of easy wind and downy flake.",
        "The woods are lovely, dark and deep,",
        "But I have promises to keep,",
        "And miles to go before I sleep,",
        "And miles to go before I sleep.",
    };

    public static void main(String[] args) {
        TreeMap<String, TreeSet<Integer>> index = new TreeMap<>();
        for (int i = 0; i < LINES.length; i++) {
            for (String raw : LINES[i].split("[^A-Za-z']+")) {
                if (raw.isEmpty()) {
                    continue;
                }
                index.computeIfAbsent(raw.toLowerCase(), k -> new TreeSet<>()).add(i + 1);
            }
        }
        System.out.println(index.size() + " words");
        for (Map.Entry<String, TreeSet<Integer>> e : index.entrySet()) {
            if (e.getValue().size() > 1) {
                System.out.println(e.getKey() + " " + e.getValue());
            }
        }
        NavigableMap<String, TreeSet<Integer>> s = index.subMap("s", true, "t", false);
        System.out.println("s-words " + s.keySet());
        System.out.println("before 'c' " + index.headMap("c").keySet());
        System.out.println("last five " + index.descendingMap().headMap(index.descendingMap().keySet().toArray(new String[0])[5]).keySet());
        System.out.println("after 'woods' " + index.higherKey("woods") + ", floor of 'mz' " + index.floorKey("mz"));
        TreeSet<Integer> woods = index.get("woods");
        System.out.println("woods on " + woods + " first after 5: " + woods.higher(5) + " up to 7: " + woods.headSet(7, true));
        TreeMap<Integer, TreeSet<String>> byLine = new TreeMap<>();
        index.forEach((w, ls) -> {
            for (int l : ls) {
                byLine.computeIfAbsent(l, k -> new TreeSet<>()).add(w);
            }
        });
        System.out.println("line 13 " + byLine.get(13));
        System.out.println("lines 15-16 equal " + byLine.get(15).equals(byLine.get(16)));
    }
}
