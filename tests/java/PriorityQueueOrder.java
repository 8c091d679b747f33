// Checks PriorityQueue: heap array order (toString, iteration) after mixed offers and polls.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

public class PriorityQueueOrder {
    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] ops = {5, 3, 8, 1, 9, 2, -1, 7, 6, -1, -1, 4, 0, 11, -1, 10, 3, 3, -1};
        for (int op : ops) {
            if (op < 0) {
                System.out.println("poll " + pq.poll() + " -> " + pq);
            } else {
                pq.offer(op);
                System.out.println("offer " + op + " -> " + pq);
            }
        }
        System.out.println("peek " + pq.peek() + " size " + pq.size() + " contains(7) " + pq.contains(7));
        pq.remove(7);
        System.out.println("remove(7) " + pq);
        pq.remove(3);
        System.out.println("remove(3) " + pq);

        PriorityQueue<String> max = new PriorityQueue<>(Comparator.reverseOrder());
        for (String w : "delta alpha echo charlie bravo foxtrot golf hotel".split(" ")) {
            max.add(w);
        }
        System.out.println("max-heap " + max);
        StringBuilder order = new StringBuilder();
        while (!max.isEmpty()) {
            order.append(max.poll()).append(' ');
        }
        System.out.println("polled " + order);

        List<Integer> data = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            data.add((i * 37 + 11) % 23);
        }
        PriorityQueue<Integer> heapified = new PriorityQueue<>(data);
        System.out.println("heapify " + heapified);
        PriorityQueue<Integer> fromSorted = new PriorityQueue<>(new TreeSet<>(data));
        System.out.println("from sorted set " + fromSorted);
        PriorityQueue<Integer> fromPq = new PriorityQueue<>(heapified);
        System.out.println("from pq " + fromPq);

        Iterator<Integer> it = heapified.iterator();
        while (it.hasNext()) {
            int v = it.next();
            if (v % 3 == 0) {
                it.remove();
            }
        }
        System.out.println("iterator removed multiples of 3: " + heapified);
        heapified.removeIf(v -> v > 15);
        System.out.println("removeIf >15: " + heapified);
        heapified.addAll(Arrays.asList(100, -5, 50));
        Object[] arr = heapified.toArray();
        System.out.println("toArray " + Arrays.toString(arr));
        Integer[] sorted = heapified.toArray(new Integer[0]);
        Arrays.sort(sorted);
        System.out.println("sorted copy " + Arrays.toString(sorted));

        PriorityQueue<int[]> tasks = new PriorityQueue<>(
                Comparator.<int[]>comparingInt(t -> t[0]).thenComparingInt(t -> t[1]));
        int[][] input = {{3, 1}, {1, 2}, {3, 0}, {2, 5}, {1, 1}, {2, 2}};
        for (int[] t : input) {
            tasks.add(t);
        }
        StringBuilder ts = new StringBuilder();
        while (!tasks.isEmpty()) {
            int[] t = tasks.poll();
            ts.append('(').append(t[0]).append(',').append(t[1]).append(')');
        }
        System.out.println("tasks " + ts);
        PriorityQueue<Integer> big = new PriorityQueue<>(1);
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            shuffled.add(i);
        }
        Collections.shuffle(shuffled, new java.util.Random(7));
        big.addAll(shuffled);
        for (int i = 0; i < 290; i++) {
            big.poll();
        }
        System.out.println("last ten " + big);
        big.clear();
        System.out.println("cleared " + big + " poll " + big.poll());
    }
}
