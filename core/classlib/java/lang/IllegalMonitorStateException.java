// Thrown on wait, notify or monitor exit without owning the monitor.
package java.lang;

public class IllegalMonitorStateException extends RuntimeException {

    public IllegalMonitorStateException() {
        super();
    }

    public IllegalMonitorStateException(String s) {
        super(s);
    }
}
