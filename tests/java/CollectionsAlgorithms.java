// Checks java.util.Collections algorithms: sort, search, reverse, rotate, min/max and friends.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;

public class CollectionsAlgorithms {
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>(Arrays.asList(31, 4, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43));
        Collections.sort(nums);
        System.out.println("sorted " + nums);
        for (int key : new int[] {4, 46, 92, 0, 50, 100}) {
            System.out.println("binarySearch " + key + " = " + Collections.binarySearch(nums, key));
        }
        Collections.sort(nums, Collections.reverseOrder());
        System.out.println("reverse sorted " + nums + " search 46 " + Collections.binarySearch(nums, 46, Collections.reverseOrder()));
        Collections.reverse(nums);
        System.out.println("reversed " + nums);
        Collections.swap(nums, 0, nums.size() - 1);
        System.out.println("swapped ends " + nums);
        System.out.println("min " + Collections.min(nums) + " max " + Collections.max(nums)
                + " max by last digit " + Collections.max(nums, Comparator.comparingInt(x -> x % 10)));
        List<Integer> rot = new ArrayList<>(Arrays.asList(1, 2, 3, 4, 5, 6, 7));
        Collections.rotate(rot, 3);
        System.out.println("rotate 3 " + rot);
        Collections.rotate(rot, -5);
        System.out.println("rotate -5 " + rot);
        LinkedList<Integer> lrot = new LinkedList<>(rot);
        Collections.rotate(lrot, 10);
        System.out.println("linked rotate 10 " + lrot);
        Collections.reverse(lrot);
        System.out.println("linked reversed " + lrot);

        List<String> words = new ArrayList<>(Arrays.asList("b", "a", "c", "a", "d", "a", "b"));
        System.out.println("frequency a=" + Collections.frequency(words, "a") + " z=" + Collections.frequency(words, "z"));
        Collections.replaceAll(words, "a", "A");
        System.out.println("replaceAll " + words);
        System.out.println("indexOfSubList " + Collections.indexOfSubList(words, Arrays.asList("A", "d"))
                + " lastIndexOfSubList " + Collections.lastIndexOfSubList(words, Arrays.asList("A"))
                + " missing " + Collections.indexOfSubList(words, Arrays.asList("q")));
        List<String> dest = new ArrayList<>(Collections.nCopies(9, "-"));
        Collections.copy(dest, words);
        System.out.println("copy " + dest);
        Collections.fill(dest, "x");
        System.out.println("fill " + dest);
        System.out.println("nCopies " + Collections.nCopies(3, "ab") + " " + Collections.nCopies(0, 1));
        List<Integer> target = new ArrayList<>();
        Collections.addAll(target, 5, 6, 7);
        System.out.println("addAll " + target + " disjoint " + Collections.disjoint(target, nums)
                + " " + Collections.disjoint(target, Arrays.asList(7, 8)));
        List<String> people = new ArrayList<>(Arrays.asList("bob:25", "amy:31", "cid:25", "dee:31", "eve:19", "fay:25"));
        Collections.sort(people, Comparator.comparing((String s) -> Integer.parseInt(s.split(":")[1])));
        System.out.println("stable by age " + people);
        Collections.sort(people, Collections.reverseOrder(Comparator.comparing((String s) -> s.charAt(0))));
        System.out.println("reverse by name " + people);
        List<Integer> empty = new ArrayList<>();
        try {
            Collections.max(empty);
        } catch (java.util.NoSuchElementException e) {
            System.out.println("max of empty: " + e.getClass().getName());
        }
        List<Integer> seq = new LinkedList<>();
        for (int i = 0; i < 30; i++) {
            seq.add(i * 3);
        }
        System.out.println("linked binarySearch " + Collections.binarySearch(seq, 42) + " " + Collections.binarySearch(seq, 43));
        System.out.println("list(enumeration) " + Collections.list(Collections.enumeration(Arrays.asList(3, 2, 1))));
    }
}
