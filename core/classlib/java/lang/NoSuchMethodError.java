// Thrown when a method a class refers to does not exist.
package java.lang;

public class NoSuchMethodError extends IncompatibleClassChangeError {

    public NoSuchMethodError() {
        super();
    }

    public NoSuchMethodError(String s) {
        super(s);
    }
}
