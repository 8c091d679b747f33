// The running VM: memory figures, processors, garbage collection and exit.
package java.lang;

public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    private Runtime() {
    }

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    /** Ends the VM with `status` (all threads stop; nothing is left unwritten). */
    private static native void exit0(int status);

    public void exit(int status) {
        exit0(status);
    }

    public void halt(int status) {
        exit0(status);
    }

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    public void runFinalization() {
    }
}
