// A compiled regular expression (the engine is djsim.rt.Regex).
package java.util.regex;

import djsim.rt.Regex;
import java.util.function.Predicate;

public final class Pattern implements java.io.Serializable {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private final Regex regex;

    private Pattern(String regex, int flags) {
        if ((flags & ~0x1ff) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        this.regex = Regex.compile(regex, flags);
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return regex.pattern();
    }

    public String toString() {
        return regex.pattern();
    }

    public int flags() {
        return regex.flags();
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, regex.matcher(input));
    }

    public static boolean matches(String regex, CharSequence input) {
        return Regex.compile(regex).matches(input);
    }

    public String[] split(CharSequence input, int limit) {
        return regex.split(input, limit);
    }

    public String[] split(CharSequence input) {
        return regex.split(input, 0);
    }

    public static String quote(String s) {
        return Regex.quote(s);
    }

    public Predicate<String> asPredicate() {
        return new Predicate<String>() {
            public boolean test(String s) {
                return matcher(s).find();
            }
        };
    }

    public Predicate<String> asMatchPredicate() {
        return new Predicate<String>() {
            public boolean test(String s) {
                return matcher(s).matches();
            }
        };
    }
}
