// A task with no argument and no result.
package java.lang;

@FunctionalInterface
public interface Runnable {
    void run();
}
