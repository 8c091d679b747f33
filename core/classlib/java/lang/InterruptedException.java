// Thrown when a waiting or sleeping thread is interrupted.
package java.lang;

public class InterruptedException extends Exception {

    public InterruptedException() {
        super();
    }

    public InterruptedException(String s) {
        super(s);
    }
}
