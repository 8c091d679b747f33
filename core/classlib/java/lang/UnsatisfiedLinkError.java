// Thrown when a native method has no implementation in the VM.
package java.lang;

public class UnsatisfiedLinkError extends LinkageError {

    public UnsatisfiedLinkError() {
        super();
    }

    public UnsatisfiedLinkError(String s) {
        super(s);
    }
}
