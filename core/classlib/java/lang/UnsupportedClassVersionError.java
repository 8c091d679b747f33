// Thrown on a class file of a version the VM does not support.
package java.lang;

public class UnsupportedClassVersionError extends ClassFormatError {

    public UnsupportedClassVersionError() {
        super();
    }

    public UnsupportedClassVersionError(String s) {
        super(s);
    }
}
