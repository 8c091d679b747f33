// Where the collector puts cleared references: poll() takes one, remove() waits for one.
package java.lang.ref;

public class ReferenceQueue<T> {
    // The VM knows these fields by name: the collector pushes cleared references on `head`
    // (a reference's `next` is itself at the end of the list).
    private Reference<? extends T> head;
    private long queueLength;

    public ReferenceQueue() {
    }

    synchronized boolean enqueue(Reference<? extends T> r) {
        if (r.enqueued) {
            return false;
        }
        r.enqueued = true;
        r.next = head == null ? r : head;
        head = r;
        queueLength++;
        notifyAll();
        return true;
    }

    @SuppressWarnings("unchecked")
    public synchronized Reference<? extends T> poll() {
        Reference<? extends T> r = head;
        if (r == null) {
            return null;
        }
        head = r.next == r ? null : (Reference<? extends T>) r.next;
        r.next = r;
        r.queue = null;
        queueLength--;
        return r;
    }

    /**
     * Waits for a reference. The collector cannot notify (it runs no Java code), so a waiter
     * looks again every simulated millisecond.
     */
    public Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        long waited = 0;
        while (true) {
            Reference<? extends T> r = poll();
            if (r != null || (timeout > 0 && waited >= timeout)) {
                return r;
            }
            Thread.sleep(1);
            waited++;
        }
    }

    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
