// Thrown on `new` of an abstract class or interface.
package java.lang;

public class InstantiationError extends IncompatibleClassChangeError {

    public InstantiationError() {
        super();
    }

    public InstantiationError(String s) {
        super(s);
    }
}
