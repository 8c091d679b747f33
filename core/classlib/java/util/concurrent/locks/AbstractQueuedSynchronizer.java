// An int state and a FIFO of parked threads: the base of the locks, semaphores and latches here.
package java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * Subclasses say when the state may be taken (tryAcquire, tryAcquireShared) and given back
 * (tryRelease, tryReleaseShared); this class queues the threads that must wait, parks them,
 * and wakes the oldest when a release succeeds. The queue and the condition queues are
 * guarded by this object's monitor, held only for a few field updates and never while
 * parking, so every wait goes through LockSupport's permit and no wake-up is lost.
 */
public abstract class AbstractQueuedSynchronizer extends AbstractOwnableSynchronizer {
    private static final long serialVersionUID = 7373984972572414691L;

    private static final int ACQUIRED = 1;
    private static final int TIMED_OUT = 0;
    private static final int INTERRUPTED = -1;

    private volatile int state;

    // Threads waiting to acquire, oldest first. Only the oldest tries; a successful release
    // unparks it, and a shared acquirer that succeeds unparks the next one if it is shared.
    private transient Node head;
    private transient Node tail;
    private transient boolean contended;

    /** A thread waiting to acquire, in exclusive or shared mode. */
    static final class Node {
        final Thread thread;
        final boolean shared;
        Node prev;
        Node next;

        Node(Thread thread, boolean shared) {
            this.thread = thread;
            this.shared = shared;
        }
    }

    /** A thread waiting on a condition; `done` once signalled or given up. */
    static final class WaitNode {
        final Thread thread;
        WaitNode next;
        volatile boolean done;

        WaitNode(Thread thread) {
            this.thread = thread;
        }
    }

    protected AbstractQueuedSynchronizer() {
    }

    protected final int getState() {
        return state;
    }

    protected final void setState(int newState) {
        state = newState;
    }

    protected final synchronized boolean compareAndSetState(int expect, int update) {
        if (state != expect) {
            return false;
        }
        state = update;
        return true;
    }

    protected boolean tryAcquire(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryRelease(int arg) {
        throw new UnsupportedOperationException();
    }

    protected int tryAcquireShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryReleaseShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean isHeldExclusively() {
        throw new UnsupportedOperationException();
    }

    // ---- The wait queue ----------------------------------------------------------------------

    private synchronized void enqueue(Node node) {
        contended = true;
        node.prev = tail;
        if (tail == null) {
            head = node;
        } else {
            tail.next = node;
        }
        tail = node;
    }

    private synchronized boolean isHead(Node node) {
        return head == node;
    }

    /** Takes `node` out of the queue; returns the new head if `node` was the head. */
    private synchronized Node unlink(Node node) {
        boolean wasHead = head == node;
        if (node.prev == null) {
            if (head == node) {
                head = node.next;
            }
        } else {
            node.prev.next = node.next;
        }
        if (node.next == null) {
            if (tail == node) {
                tail = node.prev;
            }
        } else {
            node.next.prev = node.prev;
        }
        node.prev = null;
        node.next = null;
        return wasHead ? head : null;
    }

    private void signalHead() {
        Thread t;
        synchronized (this) {
            t = head != null ? head.thread : null;
        }
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    private boolean tryAcquireIn(boolean shared, int arg) {
        return shared ? tryAcquireShared(arg) >= 0 : tryAcquire(arg);
    }

    /**
     * Queues the current thread and parks it until it acquires (ACQUIRED), its time runs out
     * (TIMED_OUT) or, if interruptible, it is interrupted (INTERRUPTED, status cleared). An
     * uninterruptible wait that saw an interrupt sets the thread's status again at the end.
     */
    private int doAcquire(int arg, boolean shared, boolean interruptible, boolean timed, long nanos) {
        Thread current = Thread.currentThread();
        Node node = new Node(current, shared);
        enqueue(node);
        long deadline = timed ? deadlineOf(nanos) : 0L;
        boolean interrupted = false;
        boolean queued = true;
        try {
            for (;;) {
                if (isHead(node) && tryAcquireIn(shared, arg)) {
                    Node next = unlink(node);
                    queued = false;
                    if (shared && next != null && next.shared) {
                        LockSupport.unpark(next.thread);
                    }
                    if (interrupted) {
                        current.interrupt();
                    }
                    return ACQUIRED;
                }
                if (timed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0L) {
                        if (interrupted) {
                            current.interrupt();
                        }
                        return TIMED_OUT;
                    }
                    LockSupport.parkNanos(left);
                } else {
                    LockSupport.park();
                }
                if (Thread.interrupted()) {
                    if (interruptible) {
                        return INTERRUPTED;
                    }
                    interrupted = true;
                }
            }
        } finally {
            if (queued) {
                cancel(node);
            }
        }
    }

    /** Gives up a queued node; if it was the oldest, the next one may now be able to go. */
    private void cancel(Node node) {
        Node newHead = unlink(node);
        if (newHead != null) {
            LockSupport.unpark(newHead.thread);
        }
    }

    private static long deadlineOf(long nanos) {
        long now = System.nanoTime();
        return nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
    }

    // ---- Acquire and release -----------------------------------------------------------------

    public final void acquire(int arg) {
        if (!tryAcquire(arg)) {
            doAcquire(arg, false, false, false, 0L);
        }
    }

    public final void acquireInterruptibly(int arg) throws InterruptedException {
        if (Thread.interrupted()
                || (!tryAcquire(arg) && doAcquire(arg, false, true, false, 0L) == INTERRUPTED)) {
            throw new InterruptedException();
        }
    }

    public final boolean tryAcquireNanos(int arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquire(arg)) {
            return true;
        }
        if (nanosTimeout <= 0L) {
            return false;
        }
        int r = doAcquire(arg, false, true, true, nanosTimeout);
        if (r == INTERRUPTED) {
            throw new InterruptedException();
        }
        return r == ACQUIRED;
    }

    public final boolean release(int arg) {
        if (tryRelease(arg)) {
            signalHead();
            return true;
        }
        return false;
    }

    public final void acquireShared(int arg) {
        if (tryAcquireShared(arg) < 0) {
            doAcquire(arg, true, false, false, 0L);
        }
    }

    public final void acquireSharedInterruptibly(int arg) throws InterruptedException {
        if (Thread.interrupted()
                || (tryAcquireShared(arg) < 0 && doAcquire(arg, true, true, false, 0L) == INTERRUPTED)) {
            throw new InterruptedException();
        }
    }

    public final boolean tryAcquireSharedNanos(int arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquireShared(arg) >= 0) {
            return true;
        }
        if (nanosTimeout <= 0L) {
            return false;
        }
        int r = doAcquire(arg, true, true, true, nanosTimeout);
        if (r == INTERRUPTED) {
            throw new InterruptedException();
        }
        return r == ACQUIRED;
    }

    public final boolean releaseShared(int arg) {
        if (tryReleaseShared(arg)) {
            signalHead();
            return true;
        }
        return false;
    }

    // ---- Queue inspection --------------------------------------------------------------------

    public final synchronized boolean hasQueuedThreads() {
        return head != null;
    }

    public final synchronized boolean hasContended() {
        return contended;
    }

    public final synchronized Thread getFirstQueuedThread() {
        return head != null ? head.thread : null;
    }

    public final synchronized boolean isQueued(Thread thread) {
        if (thread == null) {
            throw new NullPointerException();
        }
        for (Node p = head; p != null; p = p.next) {
            if (p.thread == thread) {
                return true;
            }
        }
        return false;
    }

    /** True if the oldest queued thread waits in exclusive mode (readers then yield to it). */
    final synchronized boolean apparentlyFirstQueuedIsExclusive() {
        return head != null && !head.shared && head.thread != Thread.currentThread();
    }

    public final synchronized boolean hasQueuedPredecessors() {
        return head != null && head.thread != Thread.currentThread();
    }

    public final synchronized int getQueueLength() {
        int n = 0;
        for (Node p = head; p != null; p = p.next) {
            n++;
        }
        return n;
    }

    private synchronized Collection<Thread> queued(boolean exclusive, boolean shared) {
        ArrayList<Thread> list = new ArrayList<Thread>();
        for (Node p = tail; p != null; p = p.prev) {
            if (p.shared ? shared : exclusive) {
                list.add(p.thread);
            }
        }
        return list;
    }

    public final Collection<Thread> getQueuedThreads() {
        return queued(true, true);
    }

    public final Collection<Thread> getExclusiveQueuedThreads() {
        return queued(true, false);
    }

    public final Collection<Thread> getSharedQueuedThreads() {
        return queued(false, true);
    }

    public String toString() {
        return super.toString() + "[State = " + getState() + ", " + (hasQueuedThreads() ? "non" : "")
                + "empty queue]";
    }

    public final boolean owns(ConditionObject condition) {
        return condition.isOwnedBy(this);
    }

    public final boolean hasWaiters(ConditionObject condition) {
        checkOwner(condition);
        return condition.hasWaiters();
    }

    public final int getWaitQueueLength(ConditionObject condition) {
        checkOwner(condition);
        return condition.getWaitQueueLength();
    }

    public final Collection<Thread> getWaitingThreads(ConditionObject condition) {
        checkOwner(condition);
        return condition.getWaitingThreads();
    }

    private void checkOwner(ConditionObject condition) {
        if (!owns(condition)) {
            throw new IllegalArgumentException("Not owner");
        }
    }

    /**
     * A condition of an exclusive synchronizer. await adds the thread to this condition's
     * queue, releases the state fully, parks until signalled, then acquires the state again.
     */
    public class ConditionObject implements Condition, java.io.Serializable {
        private static final long serialVersionUID = 1173984872572414699L;

        private static final int NO_INTERRUPT = 0;
        private static final int REINTERRUPT = 1;
        private static final int THROW_IE = 2;

        private transient WaitNode first;
        private transient WaitNode last;

        public ConditionObject() {
        }

        final boolean isOwnedBy(AbstractQueuedSynchronizer sync) {
            return sync == AbstractQueuedSynchronizer.this;
        }

        /** Queues the current thread on this condition and releases the whole state. */
        private int enableWait(WaitNode w) {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                if (last == null) {
                    first = w;
                } else {
                    last.next = w;
                }
                last = w;
            }
            int saved = getState();
            if (release(saved)) {
                return saved;
            }
            giveUp(w);
            throw new IllegalMonitorStateException();
        }

        /** Takes w off the queue unless a signal came first; true if it was taken off. */
        private boolean giveUp(WaitNode w) {
            synchronized (AbstractQueuedSynchronizer.this) {
                if (w.done) {
                    return false;
                }
                w.done = true;
                WaitNode prev = null;
                for (WaitNode p = first; p != null; prev = p, p = p.next) {
                    if (p == w) {
                        if (prev == null) {
                            first = p.next;
                        } else {
                            prev.next = p.next;
                        }
                        if (last == p) {
                            last = prev;
                        }
                        p.next = null;
                        break;
                    }
                }
                return true;
            }
        }

        /** Acquires the saved state again, uninterruptibly; true if interrupted meanwhile. */
        private boolean reacquire(int saved) {
            if (tryAcquire(saved)) {
                return false;
            }
            doAcquire(saved, false, false, false, 0L);
            return Thread.interrupted();
        }

        private void report(int mode, boolean interruptedWhileAcquiring) throws InterruptedException {
            if (mode == THROW_IE) {
                throw new InterruptedException();
            }
            if (mode == REINTERRUPT || interruptedWhileAcquiring) {
                Thread.currentThread().interrupt();
            }
        }

        public final void await() throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            WaitNode w = new WaitNode(Thread.currentThread());
            int saved = enableWait(w);
            int mode = NO_INTERRUPT;
            while (!w.done) {
                LockSupport.park();
                if (Thread.interrupted()) {
                    mode = giveUp(w) ? THROW_IE : REINTERRUPT;
                    break;
                }
            }
            report(mode, reacquire(saved));
        }

        public final void awaitUninterruptibly() {
            WaitNode w = new WaitNode(Thread.currentThread());
            int saved = enableWait(w);
            boolean interrupted = false;
            while (!w.done) {
                LockSupport.park();
                if (Thread.interrupted()) {
                    interrupted = true;
                }
            }
            if (reacquire(saved) || interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits until signalled or the deadline; true if the deadline came first. */
        private boolean awaitUntil(long deadline) throws InterruptedException {
            WaitNode w = new WaitNode(Thread.currentThread());
            int saved = enableWait(w);
            int mode = NO_INTERRUPT;
            boolean timedOut = false;
            while (!w.done) {
                long left = deadline - System.nanoTime();
                if (left <= 0L) {
                    timedOut = giveUp(w);
                    break;
                }
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    mode = giveUp(w) ? THROW_IE : REINTERRUPT;
                    break;
                }
            }
            report(mode, reacquire(saved));
            return timedOut;
        }

        public final long awaitNanos(long nanosTimeout) throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long deadline = deadlineOf(nanosTimeout);
            awaitUntil(deadline);
            long remaining = deadline - System.nanoTime();
            return remaining <= nanosTimeout ? remaining : Long.MIN_VALUE;
        }

        public final boolean await(long time, TimeUnit unit) throws InterruptedException {
            long nanos = unit.toNanos(time);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return !awaitUntil(deadlineOf(nanos));
        }

        public final void signal() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            Thread t = null;
            synchronized (AbstractQueuedSynchronizer.this) {
                WaitNode w = first;
                if (w != null) {
                    first = w.next;
                    if (first == null) {
                        last = null;
                    }
                    w.next = null;
                    w.done = true;
                    t = w.thread;
                }
            }
            if (t != null) {
                LockSupport.unpark(t);
            }
        }

        public final void signalAll() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            WaitNode w;
            synchronized (AbstractQueuedSynchronizer.this) {
                w = first;
                first = null;
                last = null;
                for (WaitNode p = w; p != null; p = p.next) {
                    p.done = true;
                }
            }
            while (w != null) {
                WaitNode next = w.next;
                w.next = null;
                LockSupport.unpark(w.thread);
                w = next;
            }
        }

        protected final boolean hasWaiters() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                return first != null;
            }
        }

        protected final int getWaitQueueLength() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                int n = 0;
                for (WaitNode p = first; p != null; p = p.next) {
                    n++;
                }
                return n;
            }
        }

        protected final Collection<Thread> getWaitingThreads() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                ArrayList<Thread> list = new ArrayList<Thread>();
                for (WaitNode p = first; p != null; p = p.next) {
                    list.add(p.thread);
                }
                return list;
            }
        }
    }
}
