// Thrown by "%c" for an int that is not a valid Unicode code point.
package java.util;

public class IllegalFormatCodePointException extends IllegalFormatException {
    private static final long serialVersionUID = 19080630L;
    private final int c;

    public IllegalFormatCodePointException(int c) {
        this.c = c;
    }

    public int getCodePoint() {
        return c;
    }

    public String getMessage() {
        return new StringBuilder().append("Code point = 0x").append(Integer.toHexString(c)).toString();
    }
}
