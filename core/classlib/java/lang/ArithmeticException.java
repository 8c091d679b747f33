// Thrown by integer division by zero and overflowing exact arithmetic.
package java.lang;

public class ArithmeticException extends RuntimeException {

    public ArithmeticException() {
        super();
    }

    public ArithmeticException(String s) {
        super(s);
    }
}
