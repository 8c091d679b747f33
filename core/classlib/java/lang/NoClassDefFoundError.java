// Thrown when a class needed at run time cannot be loaded or initialised.
package java.lang;

public class NoClassDefFoundError extends LinkageError {

    public NoClassDefFoundError() {
        super();
    }

    public NoClassDefFoundError(String s) {
        super(s);
    }
}
