// Thrown for an illegal combination of format flags, e.g. "%+ d" or "%-05d".
package java.util;

public class IllegalFormatFlagsException extends IllegalFormatException {
    private static final long serialVersionUID = 790824L;
    private final String flags;

    public IllegalFormatFlagsException(String f) {
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
