// Thrown when reflection reaches a member it may not access.
package java.lang;

public class IllegalAccessException extends ReflectiveOperationException {

    public IllegalAccessException() {
        super();
    }

    public IllegalAccessException(String s) {
        super(s);
    }
}
