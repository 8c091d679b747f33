// A reusable barrier whose number of parties may change from phase to phase.
package java.util.concurrent;

/**
 * One monitor guards the phase and the counts; waiters wait on it for the phase to change.
 * A phaser with a parent registers with the parent as one party while it has parties of its
 * own, arrives at the parent when all of its own parties have arrived, and advances with it.
 */
public class Phaser {
    private static final int MAX_PARTIES = 0xffff;

    private final Phaser parent;
    private final Phaser root;
    private final Object lock;
    // Guarded by lock: the phase (negative once terminated), the registered and arrived parties.
    private int phase;
    private int parties;
    private int unarrived;

    public Phaser() {
        this(null, 0);
    }

    public Phaser(int parties) {
        this(null, parties);
    }

    public Phaser(Phaser parent) {
        this(parent, 0);
    }

    public Phaser(Phaser parent, int parties) {
        if (parties < 0 || parties > MAX_PARTIES) {
            throw new IllegalArgumentException("Illegal number of parties");
        }
        this.parent = parent;
        if (parent != null) {
            this.root = parent.root;
            this.lock = root.lock;
            if (parties != 0) {
                synchronized (lock) {
                    this.phase = parent.doRegister(1);
                }
            } else {
                synchronized (lock) {
                    this.phase = root.phase;
                }
            }
        } else {
            this.root = this;
            this.lock = new Object();
        }
        this.parties = parties;
        this.unarrived = parties;
    }

    /** With the lock held: registers n parties; returns the phase they join. */
    private int doRegister(int n) {
        if (n < 0 || parties + n > MAX_PARTIES) {
            throw new IllegalStateException(badRegister());
        }
        reconcile();
        if (phase < 0) {
            return phase;
        }
        if (parties == 0 && parent != null && n > 0) {
            parent.doRegister(1);
        }
        parties += n;
        unarrived += n;
        return phase;
    }

    /** With the lock held: a child catches up with the root's phase after the root advanced. */
    private void reconcile() {
        if (root != this && phase != root.phase) {
            phase = root.phase;
            unarrived = parties;
        }
    }

    private String badRegister() {
        return "Attempt to register more than " + MAX_PARTIES + " parties for " + stateString();
    }

    /** With the lock held: one (or, deregistering, one fewer) arrival; advances when all arrived. */
    private int doArrive(boolean deregister) {
        reconcile();
        int p = phase;
        if (p < 0) {
            return p;
        }
        if (unarrived <= 0) {
            throw new IllegalStateException("Attempted arrival of unregistered party for " + stateString());
        }
        unarrived--;
        if (deregister) {
            parties--;
        }
        if (unarrived == 0) {
            if (parent == null) {
                advance();
            } else {
                boolean empty = parties == 0;
                parent.doArrive(empty);
                if (!empty) {
                    reconcileAfterParent(p);
                }
            }
        }
        return p;
    }

    /** After this child's arrival at its parent: if the root advanced, start the next phase too. */
    private void reconcileAfterParent(int p) {
        if (root.phase != p) {
            phase = root.phase;
            unarrived = parties;
        }
    }

    /** With the lock held (root only): starts the next phase, or terminates. */
    private void advance() {
        int p = phase;
        boolean terminate;
        try {
            terminate = onAdvance(p, parties);
        } catch (RuntimeException | Error e) {
            terminate = false;
            phase = (p + 1) & Integer.MAX_VALUE;
            unarrived = parties;
            lock.notifyAll();
            throw e;
        }
        int next = (p + 1) & Integer.MAX_VALUE;
        phase = terminate ? next | Integer.MIN_VALUE : next;
        unarrived = parties;
        lock.notifyAll();
    }

    public int register() {
        synchronized (lock) {
            return doRegister(1);
        }
    }

    public int bulkRegister(int parties) {
        if (parties < 0) {
            throw new IllegalArgumentException();
        }
        synchronized (lock) {
            return parties == 0 ? getPhaseLocked() : doRegister(parties);
        }
    }

    public int arrive() {
        synchronized (lock) {
            return doArrive(false);
        }
    }

    public int arriveAndDeregister() {
        synchronized (lock) {
            return doArrive(true);
        }
    }

    /** The party whose arrival advances the phaser gets the next phase, terminated or not. */
    public int arriveAndAwaitAdvance() {
        synchronized (lock) {
            int p = doArrive(false);
            if (p < 0) {
                return p;
            }
            if (parent == null && (phase & Integer.MAX_VALUE) != p) {
                return (p + 1) & Integer.MAX_VALUE;
            }
            return awaitLocked(p, false, false, 0L);
        }
    }

    /** With the lock held: waits while the phase is p; returns the new phase. */
    private int awaitLocked(int p, boolean interruptible, boolean timed, long nanos) {
        boolean interrupted = false;
        try {
            for (;;) {
                reconcile();
                int cur = phase;
                if (cur != p) {
                    return cur;
                }
                try {
                    if (timed) {
                        if (nanos <= 0L) {
                            throw new TimedOutWait();
                        }
                        nanos = TimedWait.awaitNanos(lock, nanos);
                    } else {
                        lock.wait();
                    }
                } catch (InterruptedException ie) {
                    if (interruptible) {
                        throw new InterruptedWait();
                    }
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Carries an interrupt out of awaitLocked (turned into InterruptedException by the caller). */
    @SuppressWarnings("serial")
    private static final class InterruptedWait extends RuntimeException {
    }

    /** Carries a timeout out of awaitLocked (turned into TimeoutException by the caller). */
    @SuppressWarnings("serial")
    private static final class TimedOutWait extends RuntimeException {
    }

    public int awaitAdvance(int phase) {
        synchronized (lock) {
            reconcile();
            int cur = this.phase;
            if (phase < 0 || cur != phase) {
                return cur;
            }
            return awaitLocked(phase, false, false, 0L);
        }
    }

    public int awaitAdvanceInterruptibly(int phase) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            reconcile();
            int cur = this.phase;
            if (phase < 0 || cur != phase) {
                return cur;
            }
            try {
                return awaitLocked(phase, true, false, 0L);
            } catch (InterruptedWait e) {
                throw new InterruptedException();
            }
        }
    }

    public int awaitAdvanceInterruptibly(int phase, long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            reconcile();
            int cur = this.phase;
            if (phase < 0 || cur != phase) {
                return cur;
            }
            try {
                return awaitLocked(phase, true, true, nanos);
            } catch (InterruptedWait e) {
                throw new InterruptedException();
            } catch (TimedOutWait e) {
                throw new TimeoutException();
            }
        }
    }

    public void forceTermination() {
        synchronized (lock) {
            if (root.phase >= 0) {
                root.phase |= Integer.MIN_VALUE;
                lock.notifyAll();
            }
        }
    }

    private int getPhaseLocked() {
        reconcile();
        return root.phase < 0 ? root.phase : phase;
    }

    public final int getPhase() {
        synchronized (lock) {
            return getPhaseLocked();
        }
    }

    public int getRegisteredParties() {
        synchronized (lock) {
            return parties;
        }
    }

    public int getArrivedParties() {
        synchronized (lock) {
            reconcile();
            return parties - unarrived;
        }
    }

    public int getUnarrivedParties() {
        synchronized (lock) {
            reconcile();
            return unarrived;
        }
    }

    public Phaser getParent() {
        return parent;
    }

    public Phaser getRoot() {
        return root;
    }

    public boolean isTerminated() {
        synchronized (lock) {
            return root.phase < 0;
        }
    }

    /** Decides, as the last party arrives, whether the phaser terminates; by default when empty. */
    protected boolean onAdvance(int phase, int registeredParties) {
        return registeredParties == 0;
    }

    private String stateString() {
        return super.toString() + "[phase = " + getPhaseLocked() + " parties = " + parties + " arrived = "
                + (parties - unarrived) + "]";
    }

    public String toString() {
        synchronized (lock) {
            return stateString();
        }
    }
}
