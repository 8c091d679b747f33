// Thrown when a format specifier repeats a flag, e.g. "%--5d".
package java.util;

public class DuplicateFormatFlagsException extends IllegalFormatException {
    private static final long serialVersionUID = 18890531L;
    private final String flags;

    public DuplicateFormatFlagsException(String f) {
        if (f == null) {
            throw new NullPointerException();
        }
        this.flags = f;
    }

    public String getFlags() {
        return flags;
    }

    public String getMessage() {
        return new StringBuilder().append("Flags = '").append(flags).append('\'').toString();
    }
}
