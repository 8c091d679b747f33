// Checks interface methods invoked through abstract classes: abstract class leaves interface methods unimplemented, default calls abstract.
public class InterfaceViaAbstract {
    interface Stack {
        void push(int v);

        int pop();

        int size();

        default boolean isEmpty() { return size() == 0; }

        default int peekOr(int dflt) {
            if (isEmpty()) return dflt;
            int v = pop();
            push(v);
            return v;
        }

        default void pushAll(int... vs) {
            for (int v : vs) push(v);
        }
    }

    static abstract class AbstractStack implements Stack {
        protected int count;

        public int size() { return count; }

        public abstract String describe();

        public String toString() { return describe() + " size=" + size() + " top=" + peekOr(-1); }
    }

    static class ArrayStack extends AbstractStack {
        private int[] items = new int[2];

        public void push(int v) {
            if (count == items.length) {
                int[] n = new int[items.length * 2];
                System.arraycopy(items, 0, n, 0, count);
                items = n;
            }
            items[count++] = v;
        }

        public int pop() {
            if (count == 0) throw new IllegalStateException("empty");
            return items[--count];
        }

        public String describe() { return "ArrayStack(cap " + items.length + ")"; }
    }

    static class LinkedStack extends AbstractStack {
        private static final class Node {
            final int v;
            final Node next;

            Node(int v, Node next) { this.v = v; this.next = next; }
        }

        private Node head;

        public void push(int v) {
            head = new Node(v, head);
            count++;
        }

        public int pop() {
            if (head == null) throw new IllegalStateException("empty linked");
            int v = head.v;
            head = head.next;
            count--;
            return v;
        }

        public String describe() { return "LinkedStack"; }

        @Override
        public boolean isEmpty() { return head == null; }
    }

    public static void main(String[] args) {
        Stack[] stacks = {new ArrayStack(), new LinkedStack()};
        for (Stack s : stacks) {
            System.out.println(s + " empty=" + s.isEmpty());
            s.pushAll(1, 2, 3, 4, 5);
            System.out.println(s + " empty=" + s.isEmpty());
            int sum = 0;
            while (!s.isEmpty()) sum = sum * 10 + s.pop();
            System.out.println("popped " + sum + " " + s);
            try {
                s.pop();
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
            }
        }
        AbstractStack as = new ArrayStack();
        for (int i = 0; i < 100; i++) as.push(i * i);
        System.out.println(as.describe() + " " + as.peekOr(0) + " " + as.size());
    }
}
