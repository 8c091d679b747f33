// Thrown when a thread's stack is exhausted.
package java.lang;

public class StackOverflowError extends VirtualMachineError {

    public StackOverflowError() {
        super();
    }

    public StackOverflowError(String s) {
        super(s);
    }
}
