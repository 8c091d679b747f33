// Thrown when a class file fails verification.
package java.lang;

public class VerifyError extends LinkageError {

    public VerifyError() {
        super();
    }

    public VerifyError(String s) {
        super(s);
    }
}
