// A function from a int to an object.
package java.util.function;

@FunctionalInterface
public interface IntFunction<R> {
    R apply(int value);
}
