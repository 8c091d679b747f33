// The superclass of everything thrown: message, cause, suppressed list and stack trace.
package java.lang;

import java.io.PrintStream;

public class Throwable implements java.io.Serializable {
    private static final long serialVersionUID = -3042686055658047285L;

    /** getStackTrace() of a throwable that was never filled in. */
    private static final StackTraceElement[] UNASSIGNED_STACK = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    private String detailMessage;
    // `this` until a cause is set (possibly null): initCause may be called only once.
    private Throwable cause = this;
    // The VM's record of the stack at fillInStackTrace; turned into stackTrace lazily.
    private transient Object backtrace;
    // UNASSIGNED_STACK until built or set; null when the stack trace is not writable.
    private StackTraceElement[] stackTrace = UNASSIGNED_STACK;
    private Throwable[] suppressed;
    // Number of suppressed throwables, or -1 when suppression is disabled.
    private int suppressedCount;

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = null;
        }
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) {
            suppressedCount = -1;
        }
    }

    /** Records the current Java stack into backtrace, leaving out this throwable's constructors. */
    private native void fillInStackTrace0();

    /** Builds the elements of backtrace. */
    private native StackTraceElement[] getStackTrace0();

    public Throwable fillInStackTrace() {
        if (stackTrace != null || backtrace != null) {
            fillInStackTrace0();
            stackTrace = UNASSIGNED_STACK;
        }
        return this;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with "
                    + (cause == null ? "a null" : cause.toString()), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    // ---- Stack trace -----------------------------------------------------------------------

    private StackTraceElement[] getOurStackTrace() {
        if (stackTrace == UNASSIGNED_STACK || (stackTrace == null && backtrace != null)) {
            stackTrace = backtrace == null ? UNASSIGNED_STACK : getStackTrace0();
        } else if (stackTrace == null) {
            return UNASSIGNED_STACK;
        }
        return stackTrace;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        if (this.stackTrace == null && backtrace == null) {
            return; // not writable
        }
        this.stackTrace = copy;
    }

    // ---- Suppressed ------------------------------------------------------------------------

    public final void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressedCount < 0) {
            return;
        }
        if (suppressed == null) {
            suppressed = new Throwable[1];
        } else if (suppressedCount == suppressed.length) {
            Throwable[] bigger = new Throwable[suppressedCount * 2];
            System.arraycopy(suppressed, 0, bigger, 0, suppressedCount);
            suppressed = bigger;
        }
        suppressed[suppressedCount++] = exception;
    }

    public final Throwable[] getSuppressed() {
        if (suppressedCount <= 0) {
            return NO_SUPPRESSED;
        }
        Throwable[] r = new Throwable[suppressedCount];
        System.arraycopy(suppressed, 0, r, 0, suppressedCount);
        return r;
    }

    // ---- Printing --------------------------------------------------------------------------

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /**
     * Prints as HotSpot does: this throwable and its frames, then its suppressed throwables
     * (indented by a tab) and its cause, each omitting the frames it shares with the trace
     * that encloses it ("... n more"), and cutting cycles short.
     */
    public void printStackTrace(PrintStream s) {
        synchronized (s) {
            Throwable[] seen = new Throwable[] {this};
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (StackTraceElement e : trace) {
                s.println("\tat " + e);
            }
            for (Throwable se : getSuppressed()) {
                seen = se.printEnclosedStackTrace(s, trace, "Suppressed: ", "\t", seen);
            }
            Throwable ourCause = getCause();
            if (ourCause != null) {
                ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", "", seen);
            }
        }
    }

    /** Prints this as a cause or suppressed throwable; returns `seen` with this added. */
    private Throwable[] printEnclosedStackTrace(PrintStream s, StackTraceElement[] enclosingTrace,
            String caption, String prefix, Throwable[] seen) {
        for (Throwable t : seen) {
            if (t == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return seen;
            }
        }
        Throwable[] more = new Throwable[seen.length + 1];
        System.arraycopy(seen, 0, more, 0, seen.length);
        more[seen.length] = this;
        seen = more;

        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;

        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        for (Throwable se : getSuppressed()) {
            seen = se.printEnclosedStackTrace(s, trace, "Suppressed: ", prefix + "\t", seen);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            seen = ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", prefix, seen);
        }
        return seen;
    }
}
