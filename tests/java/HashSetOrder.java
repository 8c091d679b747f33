// Checks HashSet iteration order, set algebra, copies and clones against HotSpot.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

public class HashSetOrder {
    public static void main(String[] args) {
        HashSet<Integer> a = new HashSet<>();
        for (int i = -20; i <= 60; i += 3) {
            a.add(i * i - 7 * i);
        }
        System.out.println("a = " + a + " size " + a.size());
        HashSet<Integer> b = new HashSet<>(Arrays.asList(4, 8, 15, 16, 23, 42, -10, 0, 100, 200, 300));
        System.out.println("b = " + b);
        HashSet<Integer> union = new HashSet<>(a);
        union.addAll(b);
        HashSet<Integer> inter = new HashSet<>(a);
        inter.retainAll(b);
        HashSet<Integer> diff = new HashSet<>(a);
        diff.removeAll(b);
        System.out.println("union = " + union);
        System.out.println("inter = " + inter);
        System.out.println("diff = " + diff);
        System.out.println("contains: " + a.contains(0) + " " + a.contains(1) + " " + b.containsAll(inter));

        HashSet<String> s = new HashSet<>();
        for (String w : "to be or not to be that is the question whether tis nobler in the mind".split(" ")) {
            if (!s.add(w)) {
                System.out.println("dup " + w);
            }
        }
        System.out.println("s = " + s);
        Iterator<String> it = s.iterator();
        while (it.hasNext()) {
            if (it.next().length() <= 2) {
                it.remove();
            }
        }
        System.out.println("long words = " + s);
        @SuppressWarnings("unchecked")
        HashSet<String> c = (HashSet<String>) s.clone();
        c.add("added");
        System.out.println("clone = " + c + " original " + s.size());
        System.out.println("sorted = " + new TreeSet<>(c));
        Object[] arr = s.toArray();
        String[] typed = s.toArray(new String[0]);
        System.out.println(Arrays.toString(arr) + " " + typed.length);

        HashSet<Long> big = new HashSet<>(1000);
        for (long i = 0; i < 50; i++) {
            big.add(i * 1_000_003L);
        }
        System.out.println("big = " + big);
        HashSet<Character> chars = new HashSet<>(2, 0.5f);
        for (char ch = 'z'; ch >= 'a'; ch -= 3) {
            chars.add(ch);
        }
        System.out.println("chars = " + chars);

        Set<List<Integer>> lists = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            List<Integer> l = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                l.add(j * i);
            }
            lists.add(l);
        }
        lists.add(Arrays.asList(0, 2, 4));
        System.out.println("lists = " + lists);
        System.out.println("equal sets: " + a.equals(new HashSet<>(a)) + " " + a.hashCode() + " " + b.hashCode());
        a.clear();
        System.out.println("cleared " + a + " " + a.isEmpty());
    }
}
