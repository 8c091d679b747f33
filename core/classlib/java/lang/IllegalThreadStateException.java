// Thrown when a thread is not in the state an operation needs.
package java.lang;

public class IllegalThreadStateException extends IllegalArgumentException {

    public IllegalThreadStateException() {
        super();
    }

    public IllegalThreadStateException(String s) {
        super(s);
    }
}
