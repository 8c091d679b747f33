// An unbounded thread-safe FIFO queue on linked nodes; each operation holds the queue's monitor.
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements java.util.Queue<E>, java.io.Serializable {
    private static final long serialVersionUID = 196745693267521676L;

    /**
     * A node; a removed node loses its item but keeps its link, so iterators go on. As in the
     * JDK's queue, the last node stays linked even when removed (it has no successor to link
     * around it), so elements added later follow it.
     */
    static final class Node<E> {
        E item;
        Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    // head is a dummy node: the first element is head.next.
    private Node<E> head;
    private Node<E> tail;
    private int count;

    public ConcurrentLinkedQueue() {
        head = tail = new Node<E>(null);
    }

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        this();
        for (E e : c) {
            offer(e);
        }
    }

    public boolean add(E e) {
        return offer(e);
    }

    public synchronized boolean offer(E e) {
        Objects.requireNonNull(e);
        Node<E> node = new Node<E>(e);
        tail.next = node;
        tail = node;
        count++;
        return true;
    }

    public synchronized E poll() {
        for (Node<E> first; (first = head.next) != null;) {
            E x = first.item;
            first.item = null;
            head = first;
            if (x != null) {
                count--;
                return x;
            }
        }
        return null;
    }

    public synchronized E peek() {
        for (Node<E> p = head.next; p != null; p = p.next) {
            if (p.item != null) {
                return p.item;
            }
        }
        return null;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized int size() {
        return count;
    }

    public synchronized boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        for (Node<E> p = head.next; p != null; p = p.next) {
            if (o.equals(p.item)) {
                return true;
            }
        }
        return false;
    }

    private void unlink(Node<E> p, Node<E> trail) {
        p.item = null;
        if (p.next != null) {
            trail.next = p.next;
        }
        count--;
    }

    public synchronized boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        for (Node<E> trail = head, p = trail.next; p != null; trail = p, p = p.next) {
            if (o.equals(p.item)) {
                unlink(p, trail);
                return true;
            }
        }
        return false;
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
                offer(x);
            }
        }
        return a.length > 0;
    }

    public synchronized Object[] toArray() {
        Object[] a = new Object[count];
        int k = 0;
        for (Node<E> p = head.next; p != null; p = p.next) {
            if (p.item != null) {
                a[k++] = p.item;
            }
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public synchronized <T> T[] toArray(T[] a) {
        if (a.length < count) {
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), count);
        }
        int k = 0;
        for (Node<E> p = head.next; p != null; p = p.next) {
            if (p.item != null) {
                a[k++] = (T) p.item;
            }
        }
        if (a.length > k) {
            a[k] = null;
        }
        return a;
    }

    public synchronized void clear() {
        for (Node<E> p = head.next; p != null; p = p.next) {
            p.item = null;
        }
        head.next = null;
        tail = head;
        count = 0;
    }

    public Iterator<E> iterator() {
        return new Itr();
    }

    /** Walks the live list: sees elements added after it started, skips removed ones. */
    private final class Itr implements Iterator<E> {
        private Node<E> next;
        private E nextItem;
        private Node<E> lastRet;

        Itr() {
            synchronized (ConcurrentLinkedQueue.this) {
                advance(head);
            }
        }

        private void advance(Node<E> p) {
            Node<E> q = p.next;
            while (q != null && q.item == null) {
                q = q.next;
            }
            next = q;
            nextItem = q != null ? q.item : null;
        }

        public boolean hasNext() {
            return next != null;
        }

        public E next() {
            synchronized (ConcurrentLinkedQueue.this) {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                E x = nextItem;
                lastRet = next;
                advance(next);
                return x;
            }
        }

        public void remove() {
            Node<E> node = lastRet;
            if (node == null) {
                throw new IllegalStateException();
            }
            lastRet = null;
            synchronized (ConcurrentLinkedQueue.this) {
                for (Node<E> trail = head, p = trail.next; p != null; trail = p, p = p.next) {
                    if (p == node) {
                        if (p.item != null) {
                            unlink(p, trail);
                        }
                        return;
                    }
                }
            }
        }
    }
}
