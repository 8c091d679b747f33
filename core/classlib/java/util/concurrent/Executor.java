// Runs submitted Runnables: the root of the executor interfaces.
package java.util.concurrent;

public interface Executor {
    void execute(Runnable command);
}
