// Checks TreeSet: ordering with and without comparators, ranges, descending sets, polling.
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.TreeSet;

public class TreeSetOps {
    public static void main(String[] args) {
        TreeSet<Integer> s = new TreeSet<>(Arrays.asList(42, 7, -3, 19, 7, 88, 0, 56, 23, 11));
        System.out.println(s + " size " + s.size());
        System.out.println("first " + s.first() + " last " + s.last());
        System.out.println("lower(19) " + s.lower(19) + " floor(19) " + s.floor(19) + " ceiling(20) " + s.ceiling(20)
                + " higher(88) " + s.higher(88));
        System.out.println("headSet(19) " + s.headSet(19) + " tailSet(19) " + s.tailSet(19));
        System.out.println("subSet(0, 50) " + s.subSet(0, 50) + " subSet(0, false, 56, true) " + s.subSet(0, false, 56, true));
        NavigableSet<Integer> desc = s.descendingSet();
        System.out.println("descending " + desc + " first " + desc.first() + " headSet(19) " + desc.headSet(19));
        Iterator<Integer> di = s.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) {
            sb.append(di.next()).append(' ');
        }
        System.out.println("descendingIterator " + sb);
        SortedSet<Integer> head = s.headSet(30);
        s.add(1);
        s.add(29);
        s.add(31);
        System.out.println("head view " + head);
        try {
            head.add(30);
        } catch (IllegalArgumentException e) {
            System.out.println("head.add(30): " + e.getMessage());
        }
        System.out.println("pollFirst " + s.pollFirst() + " pollLast " + s.pollLast() + " -> " + s);
        s.removeIf(x -> x % 2 == 0);
        System.out.println("odd only " + s);

        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String w : "Banana apple Cherry banana APPLE date Elderberry cherry".split(" ")) {
            System.out.println("add " + w + " -> " + ci.add(w));
        }
        System.out.println("case-insensitive " + ci + " contains(BANANA) " + ci.contains("BANANA"));
        TreeSet<String> byLen = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        byLen.addAll(ci);
        byLen.addAll(Arrays.asList("fig", "kiwi", "a"));
        System.out.println("by length " + byLen);
        System.out.println("descending by length " + byLen.descendingSet());
        TreeSet<String> copy = new TreeSet<>(byLen);
        copy.add("zz");
        System.out.println("copy keeps comparator " + copy + " " + (copy.comparator() != null));
        System.out.println("equal " + new TreeSet<>(Arrays.asList(3, 1, 2)).equals(new TreeSet<>(Arrays.asList(1, 2, 3))));
        TreeSet<Character> letters = new TreeSet<>();
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) {
            if (c != ' ') {
                letters.add(c);
            }
        }
        System.out.println(letters.size() + " letters " + letters);
        System.out.println("range d..p " + letters.subSet('d', true, 'p', true) + " ceiling('z') " + letters.ceiling('z'));
        while (letters.size() > 20) {
            letters.pollLast();
        }
        System.out.println("trimmed " + letters);
    }
}
