// Thrown when the heap cannot satisfy an allocation.
package java.lang;

public class OutOfMemoryError extends VirtualMachineError {

    public OutOfMemoryError() {
        super();
    }

    public OutOfMemoryError(String s) {
        super(s);
    }
}
