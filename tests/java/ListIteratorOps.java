// Checks ListIterator add/set/remove and navigation on ArrayList, LinkedList and views.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

public class ListIteratorOps {
    static void exercise(String name, List<String> list) {
        ListIterator<String> it = list.listIterator();
        while (it.hasNext()) {
            int idx = it.nextIndex();
            String s = it.next();
            if (s.startsWith("b")) {
                it.set(s.toUpperCase());
            } else if (s.startsWith("c")) {
                it.remove();
            } else if (idx % 2 == 0) {
                it.add(s + "+");
            }
        }
        System.out.println(name + " forward: " + list);
        StringBuilder back = new StringBuilder();
        while (it.hasPrevious()) {
            back.append(it.previousIndex()).append('=').append(it.previous()).append(' ');
        }
        System.out.println(name + " backward: " + back);
        ListIterator<String> mid = list.listIterator(2);
        System.out.println(name + " from 2: next " + mid.next() + " previous " + mid.previous() + " previous " + mid.previous());
        mid.add("ins");
        System.out.println(name + " after add: " + list + " nextIndex " + mid.nextIndex());
        try {
            mid.set("bad");
        } catch (IllegalStateException e) {
            System.out.println(name + " set after add: IllegalStateException");
        }
        try {
            mid.remove();
        } catch (IllegalStateException e) {
            System.out.println(name + " remove after add: IllegalStateException");
        }
        ListIterator<String> end = list.listIterator(list.size());
        try {
            end.next();
        } catch (NoSuchElementException e) {
            System.out.println(name + " next at end: NoSuchElementException");
        }
        end.previous();
        end.remove();
        System.out.println(name + " removed last: " + list);
        try {
            list.listIterator(list.size() + 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(name + " listIterator past end: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<String> words = Arrays.asList("apple", "banana", "cherry", "date", "blueberry", "coconut", "elder", "fig");
        exercise("ArrayList", new ArrayList<>(words));
        exercise("LinkedList", new LinkedList<>(words));
        List<String> backing = new ArrayList<>(words);
        exercise("subList", backing.subList(1, 7));
        System.out.println("backing after subList work: " + backing);

        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            nums.add(i);
        }
        ListIterator<Integer> li = nums.listIterator(nums.size());
        while (li.hasPrevious()) {
            int v = li.previous();
            if (v % 3 == 0) {
                li.remove();
            } else {
                li.set(v * 10);
            }
        }
        System.out.println("reverse edit: " + nums);
        List<String> fixed = Arrays.asList("x", "y", "z");
        ListIterator<String> fi = fixed.listIterator();
        fi.next();
        fi.set("X");
        try {
            fi.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add via iterator: UnsupportedOperationException");
        }
        System.out.println("fixed " + fixed);
    }
}
