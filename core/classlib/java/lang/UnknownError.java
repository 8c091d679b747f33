// Thrown on an unknown but serious VM failure.
package java.lang;

public class UnknownError extends VirtualMachineError {

    public UnknownError() {
        super();
    }

    public UnknownError(String s) {
        super(s);
    }
}
