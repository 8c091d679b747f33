// Checks Collections.shuffle with seeded Randoms: the same permutations as HotSpot.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

public class CollectionsShuffle {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add(i);
        }
        Collections.shuffle(list, new Random(42));
        System.out.println("seed 42: " + list);
        Random r = new Random(42);
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(list, r);
            System.out.println("round " + round + ": " + list);
        }
        List<String> small = new LinkedList<>(Arrays.asList("a", "b", "c", "d"));
        Collections.shuffle(small, new Random(1));
        System.out.println("small linked: " + small);
        List<String> linked = new LinkedList<>(Arrays.asList("q", "w", "e", "r", "t", "y", "u", "i", "o", "p"));
        Collections.shuffle(linked, new Random(2024));
        System.out.println("linked: " + linked);
        List<Character> deck = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            deck.add(c);
        }
        for (long seed : new long[] {0, 1, -1, 123456789L, Long.MAX_VALUE}) {
            List<Character> d = new ArrayList<>(deck);
            Collections.shuffle(d, new Random(seed));
            StringBuilder sb = new StringBuilder();
            for (char c : d) {
                sb.append(c);
            }
            System.out.println("seed " + seed + ": " + sb);
        }
        Integer[] arr = {1, 2, 3, 4, 5, 6, 7, 8};
        Collections.shuffle(Arrays.asList(arr), new Random(99));
        System.out.println("array view: " + Arrays.toString(arr));
        List<Integer> unshuffled = new ArrayList<>(list);
        Collections.shuffle(list);
        Collections.sort(list);
        Collections.sort(unshuffled);
        System.out.println("unseeded shuffle keeps elements: " + list.equals(unshuffled));
    }
}
