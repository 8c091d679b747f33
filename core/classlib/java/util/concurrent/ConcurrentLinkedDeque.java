// An unbounded thread-safe deque on doubly linked nodes; each operation holds the deque's monitor.
package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

public class ConcurrentLinkedDeque<E> extends AbstractCollection<E> implements Deque<E>, java.io.Serializable {
    private static final long serialVersionUID = 876323262645176354L;

    /**
     * A node. A node removed inside the list loses its item but keeps its links, so iterators
     * go on; one removed at an end links to itself, and an iterator standing on it goes on
     * from the current end, as the JDK's do.
     */
    static final class Node<E> {
        E item;
        Node<E> prev;
        Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    private Node<E> first;
    private Node<E> last;
    private int count;

    public ConcurrentLinkedDeque() {
    }

    public ConcurrentLinkedDeque(Collection<? extends E> c) {
        for (E e : c) {
            addLast(e);
        }
    }

    public synchronized void addFirst(E e) {
        Objects.requireNonNull(e);
        Node<E> node = new Node<E>(e);
        node.next = first;
        if (first == null) {
            last = node;
        } else {
            first.prev = node;
        }
        first = node;
        count++;
    }

    public synchronized void addLast(E e) {
        Objects.requireNonNull(e);
        Node<E> node = new Node<E>(e);
        node.prev = last;
        if (last == null) {
            first = node;
        } else {
            last.next = node;
        }
        last = node;
        count++;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public synchronized E peekFirst() {
        return first == null ? null : first.item;
    }

    public synchronized E peekLast() {
        return last == null ? null : last.item;
    }

    public E getFirst() {
        E x = peekFirst();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    public E getLast() {
        E x = peekLast();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    private void unlink(Node<E> x) {
        Node<E> p = x.prev;
        Node<E> n = x.next;
        if (p == null) {
            first = n;
            x.next = x;
        } else {
            p.next = n;
        }
        if (n == null) {
            last = p;
            x.prev = x;
        } else {
            n.prev = p;
        }
        x.item = null;
        count--;
    }

    public synchronized E pollFirst() {
        Node<E> f = first;
        if (f == null) {
            return null;
        }
        E x = f.item;
        unlink(f);
        return x;
    }

    public synchronized E pollLast() {
        Node<E> l = last;
        if (l == null) {
            return null;
        }
        E x = l.item;
        unlink(l);
        return x;
    }

    public E removeFirst() {
        E x = pollFirst();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    public E removeLast() {
        E x = pollLast();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public boolean add(E e) {
        return offerLast(e);
    }

    public E poll() {
        return pollFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public E remove() {
        return removeFirst();
    }

    public E pop() {
        return removeFirst();
    }

    public E element() {
        return getFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public synchronized boolean removeFirstOccurrence(Object o) {
        Objects.requireNonNull(o);
        for (Node<E> p = first; p != null; p = p.next) {
            if (o.equals(p.item)) {
                unlink(p);
                return true;
            }
        }
        return false;
    }

    public synchronized boolean removeLastOccurrence(Object o) {
        Objects.requireNonNull(o);
        for (Node<E> p = last; p != null; p = p.prev) {
            if (o.equals(p.item)) {
                unlink(p);
                return true;
            }
        }
        return false;
    }

    public synchronized boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        for (Node<E> p = first; p != null; p = p.next) {
            if (o.equals(p.item)) {
                return true;
            }
        }
        return false;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized int size() {
        return count;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        Object[] a = c.toArray();
        for (Object e : a) {
            Objects.requireNonNull(e);
        }
        synchronized (this) {
            for (Object e : a) {
                @SuppressWarnings("unchecked")
                E x = (E) e;
                addLast(x);
            }
        }
        return a.length > 0;
    }

    public synchronized void clear() {
        for (Node<E> p = first; p != null; p = p.next) {
            p.item = null;
        }
        first = null;
        last = null;
        count = 0;
    }

    public synchronized Object[] toArray() {
        Object[] a = new Object[count];
        int k = 0;
        for (Node<E> p = first; p != null; p = p.next) {
            a[k++] = p.item;
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public synchronized <T> T[] toArray(T[] a) {
        if (a.length < count) {
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), count);
        }
        int k = 0;
        for (Node<E> p = first; p != null; p = p.next) {
            a[k++] = (T) p.item;
        }
        if (a.length > k) {
            a[k] = null;
        }
        return a;
    }

    public Iterator<E> iterator() {
        return new Itr(false);
    }

    public Iterator<E> descendingIterator() {
        return new Itr(true);
    }

    /** Walks the live list in one direction, skipping removed nodes. */
    private final class Itr implements Iterator<E> {
        private final boolean descending;
        private Node<E> next;
        private E nextItem;
        private Node<E> lastRet;

        Itr(boolean descending) {
            this.descending = descending;
            synchronized (ConcurrentLinkedDeque.this) {
                settle(descending ? last : first);
            }
        }

        private Node<E> step(Node<E> p) {
            if (descending) {
                Node<E> s = p.prev;
                return s == p ? last : s;
            }
            Node<E> s = p.next;
            return s == p ? first : s;
        }

        private void settle(Node<E> p) {
            while (p != null && p.item == null) {
                p = step(p);
            }
            next = p;
            nextItem = p != null ? p.item : null;
        }

        public boolean hasNext() {
            return next != null;
        }

        public E next() {
            synchronized (ConcurrentLinkedDeque.this) {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                E x = nextItem;
                lastRet = next;
                settle(step(next));
                return x;
            }
        }

        public void remove() {
            Node<E> n = lastRet;
            if (n == null) {
                throw new IllegalStateException();
            }
            lastRet = null;
            synchronized (ConcurrentLinkedDeque.this) {
                if (n.item != null) {
                    unlink(n);
                }
            }
        }
    }
}
