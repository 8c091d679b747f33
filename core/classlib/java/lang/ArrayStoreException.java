// Thrown on storing an object of the wrong class into an array.
package java.lang;

public class ArrayStoreException extends RuntimeException {

    public ArrayStoreException() {
        super();
    }

    public ArrayStoreException(String s) {
        super(s);
    }
}
