// Marks lists whose get(i) is fast, so algorithms may index instead of iterate.
package java.util;

public interface RandomAccess {
}
