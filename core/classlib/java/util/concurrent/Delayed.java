// Something that becomes due after a delay (ordered by what remains of it).
package java.util.concurrent;

public interface Delayed extends Comparable<Delayed> {
    long getDelay(TimeUnit unit);
}
