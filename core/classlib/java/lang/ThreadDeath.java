// The error that Thread.stop used to throw.
package java.lang;

public class ThreadDeath extends Error {

    public ThreadDeath() {
        super();
    }
}
