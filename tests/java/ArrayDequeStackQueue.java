// Checks ArrayDeque as a stack, as a queue and as a deque, with growth and wrap-around.
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

public class ArrayDequeStackQueue {
    static boolean balanced(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if ("([{".indexOf(c) >= 0) {
                stack.push(c);
            } else if (")]}".indexOf(c) >= 0) {
                if (stack.isEmpty()) {
                    return false;
                }
                char open = stack.pop();
                if ("([{".indexOf(open) != ")]}".indexOf(c)) {
                    return false;
                }
            }
        }
        return stack.isEmpty();
    }

    public static void main(String[] args) {
        for (String s : new String[] {"(a[b]{c})", "(]", "((())", "{[()()]}", ""}) {
            System.out.println("balanced(" + s + ") = " + balanced(s));
        }
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) {
            stack.push(i);
        }
        System.out.println("stack " + stack + " peek " + stack.peek() + " pop " + stack.pop() + " -> " + stack);

        ArrayDeque<String> q = new ArrayDeque<>();
        for (String s : "one two three four five".split(" ")) {
            q.offer(s);
        }
        System.out.println("queue " + q + " poll " + q.poll() + " element " + q.element());
        q.addFirst("zero");
        q.addLast("six");
        System.out.println("deque " + q + " first " + q.getFirst() + " last " + q.getLast());
        System.out.println("pollLast " + q.pollLast() + " removeFirst " + q.removeFirst() + " -> " + q);
        q.removeFirstOccurrence("three");
        q.add("two");
        q.removeLastOccurrence("two");
        System.out.println("occurrences removed " + q + " contains(four) " + q.contains("four"));
        Iterator<String> d = q.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (d.hasNext()) {
            sb.append(d.next()).append(' ');
        }
        System.out.println("descending " + sb);

        // Wrap around the circular array and grow several times.
        ArrayDeque<Integer> ring = new ArrayDeque<>(4);
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 7; i++) {
                ring.addLast(round * 100 + i);
            }
            for (int i = 0; i < 5; i++) {
                ring.pollFirst();
            }
            ring.addFirst(-round);
        }
        System.out.println("ring " + ring + " size " + ring.size());
        ring.removeIf(x -> x % 3 == 0);
        System.out.println("removeIf " + ring);
        Iterator<Integer> it = ring.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("iterator remove evens " + ring + " toArray " + Arrays.toString(ring.toArray()));
        Iterator<Integer> back = ring.descendingIterator();
        back.next();
        back.remove();
        System.out.println("descending remove " + ring);
        ArrayDeque<Integer> copy = ring.clone();
        copy.clear();
        System.out.println("clone cleared, original " + ring.size() + " copy " + copy + " peek " + copy.peek());

        try {
            new ArrayDeque<Integer>().pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop empty: " + e.getClass().getName());
        }
        try {
            q.addLast(null);
        } catch (NullPointerException e) {
            System.out.println("null element: NullPointerException");
        }
        ArrayDeque<Integer> cm = new ArrayDeque<>(Arrays.asList(1, 2, 3, 4));
        try {
            for (Integer x : cm) {
                if (x == 2) {
                    cm.pollLast();
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("modified while iterating: " + e.getClass().getName());
        }
        System.out.println("cm " + cm);
    }
}
