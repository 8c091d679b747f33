// Thrown to threads waiting at a barrier that broke, or that try to wait at a broken one.
package java.util.concurrent;

public class BrokenBarrierException extends Exception {
    private static final long serialVersionUID = 7117394618823254244L;

    public BrokenBarrierException() {
    }

    public BrokenBarrierException(String message) {
        super(message);
    }
}
