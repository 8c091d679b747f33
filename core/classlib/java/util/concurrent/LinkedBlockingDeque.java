// An optionally bounded blocking deque on doubly linked nodes, guarded by one monitor.
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

public class LinkedBlockingDeque<E> extends AbstractQueue<E> implements BlockingDeque<E>, java.io.Serializable {
    private static final long serialVersionUID = -387911632671998426L;

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
    private final int capacity;
    /** Takers and putters wait on this monitor; every change notifies all of them. */
    private final Object lock = new Object();

    public LinkedBlockingDeque() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingDeque(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        this.capacity = capacity;
    }

    public LinkedBlockingDeque(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        addAll(c);
    }

    // ---- Linking, with the monitor held ----

    private boolean linkFirst(E e) {
        if (count >= capacity) {
            return false;
        }
        Node<E> node = new Node<E>(e);
        Node<E> f = first;
        node.next = f;
        first = node;
        if (last == null) {
            last = node;
        } else {
            f.prev = node;
        }
        count++;
        lock.notifyAll();
        return true;
    }

    private boolean linkLast(E e) {
        if (count >= capacity) {
            return false;
        }
        Node<E> node = new Node<E>(e);
        Node<E> l = last;
        node.prev = l;
        last = node;
        if (first == null) {
            first = node;
        } else {
            l.next = node;
        }
        count++;
        lock.notifyAll();
        return true;
    }

    private E unlinkFirst() {
        Node<E> f = first;
        if (f == null) {
            return null;
        }
        E item = f.item;
        f.item = null;
        Node<E> n = f.next;
        f.next = f;
        first = n;
        if (n == null) {
            last = null;
        } else {
            n.prev = null;
        }
        count--;
        lock.notifyAll();
        return item;
    }

    private E unlinkLast() {
        Node<E> l = last;
        if (l == null) {
            return null;
        }
        E item = l.item;
        l.item = null;
        Node<E> p = l.prev;
        l.prev = l;
        last = p;
        if (p == null) {
            first = null;
        } else {
            p.next = null;
        }
        count--;
        lock.notifyAll();
        return item;
    }

    private void unlink(Node<E> x) {
        Node<E> p = x.prev;
        Node<E> n = x.next;
        if (p == null) {
            unlinkFirst();
        } else if (n == null) {
            unlinkLast();
        } else {
            p.next = n;
            n.prev = p;
            x.item = null;
            count--;
            lock.notifyAll();
        }
    }

    // ---- BlockingDeque ----

    public void addFirst(E e) {
        if (!offerFirst(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    public void addLast(E e) {
        if (!offerLast(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    public boolean offerFirst(E e) {
        Objects.requireNonNull(e);
        synchronized (lock) {
            return linkFirst(e);
        }
    }

    public boolean offerLast(E e) {
        Objects.requireNonNull(e);
        synchronized (lock) {
            return linkLast(e);
        }
    }

    public void putFirst(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (!linkFirst(e)) {
                lock.wait();
            }
        }
    }

    public void putLast(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (!linkLast(e)) {
                lock.wait();
            }
        }
    }

    public boolean offerFirst(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (!linkFirst(e)) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = TimedWait.awaitNanos(lock, nanos);
            }
            return true;
        }
    }

    public boolean offerLast(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (!linkLast(e)) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = TimedWait.awaitNanos(lock, nanos);
            }
            return true;
        }
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

    public E pollFirst() {
        synchronized (lock) {
            return unlinkFirst();
        }
    }

    public E pollLast() {
        synchronized (lock) {
            return unlinkLast();
        }
    }

    public E takeFirst() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            E x;
            while ((x = unlinkFirst()) == null) {
                lock.wait();
            }
            return x;
        }
    }

    public E takeLast() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            E x;
            while ((x = unlinkLast()) == null) {
                lock.wait();
            }
            return x;
        }
    }

    public E pollFirst(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            E x;
            while ((x = unlinkFirst()) == null) {
                if (nanos <= 0L) {
                    return null;
                }
                nanos = TimedWait.awaitNanos(lock, nanos);
            }
            return x;
        }
    }

    public E pollLast(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            E x;
            while ((x = unlinkLast()) == null) {
                if (nanos <= 0L) {
                    return null;
                }
                nanos = TimedWait.awaitNanos(lock, nanos);
            }
            return x;
        }
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

    public E peekFirst() {
        synchronized (lock) {
            return first == null ? null : first.item;
        }
    }

    public E peekLast() {
        synchronized (lock) {
            return last == null ? null : last.item;
        }
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            for (Node<E> p = first; p != null; p = p.next) {
                if (o.equals(p.item)) {
                    unlink(p);
                    return true;
                }
            }
            return false;
        }
    }

    public boolean removeLastOccurrence(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            for (Node<E> p = last; p != null; p = p.prev) {
                if (o.equals(p.item)) {
                    unlink(p);
                    return true;
                }
            }
            return false;
        }
    }

    // ---- BlockingQueue ----

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public void put(E e) throws InterruptedException {
        putLast(e);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return offerLast(e, timeout, unit);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E take() throws InterruptedException {
        return takeFirst();
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return pollFirst(timeout, unit);
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public int remainingCapacity() {
        synchronized (lock) {
            return capacity - count;
        }
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        if (maxElements <= 0) {
            return 0;
        }
        synchronized (lock) {
            int n = 0;
            while (n < maxElements && first != null) {
                c.add(first.item);
                unlinkFirst();
                n++;
            }
            return n;
        }
    }

    // ---- Stack ----

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    // ---- Collection ----

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public int size() {
        synchronized (lock) {
            return count;
        }
    }

    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            for (Node<E> p = first; p != null; p = p.next) {
                if (o.equals(p.item)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Adds all of c, or none if it does not fit (c's elements are checked for null first). */
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        Object[] a = c.toArray();
        if (a.length == 0) {
            return false;
        }
        for (Object e : a) {
            Objects.requireNonNull(e);
        }
        synchronized (lock) {
            if (a.length > capacity - count) {
                throw new IllegalStateException("Deque full");
            }
            for (Object e : a) {
                @SuppressWarnings("unchecked")
                E x = (E) e;
                linkLast(x);
            }
        }
        return true;
    }

    public Object[] toArray() {
        synchronized (lock) {
            Object[] a = new Object[count];
            int k = 0;
            for (Node<E> p = first; p != null; p = p.next) {
                a[k++] = p.item;
            }
            return a;
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        synchronized (lock) {
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
    }

    public void clear() {
        synchronized (lock) {
            for (Node<E> p = first; p != null; p = p.next) {
                p.item = null;
            }
            first = null;
            last = null;
            count = 0;
            lock.notifyAll();
        }
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
            synchronized (lock) {
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
            synchronized (lock) {
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
            synchronized (lock) {
                if (n.item != null) {
                    unlink(n);
                }
            }
        }
    }
}
