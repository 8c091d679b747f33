// Checks ConcurrentLinkedQueue/Deque and CopyOnWriteArrayList/Set, alone and filled from several threads.
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

public class ConcCollections {
    public static void main(String[] args) throws Exception {
        ConcurrentLinkedQueue<String> q = new ConcurrentLinkedQueue<>();
        q.add("a");
        q.offer("b");
        q.add("c");
        System.out.println(q + " peek " + q.peek() + " poll " + q.poll() + " size " + q.size() + " " + q);
        for (Iterator<String> it = q.iterator(); it.hasNext();) {
            String s = it.next();
            if (s.equals("b")) q.add("added-while-iterating");
            System.out.println("  saw " + s);
        }
        q.remove("c");
        System.out.println("after remove: " + q + ", contains b " + q.contains("b"));

        ConcurrentLinkedDeque<Integer> d = new ConcurrentLinkedDeque<>();
        d.addFirst(2);
        d.addFirst(1);
        d.addLast(3);
        d.push(0);
        System.out.println(d + " first " + d.peekFirst() + " last " + d.peekLast() + " pollLast " + d.pollLast()
                + " pop " + d.pop() + " " + d);
        List<Integer> desc = new ArrayList<>();
        d.descendingIterator().forEachRemaining(desc::add);
        System.out.println("descending " + desc);

        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(1, 2, 3));
        for (Integer x : cow) {
            cow.add(x * 10); // the iterator works on a snapshot
        }
        System.out.println("cow " + cow + " size " + cow.size());
        Iterator<Integer> it = cow.iterator();
        it.next();
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator remove: UnsupportedOperationException");
        }
        System.out.println("addIfAbsent 2: " + cow.addIfAbsent(2) + ", 4: " + cow.addIfAbsent(4) + ", indexOf 30 "
                + cow.indexOf(30) + ", subList " + cow.subList(1, 3));
        cow.removeIf(x -> x >= 20);
        cow.replaceAll(x -> x + 1);
        System.out.println("after removeIf and replaceAll " + cow + ", equals " + cow.equals(List.of(2, 3, 4, 11, 5))
                + ", hash " + (cow.hashCode() == List.of(2, 3, 4, 11, 5).hashCode()));
        try {
            cow.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(10): " + e.getMessage());
        }

        CopyOnWriteArraySet<String> set = new CopyOnWriteArraySet<>();
        for (String s : "to be or not to be".split(" ")) set.add(s);
        System.out.println("set " + set + " size " + set.size() + " contains or " + set.contains("or"));

        // Filled from several threads: the contents are known, the order is not.
        final ConcurrentLinkedQueue<Integer> shared = new ConcurrentLinkedQueue<>();
        final CopyOnWriteArrayList<Integer> list = new CopyOnWriteArrayList<>();
        final CopyOnWriteArraySet<Integer> unique = new CopyOnWriteArraySet<>();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 250; k++) {
                    shared.add(id * 1000 + k);
                    if (k % 10 == 0) list.add(id * 1000 + k);
                    unique.add(k % 30);
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        long s = 0;
        int n = 0;
        for (Integer x; (x = shared.poll()) != null; n++) s += x;
        List<Integer> l = new ArrayList<>(list);
        Collections.sort(l);
        List<Integer> u = new ArrayList<>(unique);
        Collections.sort(u);
        System.out.println("queue drained " + n + " items, sum " + s + ", now empty " + shared.isEmpty());
        System.out.println("list " + l.size() + " items, first " + l.get(0) + ", last " + l.get(l.size() - 1));
        System.out.println("set " + u.size() + " distinct, " + u.get(0) + ".." + u.get(u.size() - 1));
    }
}
