// The marker that lets Object.clone copy an instance.
package java.lang;

public interface Cloneable {
}
