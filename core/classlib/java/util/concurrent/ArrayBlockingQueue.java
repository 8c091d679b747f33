// A bounded FIFO blocking queue in a circular array, guarded by one monitor.
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

public class ArrayBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = -817911632652898426L;

    private final Object[] items;
    /** The order number of each element (increasing from takeIndex on): iterators follow it. */
    private final long[] seqs;
    private long nextSeq;
    /** Counts the times the queue became empty by a removal: iterators stop after one. */
    private long emptyEpoch;
    private int takeIndex;
    private int putIndex;
    private int count;
    /** Takers and putters wait on this monitor; every change notifies all of them. */
    private final Object lock = new Object();

    public ArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        this.items = new Object[capacity]; // waiters are woken together, so `fair` changes nothing
        this.seqs = new long[capacity];
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        int i = 0;
        try {
            for (E e : c) {
                items[i] = Objects.requireNonNull(e);
                seqs[i++] = nextSeq++;
            }
        } catch (ArrayIndexOutOfBoundsException ex) {
            throw new IllegalArgumentException();
        }
        count = i;
        putIndex = i == capacity ? 0 : i;
    }

    @SuppressWarnings("unchecked")
    private E itemAt(int i) {
        return (E) items[i];
    }

    private int inc(int i) {
        return ++i == items.length ? 0 : i;
    }

    private void enqueue(E e) {
        items[putIndex] = e;
        seqs[putIndex] = nextSeq++;
        putIndex = inc(putIndex);
        count++;
        lock.notifyAll();
    }

    private E dequeue() {
        E x = itemAt(takeIndex);
        items[takeIndex] = null;
        takeIndex = inc(takeIndex);
        if (--count == 0) {
            emptyEpoch++;
        }
        lock.notifyAll();
        return x;
    }

    /** Removes the element at index i, closing the gap. */
    private void removeAt(int i) {
        if (i == takeIndex) {
            dequeue();
            return;
        }
        for (int k = i;;) {
            int next = inc(k);
            if (next == putIndex) {
                items[k] = null;
                putIndex = k;
                break;
            }
            items[k] = items[next];
            seqs[k] = seqs[next];
            k = next;
        }
        if (--count == 0) {
            emptyEpoch++;
        }
        lock.notifyAll();
    }

    public boolean add(E e) {
        return super.add(e);
    }

    public boolean offer(E e) {
        Objects.requireNonNull(e);
        synchronized (lock) {
            if (count == items.length) {
                return false;
            }
            enqueue(e);
            return true;
        }
    }

    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (count == items.length) {
                lock.wait();
            }
            enqueue(e);
        }
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            while (count == items.length) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = TimedWait.awaitNanos(lock, nanos);
            }
            enqueue(e);
            return true;
        }
    }

    public E poll() {
        synchronized (lock) {
            return count == 0 ? null : dequeue();
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
            return dequeue();
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
            return dequeue();
        }
    }

    public E peek() {
        synchronized (lock) {
            return itemAt(takeIndex);
        }
    }

    public int size() {
        synchronized (lock) {
            return count;
        }
    }

    public int remainingCapacity() {
        synchronized (lock) {
            return items.length - count;
        }
    }

    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            for (int i = takeIndex, k = 0; k < count; i = inc(i), k++) {
                if (o.equals(items[i])) {
                    removeAt(i);
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
            for (int i = takeIndex, k = 0; k < count; i = inc(i), k++) {
                if (o.equals(items[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    public Object[] toArray() {
        synchronized (lock) {
            Object[] a = new Object[count];
            for (int i = takeIndex, k = 0; k < count; i = inc(i), k++) {
                a[k] = items[i];
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
            for (int i = takeIndex, k = 0; k < count; i = inc(i), k++) {
                a[k] = (T) items[i];
            }
            if (a.length > count) {
                a[count] = null;
            }
            return a;
        }
    }

    public void clear() {
        synchronized (lock) {
            for (int i = 0; i < items.length; i++) {
                items[i] = null;
            }
            takeIndex = 0;
            putIndex = 0;
            if (count > 0) {
                count = 0;
                emptyEpoch++;
            }
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
            while (n < maxElements && count > 0) {
                c.add(itemAt(takeIndex));
                dequeue();
                n++;
            }
            return n;
        }
    }

    /**
     * The logical position (0 = head) of the first element whose order number is above seq
     * (or exactly seq, if `exact`); count if there is none. With the monitor held.
     */
    private int positionAfter(long seq, boolean exact) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long s = seqs[(takeIndex + mid) % items.length];
            if (exact ? s < seq : s <= seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Walks the queue as the JDK's iterator does: each step also notes whether an element
     * follows, and if none does then, the walk ends there even if elements come later; the
     * walk stops too once the queue has been empty. Elements taken meanwhile are skipped.
     * Never ConcurrentModificationException.
     */
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private static final long NONE = -1;
            private E nextItem;
            private long nextSeqSeen = NONE;
            /** The order number of the element after nextItem, or NONE: the walk ends. */
            private long cursor = NONE;
            private long lastRet = NONE;
            private long epoch;

            {
                synchronized (lock) {
                    epoch = emptyEpoch;
                    moveTo(0);
                }
            }

            /** Makes the element at logical position pos the next one. */
            private void moveTo(int pos) {
                if (pos < count) {
                    int i = (takeIndex + pos) % items.length;
                    nextItem = itemAt(i);
                    nextSeqSeen = seqs[i];
                    cursor = pos + 1 < count ? seqs[(i + 1) % items.length] : NONE;
                } else {
                    nextItem = null;
                    nextSeqSeen = NONE;
                    cursor = NONE;
                }
            }

            public boolean hasNext() {
                return nextItem != null;
            }

            public E next() {
                synchronized (lock) {
                    E x = nextItem;
                    if (x == null) {
                        throw new NoSuchElementException();
                    }
                    lastRet = nextSeqSeen;
                    if (epoch != emptyEpoch) {
                        cursor = NONE; // the queue was empty meanwhile: this walk is over
                    }
                    if (cursor == NONE) {
                        nextItem = null;
                        nextSeqSeen = NONE;
                    } else {
                        moveTo(positionAfter(cursor, true));
                    }
                    return x;
                }
            }

            public void remove() {
                if (lastRet == NONE) {
                    throw new IllegalStateException();
                }
                synchronized (lock) {
                    int pos = positionAfter(lastRet, true);
                    if (pos < count) {
                        int i = (takeIndex + pos) % items.length;
                        if (seqs[i] == lastRet) {
                            removeAt(i);
                        }
                    }
                    lastRet = NONE;
                }
            }
        };
    }
}
