// The Future of a task scheduled to run after a delay.
package java.util.concurrent;

public interface ScheduledFuture<V> extends Delayed, Future<V> {
}
