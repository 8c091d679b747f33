// Thrown for an argument index such as "%0$s" that is zero, negative or does not fit an int.
package java.util;

// Public (the JDK's is package-private) because the Formatter engine lives in djsim.rt.
public class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private static final long serialVersionUID = 4191767811181838112L;
    private final int illegalIndex;

    public IllegalFormatArgumentIndexException(int index) {
        this.illegalIndex = index;
    }

    int getIndex() {
        return illegalIndex;
    }

    public String getMessage() {
        if (illegalIndex == Integer.MIN_VALUE) {
            return "Format argument index: (not representable as int)";
        }
        return new StringBuilder().append("Illegal format argument index = ").append(illegalIndex).toString();
    }
}
