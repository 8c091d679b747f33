// Thrown on access to a member a class may not access.
package java.lang;

public class IllegalAccessError extends IncompatibleClassChangeError {

    public IllegalAccessError() {
        super();
    }

    public IllegalAccessError(String s) {
        super(s);
    }
}
