// The base of weak, soft and phantom references: the collector clears `referent` and links
// the reference into its queue when the referent is no longer strongly reachable.
package java.lang.ref;

public abstract class Reference<T> {
    // The VM knows these fields by name: the collector does not trace `referent` and, when
    // it clears it, pushes this reference on queue.head through `next`.
    private T referent;
    volatile ReferenceQueue<? super T> queue;
    Reference<?> next;
    boolean enqueued;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    public T get() {
        return referent;
    }

    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    public void clear() {
        referent = null;
    }

    public boolean isEnqueued() {
        return enqueued;
    }

    public boolean enqueue() {
        referent = null;
        ReferenceQueue<? super T> q = queue;
        return q != null && q.enqueue(this);
    }

    public static void reachabilityFence(Object ref) {
    }
}
