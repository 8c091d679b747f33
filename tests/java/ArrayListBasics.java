// Checks ArrayList: positional operations, bulk operations, conversions, sorting and clones.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class ArrayListBasics {
    public static void main(String[] args) {
        ArrayList<String> l = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            l.add("e" + i);
        }
        l.add(0, "first");
        l.add(l.size(), "last");
        l.set(5, "five");
        System.out.println(l + " size " + l.size());
        System.out.println("remove(3) " + l.remove(3) + " remove(e7) " + l.remove("e7") + " remove(zz) " + l.remove("zz"));
        System.out.println("indexOf(e9) " + l.indexOf("e9") + " lastIndexOf(last) " + l.lastIndexOf("last") + " contains(e0) " + l.contains("e0"));
        l.addAll(Arrays.asList("x", "y", "x"));
        l.addAll(2, Arrays.asList("i", "j"));
        System.out.println(l);
        l.removeAll(Arrays.asList("x", "e1", "e2"));
        System.out.println("removeAll " + l);
        l.retainAll(Arrays.asList("i", "j", "e10", "e11", "five", "y", "first"));
        System.out.println("retainAll " + l);
        l.replaceAll(s -> s.toUpperCase());
        l.sort(Comparator.naturalOrder());
        System.out.println("upper sorted " + l);
        String[] arr = l.toArray(new String[0]);
        String[] big = l.toArray(new String[10]);
        System.out.println(Arrays.toString(arr) + " " + Arrays.toString(big));
        Object[] objs = l.toArray();
        System.out.println(objs.length + " " + objs.getClass().getSimpleName());
        @SuppressWarnings("unchecked")
        ArrayList<String> cl = (ArrayList<String>) l.clone();
        cl.add("extra");
        System.out.println("clone " + cl + " original " + l.size());
        l.ensureCapacity(100);
        l.trimToSize();
        l.clear();
        System.out.println("cleared " + l + " " + l.isEmpty());

        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pairs.add(new int[] {i % 4, i});
        }
        pairs.sort(Comparator.comparingInt(p -> p[0]));
        StringBuilder sb = new StringBuilder();
        for (int[] p : pairs) {
            sb.append(p[0]).append('/').append(p[1]).append(' ');
        }
        System.out.println("stable sort " + sb);
        ArrayList<Integer> nums = new ArrayList<>(5);
        for (int i = 0; i < 1000; i++) {
            nums.add((i * 7919) % 1009);
        }
        nums.removeIf(x -> x % 7 != 0);
        long total = 0;
        for (int x : nums) {
            total += x;
        }
        nums.sort(null);
        System.out.println("big " + nums.size() + " " + total + " " + nums.subList(0, 8) + " max " + nums.get(nums.size() - 1));
        ArrayList<Integer> copy = new ArrayList<>(nums.subList(3, 10));
        System.out.println("copy " + copy + " equals " + copy.equals(nums.subList(3, 10)));
        ArrayList<String> withNulls = new ArrayList<>(Arrays.asList(null, "a", null));
        System.out.println(withNulls + " indexOf(null) " + withNulls.indexOf(null) + " lastIndexOf(null) " + withNulls.lastIndexOf(null)
                + " hash " + withNulls.hashCode());
        try {
            withNulls.get(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            withNulls.add(5, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            new ArrayList<String>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
