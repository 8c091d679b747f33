// An optionally bounded FIFO blocking queue on linked nodes, guarded by one monitor.
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

public class LinkedBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = -6903933977591709194L;

    /** A node; a taken node keeps its next link (and loses its item) so that iterators go on. */
    static final class Node<E> {
        E item;
        Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    private final int capacity;
    private int count;
    // head is a dummy node: the first element is head.next.
    private Node<E> head;
    private Node<E> last;
    /** Takers and putters wait on this monitor; every change notifies all of them. */
    private final Object lock = new Object();

    public LinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingQueue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        this.capacity = capacity;
        last = head = new Node<E>(null);
    }

    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            if (count == capacity) {
                throw new IllegalStateException("Queue full");
            }
            enqueue(e);
        }
    }

    private void enqueue(E e) {
        Node<E> node = new Node<E>(e);
        last.next = node;
        last = node;
        count++;
    }

    private E dequeue() {
        Node<E> first = head.next;
        E x = first.item;
        head = first;
        first.item = null;
        count--;
        return x;
    }

    public int size() {
        synchronized (lock) {
            return count;
        }
    }

    public int remainingCapacity() {
        synchronized (lock) {
            return capacity - count;
        }
    }

    public void put(E e) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (count == capacity) {
                lock.wait();
            }
            enqueue(e);
            lock.notifyAll();
        }
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (count == capacity) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = TimedWait.awaitNanos(lock, nanos);
            }
            enqueue(e);
            lock.notifyAll();
            return true;
        }
    }

    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            if (count == capacity) {
                return false;
            }
            enqueue(e);
            lock.notifyAll();
            return true;
        }
    }

    public E take() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (count == 0) {
                lock.wait();
            }
            E x = dequeue();
            lock.notifyAll();
            return x;
        }
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (count == 0) {
                if (nanos <= 0L) {
                    return null;
                }
                nanos = TimedWait.awaitNanos(lock, nanos);
            }
            E x = dequeue();
            lock.notifyAll();
            return x;
        }
    }

    public E poll() {
        synchronized (lock) {
            if (count == 0) {
                return null;
            }
            E x = dequeue();
            lock.notifyAll();
            return x;
        }
    }

    public E peek() {
        synchronized (lock) {
            return count > 0 ? head.next.item : null;
        }
    }

    /** Unlinks p, whose predecessor is trail. */
    private void unlink(Node<E> p, Node<E> trail) {
        p.item = null;
        trail.next = p.next;
        if (last == p) {
            last = trail;
        }
        count--;
        lock.notifyAll();
    }

    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            for (Node<E> trail = head, p = trail.next; p != null; trail = p, p = p.next) {
                if (o.equals(p.item)) {
                    unlink(p, trail);
                    return true;
                }
            }
            return false;
        }
    }

    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            for (Node<E> p = head.next; p != null; p = p.next) {
                if (o.equals(p.item)) {
                    return true;
                }
            }
            return false;
        }
    }

    public Object[] toArray() {
        synchronized (lock) {
            Object[] a = new Object[count];
            int k = 0;
            for (Node<E> p = head.next; p != null; p = p.next) {
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
            for (Node<E> p = head.next; p != null; p = p.next) {
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
            for (Node<E> p = head.next; p != null; p = p.next) {
                p.item = null;
            }
            head.next = null;
            last = head;
            count = 0;
            lock.notifyAll();
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
            try {
                while (n < maxElements && count > 0) {
                    c.add(head.next.item);
                    dequeue();
                    n++;
                }
            } finally {
                if (n > 0) {
                    lock.notifyAll();
                }
            }
            return n;
        }
    }

    public Iterator<E> iterator() {
        return new Itr();
    }

    /** Walks the live list: sees elements added after it started, skips removed ones. */
    private class Itr implements Iterator<E> {
        private Node<E> next;
        private E nextItem;
        private Node<E> lastRet;

        Itr() {
            synchronized (lock) {
                advance(head);
            }
        }

        /** Moves to the first live node after p; removed nodes still lead into the list. */
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
            synchronized (lock) {
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
            if (lastRet == null) {
                throw new IllegalStateException();
            }
            synchronized (lock) {
                Node<E> node = lastRet;
                lastRet = null;
                for (Node<E> trail = head, p = trail.next; p != null; trail = p, p = p.next) {
                    if (p == node) {
                        unlink(p, trail);
                        break;
                    }
                }
            }
        }
    }
}
