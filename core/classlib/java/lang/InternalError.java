// Thrown on an unexpected internal failure of the VM.
package java.lang;

public class InternalError extends VirtualMachineError {

    public InternalError() {
        super();
    }

    public InternalError(String message) {
        super(message);
    }

    public InternalError(String message, Throwable cause) {
        super(message, cause);
    }

    public InternalError(Throwable cause) {
        super(cause);
    }
}
