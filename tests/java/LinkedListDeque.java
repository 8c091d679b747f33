// Checks LinkedList as a list, a queue, a deque and a stack.
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.ListIterator;

public class LinkedListDeque {
    public static void main(String[] args) {
        LinkedList<String> l = new LinkedList<>(Arrays.asList("b", "c", "d"));
        l.addFirst("a");
        l.addLast("e");
        l.add(2, "x");
        System.out.println(l + " get(2) " + l.get(2) + " first " + l.getFirst() + " last " + l.getLast());
        System.out.println("remove(2) " + l.remove(2) + " removeFirst " + l.removeFirst() + " removeLast " + l.removeLast() + " -> " + l);
        l.offer("f");
        l.offerFirst("0");
        l.push("top");
        System.out.println(l + " peek " + l.peek() + " peekLast " + l.peekLast() + " element " + l.element());
        System.out.println("pop " + l.pop() + " poll " + l.poll() + " pollLast " + l.pollLast() + " -> " + l);
        l.addAll(Arrays.asList("b", "q", "b"));
        l.addAll(1, Arrays.asList("i1", "i2"));
        System.out.println(l + " indexOf(b) " + l.indexOf("b") + " lastIndexOf(b) " + l.lastIndexOf("b"));
        l.removeFirstOccurrence("b");
        l.removeLastOccurrence("b");
        System.out.println("occurrences " + l + " contains(q) " + l.contains("q"));
        l.set(0, "S");
        l.add(null);
        System.out.println("with null " + l + " indexOf(null) " + l.indexOf(null) + " remove(null) " + l.remove(null));
        Iterator<String> desc = l.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) {
            String s = desc.next();
            sb.append(s).append(' ');
            if (s.startsWith("i")) {
                desc.remove();
            }
        }
        System.out.println("descending " + sb + "-> " + l);
        ListIterator<String> it = l.listIterator(l.size());
        it.add("end");
        it.previous();
        it.previous();
        it.set("SET");
        System.out.println("listIterator " + l);
        LinkedList<Integer> q = new LinkedList<>();
        for (int i = 0; i < 10; i++) {
            q.add(i);
            if (i % 3 == 2) {
                q.poll();
            }
        }
        System.out.println("queue " + q + " size " + q.size() + " array " + Arrays.toString(q.toArray(new Integer[0])));
        @SuppressWarnings("unchecked")
        LinkedList<Integer> clone = (LinkedList<Integer>) q.clone();
        clone.clear();
        System.out.println("clone cleared " + clone + " original " + q + " poll " + clone.poll() + " peekFirst " + clone.peekFirst());
        q.sort(null);
        q.removeIf(x -> x % 2 == 0);
        q.replaceAll(x -> x * 11);
        System.out.println("sorted/filtered/mapped " + q + " hash " + q.hashCode());
    }
}
