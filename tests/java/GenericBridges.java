// Checks generics with bridge methods: generic interface implemented with concrete types, covariant returns, erasure.
public class GenericBridges {
    interface Transformer<A, B> {
        B transform(A a);
    }

    static class Length implements Transformer<String, Integer> {
        public Integer transform(String s) { return s.length(); }
    }

    interface Box<T extends Comparable<T>> {
        T get();

        default boolean bigger(Box<T> other) { return get().compareTo(other.get()) > 0; }
    }

    static class IntBox implements Box<Integer>, Comparable<IntBox> {
        final int v;

        IntBox(int v) { this.v = v; }

        public Integer get() { return v; }

        public int compareTo(IntBox o) { return Integer.compare(v, o.v); }
    }

    static class Animal {
        Animal self() { return this; }

        Object value() { return "animal-value"; }

        public String toString() { return "Animal"; }
    }

    static class Dog extends Animal {
        @Override
        Dog self() { return this; }

        @Override
        String value() { return "dog-value"; }

        public String toString() { return "Dog"; }

        String bark() { return "woof"; }
    }

    static class Node<T> {
        T val;
        Node<T> next;

        Node(T val, Node<T> next) { this.val = val; this.next = next; }

        void set(T v) { val = v; }
    }

    static class StringNode extends Node<String> {
        StringNode(String v) { super(v, null); }

        @Override
        void set(String v) { super.set(v.toUpperCase()); }
    }

    static <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }

    static <T> int count(Node<T> n) {
        int c = 0;
        for (; n != null; n = n.next) c++;
        return c;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Transformer<String, Integer> t = new Length();
        System.out.println(t.transform("hello") + 1);
        Transformer raw = t;
        System.out.println(raw.transform("bridged"));
        try {
            raw.transform(Integer.valueOf(5));
        } catch (ClassCastException e) {
            System.out.println("bridge cast: " + e.getClass().getName());
        }
        IntBox a = new IntBox(3), b = new IntBox(9);
        System.out.println(a.bigger(b) + " " + b.bigger(a) + " " + a.compareTo(b) + " " + ((Comparable) b).compareTo(a));
        Animal an = new Dog();
        System.out.println(an.self() + " " + an.value() + " " + new Dog().self().bark());
        Node<String> sn = new StringNode("abc");
        sn.set("lower");
        System.out.println(sn.val);
        Node rawNode = sn;
        try {
            rawNode.set(42);
        } catch (ClassCastException e) {
            System.out.println("bridge set: " + e.getClass().getName());
        }
        Node<Integer> list = new Node<>(1, new Node<>(2, new Node<>(3, null)));
        int sum = 0;
        for (Node<Integer> n = list; n != null; n = n.next) sum += n.val;
        System.out.println(sum + " " + count(list) + " " + count(sn));
        System.out.println(max("pear", "apple") + " " + max(3, 7) + " " + max(2.5, -1.0) + " " + max('x', 'y'));
        Transformer<Integer, String> lam = i -> "#" + i;
        Transformer<Integer, Transformer<Integer, Integer>> curried = x -> y -> x * 10 + y;
        System.out.println(lam.transform(5) + " " + curried.transform(4).transform(2));
    }
}
