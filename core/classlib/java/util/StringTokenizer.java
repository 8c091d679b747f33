// Splits a string into tokens at delimiter characters (optionally returning the delimiters).
package java.util;

public class StringTokenizer implements Enumeration<Object> {
    private int currentPosition;
    /** Where the next token starts, as found by hasMoreTokens; -1 when not known. */
    private int newPosition;
    private final int maxPosition;
    private final String str;
    private String delimiters;
    private final boolean retDelims;
    private boolean delimsChanged;
    /** The highest delimiter character: anything above it is not a delimiter. */
    private int maxDelimCodePoint;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        currentPosition = 0;
        newPosition = -1;
        delimsChanged = false;
        this.str = str;
        maxPosition = str.length();
        delimiters = delim;
        retDelims = returnDelims;
        setMaxDelimCodePoint();
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private void setMaxDelimCodePoint() {
        if (delimiters == null) {
            maxDelimCodePoint = 0;
            return;
        }
        int m = 0;
        for (int i = 0; i < delimiters.length(); i++) {
            m = Math.max(m, delimiters.charAt(i));
        }
        maxDelimCodePoint = m;
    }

    private boolean isDelimiter(char c) {
        return c <= maxDelimCodePoint && delimiters.indexOf(c) >= 0;
    }

    private int skipDelimiters(int startPos) {
        if (delimiters == null) {
            throw new NullPointerException();
        }
        int position = startPos;
        while (!retDelims && position < maxPosition && isDelimiter(str.charAt(position))) {
            position++;
        }
        return position;
    }

    /** The end of the token at startPos (a lone delimiter is a token when they are returned). */
    private int scanToken(int startPos) {
        int position = startPos;
        while (position < maxPosition && !isDelimiter(str.charAt(position))) {
            position++;
        }
        if (retDelims && startPos == position && isDelimiter(str.charAt(position))) {
            position++;
        }
        return position;
    }

    public boolean hasMoreTokens() {
        newPosition = skipDelimiters(currentPosition);
        return newPosition < maxPosition;
    }

    public String nextToken() {
        currentPosition = (newPosition >= 0 && !delimsChanged) ? newPosition : skipDelimiters(currentPosition);
        delimsChanged = false;
        newPosition = -1;
        if (currentPosition >= maxPosition) {
            throw new NoSuchElementException();
        }
        int start = currentPosition;
        currentPosition = scanToken(currentPosition);
        return str.substring(start, currentPosition);
    }

    public String nextToken(String delim) {
        delimiters = delim;
        delimsChanged = true;
        setMaxDelimCodePoint();
        return nextToken();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public Object nextElement() {
        return nextToken();
    }

    public int countTokens() {
        int count = 0;
        int currpos = currentPosition;
        while (currpos < maxPosition) {
            currpos = skipDelimiters(currpos);
            if (currpos >= maxPosition) {
                break;
            }
            currpos = scanToken(currpos);
            count++;
        }
        return count;
    }
}
