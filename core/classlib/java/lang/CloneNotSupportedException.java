// Thrown by Object.clone on an object that is not Cloneable.
package java.lang;

public class CloneNotSupportedException extends Exception {

    public CloneNotSupportedException() {
        super();
    }

    public CloneNotSupportedException(String s) {
        super(s);
    }
}
