// Checks user classes built on AbstractList, AbstractSequentialList, AbstractSet, AbstractMap
// and AbstractQueue: the inherited methods behave as the JDK's.
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractQueue;
import java.util.AbstractSequentialList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

public class CustomAbstractCollections {
    /** The integers [from, to) as a read-only list. */
    static final class Range extends AbstractList<Integer> {
        final int from;
        final int to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Integer get(int i) {
            if (i < 0 || i >= size()) {
                throw new IndexOutOfBoundsException("Index: " + i);
            }
            return from + i;
        }

        @Override
        public int size() {
            return to - from;
        }
    }

    /** A growable list that only implements get, set, add, remove and size. */
    static final class Backed extends AbstractList<String> {
        private final List<String> store = new ArrayList<>();

        @Override
        public String get(int i) {
            return store.get(i);
        }

        @Override
        public String set(int i, String s) {
            return store.set(i, s);
        }

        @Override
        public void add(int i, String s) {
            store.add(i, s);
            modCount++;
        }

        @Override
        public String remove(int i) {
            modCount++;
            return store.remove(i);
        }

        @Override
        public int size() {
            return store.size();
        }
    }

    static final class Seq extends AbstractSequentialList<Character> {
        private final LinkedList<Character> inner = new LinkedList<>();

        @Override
        public ListIterator<Character> listIterator(int index) {
            return inner.listIterator(index);
        }

        @Override
        public int size() {
            return inner.size();
        }
    }

    /** The even numbers below a bound, as a set. */
    static final class Evens extends AbstractSet<Integer> {
        final int bound;

        Evens(int bound) {
            this.bound = bound;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = 0;

                @Override
                public boolean hasNext() {
                    return next < bound;
                }

                @Override
                public Integer next() {
                    if (next >= bound) {
                        throw new NoSuchElementException();
                    }
                    int v = next;
                    next += 2;
                    return v;
                }
            };
        }

        @Override
        public int size() {
            return (bound + 1) / 2;
        }
    }

    /** Squares of 1..n as a map, read-only, computed on the fly. */
    static final class Squares extends AbstractMap<Integer, Integer> {
        final int n;

        Squares(int n) {
            this.n = n;
        }

        @Override
        public Set<Map.Entry<Integer, Integer>> entrySet() {
            return new AbstractSet<Map.Entry<Integer, Integer>>() {
                @Override
                public Iterator<Map.Entry<Integer, Integer>> iterator() {
                    return new Iterator<Map.Entry<Integer, Integer>>() {
                        int i = 1;

                        @Override
                        public boolean hasNext() {
                            return i <= n;
                        }

                        @Override
                        public Map.Entry<Integer, Integer> next() {
                            int k = i++;
                            return new AbstractMap.SimpleImmutableEntry<>(k, k * k);
                        }
                    };
                }

                @Override
                public int size() {
                    return n;
                }
            };
        }
    }

    /** A bounded FIFO on a ring, with offer refusing when full. */
    static final class Ring extends AbstractQueue<Integer> {
        private final int[] slots;
        private int head;
        private int count;

        Ring(int capacity) {
            slots = new int[capacity];
        }

        @Override
        public boolean offer(Integer x) {
            if (count == slots.length) {
                return false;
            }
            slots[(head + count++) % slots.length] = x;
            return true;
        }

        @Override
        public Integer poll() {
            if (count == 0) {
                return null;
            }
            int x = slots[head];
            head = (head + 1) % slots.length;
            count--;
            return x;
        }

        @Override
        public Integer peek() {
            return count == 0 ? null : slots[head];
        }

        @Override
        public int size() {
            return count;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int k = 0;

                @Override
                public boolean hasNext() {
                    return k < count;
                }

                @Override
                public Integer next() {
                    return slots[(head + k++) % slots.length];
                }
            };
        }
    }

    public static void main(String[] args) {
        Range r = new Range(5, 12);
        System.out.println(r + " size " + r.size() + " contains(7) " + r.contains(7) + " indexOf(9) " + r.indexOf(9)
                + " lastIndexOf(4) " + r.lastIndexOf(4) + " hash " + r.hashCode() + " equals " + r.equals(Arrays.asList(5, 6, 7, 8, 9, 10, 11)));
        System.out.println("subList " + r.subList(2, 5) + " toArray " + Arrays.toString(r.toArray()));
        try {
            r.add(3);
        } catch (UnsupportedOperationException e) {
            System.out.println("add: UnsupportedOperationException");
        }
        Iterator<Integer> it = r.iterator();
        while (it.hasNext()) {
            it.next();
        }
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("past end: " + e.getClass().getName());
        }
        Backed b = new Backed();
        b.addAll(Arrays.asList("a", "b", "c", "d"));
        b.add(1, "x");
        b.remove("c");
        System.out.println(b + " " + b.size());
        ListIterator<String> li = b.listIterator();
        while (li.hasNext()) {
            String s = li.next();
            if (s.equals("x")) {
                li.remove();
            } else {
                li.set(s + s);
                li.add("+");
            }
        }
        System.out.println("after listIterator " + b);
        b.subList(1, 3).clear();
        System.out.println("subList clear " + b);
        b.removeIf(s -> s.equals("+"));
        b.replaceAll(String::toUpperCase);
        b.sort(null);
        System.out.println("removeIf/replaceAll/sort " + b);
        try {
            for (String s : b) {
                b.add(0, s);
            }
        } catch (java.util.ConcurrentModificationException e) {
            System.out.println("modCount honored: " + e.getClass().getName());
        }
        Seq seq = new Seq();
        for (char ch : "hello".toCharArray()) {
            seq.add(ch);
        }
        seq.add(2, '-');
        seq.set(0, 'H');
        seq.remove(4);
        System.out.println(seq + " get(2) " + seq.get(2));
        try {
            seq.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("seq.get(10): " + e.getMessage());
        }
        Evens ev = new Evens(11);
        System.out.println(ev + " size " + ev.size() + " contains(4) " + ev.contains(4) + " contains(5) " + ev.contains(5)
                + " hash " + ev.hashCode() + " equals " + ev.equals(Set.of(0, 2, 4, 6, 8, 10)));
        Squares sq = new Squares(6);
        System.out.println(sq + " get(4) " + sq.get(4) + " get(9) " + sq.get(9) + " containsKey(6) " + sq.containsKey(6)
                + " containsValue(25) " + sq.containsValue(25) + " keys " + sq.keySet() + " values " + sq.values()
                + " hash " + sq.hashCode() + " equals " + sq.equals(Map.of(1, 1, 2, 4, 3, 9, 4, 16, 5, 25, 6, 36)));
        Ring ring = new Ring(3);
        System.out.println("offers " + ring.offer(1) + ring.offer(2) + ring.offer(3) + ring.offer(4) + " " + ring);
        try {
            ring.add(5);
        } catch (IllegalStateException e) {
            System.out.println("add when full: " + e.getMessage());
        }
        System.out.println("remove " + ring.remove() + " element " + ring.element() + " " + ring);
        ring.clear();
        try {
            ring.remove();
        } catch (NoSuchElementException e) {
            System.out.println("remove empty: " + e.getClass().getName());
        }
        ring.addAll(Arrays.asList(7, 8));
        System.out.println("addAll " + ring + " contains(8) " + ring.contains(8));
    }
}
