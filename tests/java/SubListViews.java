// Checks subList views of ArrayList, LinkedList and Vector: writes through, nesting, clearing.
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Vector;

public class SubListViews {
    static void exercise(String name, List<Integer> l) {
        for (int i = 0; i < 12; i++) {
            l.add(i);
        }
        List<Integer> mid = l.subList(3, 9);
        mid.set(0, 30);
        mid.add(99);
        mid.remove(Integer.valueOf(5));
        System.out.println(name + " mid " + mid + " list " + l);
        List<Integer> inner = mid.subList(1, 4);
        inner.add(0, -1);
        inner.remove(inner.size() - 1);
        System.out.println(name + " inner " + inner + " mid " + mid + " list " + l);
        Collections.reverse(mid);
        System.out.println(name + " reversed mid " + l);
        mid.subList(2, 5).clear();
        System.out.println(name + " cleared part " + mid + " list " + l + " size " + l.size());
        l.subList(0, 2).replaceAll(x -> x * 100);
        l.subList(l.size() - 3, l.size()).sort(Collections.reverseOrder());
        System.out.println(name + " final " + l + " sum of tail " + sum(l.subList(5, l.size())));
        try {
            l.subList(5, 3);
        } catch (IllegalArgumentException e) {
            System.out.println(name + " bad range: " + e.getMessage());
        }
        try {
            l.subList(-1, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(name + " bad from: " + e.getMessage());
        }
        List<Integer> stale = l.subList(1, 3);
        l.remove(0);
        try {
            stale.get(0);
            System.out.println(name + " stale read allowed");
        } catch (RuntimeException e) {
            System.out.println(name + " stale: " + e.getClass().getName());
        }
    }

    static int sum(List<Integer> l) {
        int s = 0;
        for (int x : l) {
            s += x;
        }
        return s;
    }

    public static void main(String[] args) {
        exercise("ArrayList", new ArrayList<>());
        exercise("LinkedList", new LinkedList<>());
        exercise("Vector", new Vector<>());
    }
}
