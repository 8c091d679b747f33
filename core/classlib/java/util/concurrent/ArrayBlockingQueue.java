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
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        int i = 0;
        try {
            for (E e : c) {
                items[i++] = Objects.requireNonNull(e);
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
        putIndex = inc(putIndex);
        count++;
        lock.notifyAll();
    }

    private E dequeue() {
        E x = itemAt(takeIndex);
        items[takeIndex] = null;
        takeIndex = inc(takeIndex);
        count--;
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
            k = next;
        }
        count--;
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
            while (n < maxElements && count > 0) {
                c.add(itemAt(takeIndex));
                dequeue();
                n++;
            }
            return n;
        }
    }

    /** Iterates over the elements present when it was made; remove() takes out the element. */
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
                    for (int i = takeIndex, k = 0; k < count; i = inc(i), k++) {
                        if (items[i] == x) {
                            removeAt(i);
                            return;
                        }
                    }
                }
            }
        };
    }
}
