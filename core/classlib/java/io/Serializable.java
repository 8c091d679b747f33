// The marker of classes whose instances may be serialized.
package java.io;

public interface Serializable {
}
