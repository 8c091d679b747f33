// Tells djsim's object policy that an executor or fork/join pool queued a task (the
// policy's `queued` callback; docs/policies.md). Nothing happens on one node.
package djsim.rt;

public final class Work {
    private Work() {}

    public static native void queued(Object task);
}
