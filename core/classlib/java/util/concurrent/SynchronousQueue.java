// A queue without room: each put waits for a take and each take for a put (a hand-off).
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Waiting producers and consumers sit in two lists under one monitor. A fair queue serves
 * them first come first served; an unfair one serves the latest first (a stack), as the JDK's.
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = -3223113410248163686L;

    /** A waiting producer (item set) or consumer (item filled in by the producer). */
    private static final class Waiter {
        Object item;
        boolean matched;
        Waiter next;

        Waiter(Object item) {
            this.item = item;
        }
    }

    private final boolean fair;
    private Waiter producers;
    private Waiter consumers;
    private final Object lock = new Object();

    public SynchronousQueue() {
        this(false);
    }

    public SynchronousQueue(boolean fair) {
        this.fair = fair;
    }

    // ---- The waiting lists, with the monitor held ----

    private Waiter push(Waiter list, Waiter w) {
        if (!fair || list == null) {
            w.next = list;
            return w;
        }
        Waiter p = list;
        while (p.next != null) {
            p = p.next;
        }
        p.next = w;
        return list;
    }

    private static Waiter without(Waiter list, Waiter w) {
        if (list == w) {
            return w.next;
        }
        for (Waiter p = list; p != null; p = p.next) {
            if (p.next == w) {
                p.next = w.next;
                break;
            }
        }
        return list;
    }

    /** Hands e to a waiting consumer; false if none waits. */
    private boolean giveToConsumer(E e) {
        Waiter c = consumers;
        if (c == null) {
            return false;
        }
        consumers = c.next;
        c.item = e;
        c.matched = true;
        lock.notifyAll();
        return true;
    }

    /** Takes the item of a waiting producer; null if none waits. */
    @SuppressWarnings("unchecked")
    private E takeFromProducer() {
        Waiter p = producers;
        if (p == null) {
            return null;
        }
        producers = p.next;
        p.matched = true;
        lock.notifyAll();
        return (E) p.item;
    }

    /**
     * Waits as producer (e != null) or consumer until matched; timed if nanos >= 0. Returns
     * the waiter, matched or not (unmatched after a timeout).
     */
    private Waiter await(E e, boolean timed, long nanos) throws InterruptedException {
        Waiter w = new Waiter(e);
        if (e != null) {
            producers = push(producers, w);
        } else {
            consumers = push(consumers, w);
        }
        try {
            while (!w.matched) {
                if (timed) {
                    if (nanos <= 0L) {
                        break;
                    }
                    nanos = TimedWait.awaitNanos(lock, nanos);
                } else {
                    lock.wait();
                }
            }
        } catch (InterruptedException ie) {
            if (!w.matched) {
                dropWaiter(w, e != null);
                throw ie;
            }
            Thread.currentThread().interrupt(); // matched anyway: the hand-off stands
        }
        if (!w.matched) {
            dropWaiter(w, e != null);
        }
        return w;
    }

    private void dropWaiter(Waiter w, boolean producer) {
        if (producer) {
            producers = without(producers, w);
        } else {
            consumers = without(consumers, w);
        }
    }

    // ---- BlockingQueue ----

    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            if (!giveToConsumer(e)) {
                await(e, false, 0L);
            }
        }
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            return giveToConsumer(e) || (nanos > 0L && await(e, true, nanos).matched);
        }
    }

    public boolean offer(E e) {
        Objects.requireNonNull(e);
        synchronized (lock) {
            return giveToConsumer(e);
        }
    }

    @SuppressWarnings("unchecked")
    public E take() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            E x = takeFromProducer();
            return x != null ? x : (E) await(null, false, 0L).item;
        }
    }

    @SuppressWarnings("unchecked")
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            E x = takeFromProducer();
            if (x != null || nanos <= 0L) {
                return x;
            }
            return (E) await(null, true, nanos).item;
        }
    }

    public E poll() {
        synchronized (lock) {
            return takeFromProducer();
        }
    }

    // ---- An always empty collection ----

    public boolean isEmpty() {
        return true;
    }

    public int size() {
        return 0;
    }

    public int remainingCapacity() {
        return 0;
    }

    public void clear() {
    }

    public boolean contains(Object o) {
        return false;
    }

    public boolean remove(Object o) {
        return false;
    }

    public boolean containsAll(Collection<?> c) {
        return c.isEmpty();
    }

    public boolean removeAll(Collection<?> c) {
        return false;
    }

    public boolean retainAll(Collection<?> c) {
        return false;
    }

    public E peek() {
        return null;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            public boolean hasNext() {
                return false;
            }

            public E next() {
                throw new NoSuchElementException();
            }
        };
    }

    public Object[] toArray() {
        return new Object[0];
    }

    public <T> T[] toArray(T[] a) {
        if (a.length > 0) {
            a[0] = null;
        }
        return a;
    }

    public String toString() {
        return "[]";
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; n++) {
            c.add(e);
        }
        return n;
    }
}
