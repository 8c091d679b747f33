// An unbounded blocking priority queue: a binary heap in an array, ordered as the JDK's.
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SortedSet;

/**
 * The heap's sift-up and sift-down are the textbook ones the JDK also uses, so the array
 * order (what iterators, toArray and toString show) is HotSpot's for the same operations.
 */
public class PriorityBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = 5595510919245408276L;

    private static final int DEFAULT_INITIAL_CAPACITY = 11;

    private Object[] queue;
    private int size;
    private final Comparator<? super E> comparator;
    /** Takers wait on this monitor. */
    private final Object lock = new Object();

    public PriorityBlockingQueue() {
        this(DEFAULT_INITIAL_CAPACITY, null);
    }

    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        this.comparator = comparator;
        this.queue = new Object[initialCapacity];
    }

    @SuppressWarnings("unchecked")
    public PriorityBlockingQueue(Collection<? extends E> c) {
        boolean heapify = true;
        boolean screen = true;
        Comparator<? super E> cmp = null;
        if (c instanceof SortedSet<?>) {
            cmp = ((SortedSet<E>) c).comparator();
            heapify = false;
        } else if (c instanceof PriorityBlockingQueue<?>) {
            PriorityBlockingQueue<? extends E> pq = (PriorityBlockingQueue<? extends E>) c;
            cmp = (Comparator<? super E>) pq.comparator();
            screen = false;
            if (pq.getClass() == PriorityBlockingQueue.class) {
                heapify = false;
            }
        }
        this.comparator = cmp;
        Object[] es = c.toArray();
        int n = es.length;
        if (es.getClass() != Object[].class) {
            es = Arrays.copyOf(es, n, Object[].class);
        }
        if (screen && (n == 1 || cmp != null)) {
            for (Object e : es) {
                if (e == null) {
                    throw new NullPointerException();
                }
            }
        }
        this.queue = es.length > 0 ? es : new Object[1];
        this.size = n;
        if (heapify) {
            for (int i = (n >>> 1) - 1; i >= 0; i--) {
                siftDown(i, es[i]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private int compare(Object a, Object b) {
        return comparator != null ? comparator.compare((E) a, (E) b) : ((Comparable<? super E>) a).compareTo((E) b);
    }

    private void siftUp(int k, Object x) {
        Object[] es = queue;
        if (comparator == null) {
            ((Comparable<?>) x).getClass(); // a non-Comparable fails here, as in the JDK
        }
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = es[parent];
            if (compare(x, e) >= 0) {
                break;
            }
            es[k] = e;
            k = parent;
        }
        es[k] = x;
    }

    private void siftDown(int k, Object x) {
        Object[] es = queue;
        int n = size;
        int half = n >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = es[child];
            int right = child + 1;
            if (right < n && compare(c, es[right]) > 0) {
                c = es[child = right];
            }
            if (compare(x, c) <= 0) {
                break;
            }
            es[k] = c;
            k = child;
        }
        es[k] = x;
    }

    private void grow() {
        int old = queue.length;
        int grown = old + (old < 64 ? old + 2 : old >> 1);
        queue = Arrays.copyOf(queue, grown);
    }

    @SuppressWarnings("unchecked")
    private E dequeue() {
        if (size == 0) {
            return null;
        }
        Object[] es = queue;
        E result = (E) es[0];
        int n = --size;
        Object x = es[n];
        es[n] = null;
        if (n > 0) {
            siftDown(0, x);
        }
        return result;
    }

    private void removeAt(int i) {
        Object[] es = queue;
        int s = --size;
        if (s == i) {
            es[i] = null;
        } else {
            Object moved = es[s];
            es[s] = null;
            siftDown(i, moved);
            if (es[i] == moved) {
                siftUp(i, moved);
            }
        }
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            if (size >= queue.length) {
                grow();
            }
            siftUp(size, e);
            size++;
            lock.notifyAll();
        }
        return true;
    }

    public void put(E e) {
        offer(e);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    public E poll() {
        synchronized (lock) {
            return dequeue();
        }
    }

    public E take() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            E result;
            while ((result = dequeue()) == null) {
                lock.wait();
            }
            return result;
        }
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            E result;
            while ((result = dequeue()) == null && nanos > 0L) {
                nanos = TimedWait.awaitNanos(lock, nanos);
            }
            return result;
        }
    }

    @SuppressWarnings("unchecked")
    public E peek() {
        synchronized (lock) {
            return (E) queue[0];
        }
    }

    public Comparator<? super E> comparator() {
        return comparator;
    }

    public int size() {
        synchronized (lock) {
            return size;
        }
    }

    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    private int indexOf(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(queue[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    public boolean remove(Object o) {
        synchronized (lock) {
            int i = indexOf(o);
            if (i == -1) {
                return false;
            }
            removeAt(i);
            return true;
        }
    }

    public boolean contains(Object o) {
        synchronized (lock) {
            return indexOf(o) != -1;
        }
    }

    public Object[] toArray() {
        synchronized (lock) {
            return Arrays.copyOf(queue, size);
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        synchronized (lock) {
            if (a.length < size) {
                return (T[]) Arrays.copyOf(queue, size, a.getClass());
            }
            System.arraycopy(queue, 0, a, 0, size);
            if (a.length > size) {
                a[size] = null;
            }
            return a;
        }
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @SuppressWarnings("unchecked")
    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        if (maxElements <= 0) {
            return 0;
        }
        synchronized (lock) {
            int n = Math.min(size, maxElements);
            for (int i = 0; i < n; i++) {
                c.add((E) queue[0]);
                dequeue();
            }
            return n;
        }
    }

    public void clear() {
        synchronized (lock) {
            for (int i = 0; i < size; i++) {
                queue[i] = null;
            }
            size = 0;
        }
    }

    /** Iterates over a snapshot of the heap array, as the JDK's does. */
    public Iterator<E> iterator() {
        final Object[] snapshot = toArray();
        return new Iterator<E>() {
            private int cursor;
            private int lastRet = -1;

            public boolean hasNext() {
                return cursor < snapshot.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (cursor >= snapshot.length) {
                    throw new NoSuchElementException();
                }
                lastRet = cursor;
                return (E) snapshot[cursor++];
            }

            public void remove() {
                if (lastRet < 0) {
                    throw new IllegalStateException();
                }
                Object x = snapshot[lastRet];
                lastRet = -1;
                synchronized (lock) {
                    for (int i = 0; i < size; i++) {
                        if (queue[i] == x) {
                            removeAt(i);
                            break;
                        }
                    }
                }
            }
        };
    }
}
