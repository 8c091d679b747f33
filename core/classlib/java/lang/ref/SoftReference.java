// A reference cleared only when memory runs out: djsim clears soft references in the last
// collection before it would throw OutOfMemoryError.
package java.lang.ref;

public class SoftReference<T> extends Reference<T> {
    public SoftReference(T referent) {
        super(referent);
    }

    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
