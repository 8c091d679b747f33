// Checks the blocking queues: FIFO and priority order, capacity, timed offer/poll, drainTo and hand-offs.
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

public class ConcBlockingQueues {
    static void basics(String name, BlockingQueue<Integer> q) throws InterruptedException {
        for (int i : new int[] {5, 1, 4, 2, 3}) {
            q.offer(i);
        }
        System.out.println(name + ": " + q + " size " + q.size() + " remaining " + (q.remainingCapacity() > 100 ? "many"
                : String.valueOf(q.remainingCapacity())) + " peek " + q.peek() + " contains 4 " + q.contains(4));
        List<Integer> drained = new ArrayList<>();
        System.out.println("  take " + q.take() + ", poll " + q.poll() + ", drainTo(2) " + q.drainTo(drained, 2)
                + " -> " + drained + ", left " + q);
        q.remove(drained.isEmpty() ? 0 : q.peek());
        System.out.println("  after remove(head): " + q + ", poll(1 ms) on the rest: " + q.poll(1, TimeUnit.MILLISECONDS)
                + ", then " + q.poll(1, TimeUnit.MILLISECONDS));
    }

    public static void main(String[] args) throws Exception {
        basics("LinkedBlockingQueue", new LinkedBlockingQueue<>());
        basics("ArrayBlockingQueue", new ArrayBlockingQueue<>(10));
        basics("LinkedBlockingDeque", new LinkedBlockingDeque<>());
        basics("PriorityBlockingQueue", new PriorityBlockingQueue<>());
        basics("PriorityBlockingQueue reversed", new PriorityBlockingQueue<>(4, Comparator.reverseOrder()));

        ArrayBlockingQueue<String> small = new ArrayBlockingQueue<>(2);
        System.out.println("offer a " + small.offer("a") + ", b " + small.offer("b") + ", c " + small.offer("c")
                + ", timed c " + small.offer("c", 5, TimeUnit.MILLISECONDS));
        try {
            small.add("d");
        } catch (IllegalStateException e) {
            System.out.println("add to a full queue: " + e.getMessage());
        }
        try {
            small.offer(null);
        } catch (NullPointerException e) {
            System.out.println("null element: NullPointerException");
        }
        LinkedBlockingQueue<Integer> bounded = new LinkedBlockingQueue<>(3);
        bounded.put(1);
        bounded.put(2);
        bounded.put(3);
        System.out.println("bounded full: remaining " + bounded.remainingCapacity() + ", offer " + bounded.offer(4));

        LinkedBlockingDeque<String> deque = new LinkedBlockingDeque<>();
        deque.putFirst("b");
        deque.putFirst("a");
        deque.putLast("c");
        deque.push("z");
        System.out.println("deque " + deque + ", pollLast " + deque.pollLast() + ", takeFirst " + deque.takeFirst()
                + ", pop " + deque.pop() + ", left " + deque);
        List<String> desc = new ArrayList<>();
        deque.addAll(List.of("x", "y"));
        deque.descendingIterator().forEachRemaining(desc::add);
        System.out.println("descending " + desc);

        PriorityBlockingQueue<Integer> pq = new PriorityBlockingQueue<>();
        for (int i : new int[] {9, 3, 7, 1, 8, 2, 6}) pq.add(i);
        System.out.println("heap order " + pq + ", head " + pq.peek());
        List<Integer> sorted = new ArrayList<>();
        pq.drainTo(sorted);
        System.out.println("drained in priority order " + sorted);

        // A producer and a consumer handing items through a queue.
        final BlockingQueue<Integer> handoff = new ArrayBlockingQueue<>(2);
        final long[] sum = new long[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int x; (x = handoff.take()) >= 0;) sum[0] += x;
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        for (int i = 1; i <= 1000; i++) handoff.put(i);
        handoff.put(-1);
        consumer.join();
        System.out.println("handed off sum " + sum[0]);

        // SynchronousQueue: every put waits for a take.
        final SynchronousQueue<String> sq = new SynchronousQueue<>();
        System.out.println("sync offer with no taker: " + sq.offer("lost") + ", size " + sq.size() + ", " + sq);
        final List<String> got = Collections.synchronizedList(new ArrayList<>());
        Thread taker = new Thread(() -> {
            try {
                for (int i = 0; i < 3; i++) got.add(sq.take());
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        taker.start();
        sq.put("one");
        sq.put("two");
        sq.put("three");
        taker.join();
        System.out.println("taken through the SynchronousQueue: " + got);
        System.out.println("sync poll with no giver: " + sq.poll(5, TimeUnit.MILLISECONDS));
    }
}
