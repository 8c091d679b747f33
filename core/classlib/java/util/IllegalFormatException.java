// Base class of the java.util.Formatter error family (thrown by djsim.rt.Format).
package java.util;

public class IllegalFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 18830826L;

    // Package-private like the JDK's: only the specific subclasses are thrown.
    IllegalFormatException() {
    }
}
