// A backtracking regular-expression engine with java.util.regex's syntax and matching rules.
package djsim.rt;

import java.util.regex.PatternSyntaxException;

/**
 * A compiled pattern. The pattern is parsed into a tree, then compiled back to front into a
 * chain of nodes: each node matches its own piece at position i and, on success, asks its
 * `next` node to match the rest, so backtracking is the Java call stack unwinding. A
 * repetition of a single-character atom loops instead of recursing per character.
 */
public final class Regex {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;

    private static final int GREEDY = 0;
    private static final int LAZY = 1;
    private static final int POSSESSIVE = 2;

    private final String pattern;
    private final int flags;
    private final Node root;
    private final int groupCount;
    private final int loopCount;
    private final String[] groupNames; // by group number; null for unnamed groups
    private final boolean anchoredAtStart;
    private final int firstChar; // the BMP character every match starts with, or -1

    private Regex(String pattern, int flags) {
        this.pattern = pattern;
        this.flags = flags;
        Parser p = new Parser(pattern, flags);
        Tree tree = p.parseAll();
        this.groupCount = p.groups;
        this.groupNames = p.names;
        Compiler c = new Compiler();
        this.root = c.compile(tree, new Accept());
        this.loopCount = c.loops;
        this.anchoredAtStart = root instanceof StartAnchor;
        this.firstChar = root instanceof CharAtom && ((CharAtom) root).cp < Character.MIN_SUPPLEMENTARY_CODE_POINT
                ? ((CharAtom) root).cp : -1;
    }

    public static Regex compile(String pattern) {
        return new Regex(pattern, 0);
    }

    public static Regex compile(String pattern, int flags) {
        return new Regex(pattern, flags);
    }

    public String pattern() {
        return pattern;
    }

    public int flags() {
        return flags;
    }

    public int groupCount() {
        return groupCount;
    }

    /** The number of the group called `name`, or -1. */
    public int groupNumber(String name) {
        for (int g = 1; g <= groupCount; g++) {
            if (name.equals(groupNames[g])) {
                return g;
            }
        }
        return -1;
    }

    public Match matcher(CharSequence input) {
        return new Match(this, input);
    }

    public boolean matches(CharSequence input) {
        return matcher(input).matches();
    }

    public String replaceFirst(String input, String replacement) {
        Match m = matcher(input);
        if (!m.find()) {
            return input;
        }
        StringBuilder sb = new StringBuilder();
        m.appendReplacement(sb, replacement);
        m.appendTail(sb);
        return sb.toString();
    }

    public String replaceAll(String input, String replacement) {
        Match m = matcher(input);
        if (!m.find()) {
            return input;
        }
        StringBuilder sb = new StringBuilder();
        do {
            m.appendReplacement(sb, replacement);
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * String.split's rules: pieces between matches; a zero-width match at the very start
     * adds no leading empty piece; a positive limit caps the number of pieces; limit 0
     * drops trailing empty pieces.
     */
    public String[] split(CharSequence input, int limit) {
        String s = input.toString();
        Match m = matcher(s);
        String[] list = new String[8];
        int size = 0;
        int index = 0;
        while (m.find()) {
            if (limit > 0 && size >= limit - 1) {
                break;
            }
            if (index == 0 && m.start() == 0 && m.end() == 0) {
                continue;
            }
            if (size == list.length) {
                list = grow(list);
            }
            list[size++] = s.substring(index, m.start());
            index = m.end();
        }
        if (index == 0) {
            return new String[] {s}; // no match, or only an empty one at the start
        }
        if (size == list.length) {
            list = grow(list);
        }
        list[size++] = s.substring(index);
        if (limit == 0) {
            while (size > 0 && list[size - 1].isEmpty()) {
                size--;
            }
        }
        String[] r = new String[size];
        System.arraycopy(list, 0, r, 0, size);
        return r;
    }

    private static String[] grow(String[] a) {
        String[] b = new String[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    /** The pattern that matches `s` literally. */
    public static String quote(String s) {
        if (s.indexOf("\\E") < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        int index;
        while ((index = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, index).append("\\E\\\\E\\Q");
            current = index + 2;
        }
        return sb.append(s, current, s.length()).append("\\E").toString();
    }

    /** The replacement string that inserts `s` literally. */
    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    // ==== Matching state ======================================================================

    /** One matching of a pattern against one input: java.util.regex.Matcher's state. */
    public static final class Match {
        private final Regex regex;
        private CharSequence text;
        char[] in;
        int from;
        int to;
        // groups[2g], groups[2g+1]: start and end of group g, or -1.
        int[] groups;
        // Start of the group being matched, before its end is known.
        int[] groupStarts;
        int[] loopCounts;
        int[] loopStarts;
        boolean requireEnd;
        int acceptedEnd;
        int subEnd;
        int subTarget = -1;
        private int first = -1;
        private int last;
        private int appendPos;

        Match(Regex regex, CharSequence text) {
            this.regex = regex;
            this.groups = new int[2 * (regex.groupCount + 1)];
            this.groupStarts = new int[regex.groupCount + 1];
            this.loopCounts = new int[regex.loopCount];
            this.loopStarts = new int[regex.loopCount];
            reset(text);
        }

        public Regex regex() {
            return regex;
        }

        public Match reset(CharSequence text) {
            this.text = text;
            this.in = text.toString().toCharArray();
            return reset();
        }

        public Match reset() {
            from = 0;
            to = in.length;
            first = -1;
            last = 0;
            appendPos = 0;
            clearGroups();
            return this;
        }

        public Match region(int start, int end) {
            if (start < 0 || start > in.length || end < start || end > in.length) {
                throw new IndexOutOfBoundsException();
            }
            reset();
            from = start;
            to = end;
            return this;
        }

        /** The input being matched. */
        public CharSequence text() {
            return text;
        }

        public int regionStart() {
            return from;
        }

        public int regionEnd() {
            return to;
        }

        /** Whether the last match attempt succeeded. */
        public boolean hasMatch() {
            return first >= 0;
        }

        private void clearGroups() {
            for (int i = 0; i < groups.length; i++) {
                groups[i] = -1;
            }
        }

        /** Tries to match starting exactly at `start`. */
        private boolean matchAt(int start, boolean wholeRegion) {
            clearGroups();
            requireEnd = wholeRegion;
            if (!regex.root.match(this, start)) {
                return false;
            }
            groups[0] = start;
            groups[1] = acceptedEnd;
            first = start;
            last = acceptedEnd;
            return true;
        }

        private boolean search(int start) {
            if (regex.anchoredAtStart) {
                return start == from && matchAt(start, false);
            }
            int fc = regex.firstChar;
            for (int i = start; i <= to; i++) {
                if (fc >= 0) {
                    while (i < to && in[i] != fc) {
                        i++;
                    }
                    if (i == to) {
                        break;
                    }
                }
                if (matchAt(i, false)) {
                    return true;
                }
            }
            clearGroups();
            return false;
        }

        public boolean matches() {
            if (matchAt(from, true)) {
                return true;
            }
            clearGroups();
            first = -1;
            return false;
        }

        public boolean lookingAt() {
            if (matchAt(from, false)) {
                return true;
            }
            clearGroups();
            first = -1;
            return false;
        }

        /** The next match: after an empty match the search resumes one character further. */
        public boolean find() {
            int next = last;
            if (next == first) {
                next++;
            }
            if (next < from) {
                next = from;
            }
            if (next > to) {
                clearGroups();
                return false;
            }
            return search(next);
        }

        public boolean find(int start) {
            if (start < 0 || start > in.length) {
                throw new IndexOutOfBoundsException("Illegal start index");
            }
            reset();
            return search(start);
        }

        private void checkMatch() {
            if (first < 0) {
                throw new IllegalStateException("No match found");
            }
        }

        private void checkGroup(int group) {
            if (group < 0 || group > regex.groupCount) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        public int groupCount() {
            return regex.groupCount;
        }

        public int start() {
            return start(0);
        }

        public int start(int group) {
            checkMatch();
            checkGroup(group);
            return groups[2 * group];
        }

        public int end() {
            return end(0);
        }

        public int end(int group) {
            checkMatch();
            checkGroup(group);
            return groups[2 * group + 1];
        }

        public String group() {
            return group(0);
        }

        public String group(int group) {
            checkMatch();
            checkGroup(group);
            int s = groups[2 * group];
            int e = groups[2 * group + 1];
            return (s < 0 || e < 0) ? null : new String(in, s, e - s);
        }

        private int namedGroup(String name) {
            int g = regex.groupNumber(name);
            if (g < 0) {
                throw new IllegalArgumentException("No group with name <" + name + ">");
            }
            return g;
        }

        public String group(String name) {
            return group(namedGroup(name));
        }

        public int start(String name) {
            return start(namedGroup(name));
        }

        public int end(String name) {
            return end(namedGroup(name));
        }

        public boolean hitEnd() {
            return last == to;
        }

        /** Appends the text before this match, then the replacement with $n and ${name} expanded. */
        public Match appendReplacement(StringBuilder sb, String replacement) {
            checkMatch();
            StringBuilder result = new StringBuilder();
            appendExpanded(result, replacement);
            sb.append(in, appendPos, groups[0] - appendPos);
            sb.append(result);
            appendPos = groups[1];
            return this;
        }

        public StringBuilder appendTail(StringBuilder sb) {
            sb.append(in, appendPos, to - appendPos);
            return sb;
        }

        private void appendExpanded(StringBuilder result, String replacement) {
            int cursor = 0;
            int n = replacement.length();
            while (cursor < n) {
                char c = replacement.charAt(cursor);
                if (c == '\\') {
                    cursor++;
                    if (cursor == n) {
                        throw new IllegalArgumentException("character to be escaped is missing");
                    }
                    result.append(replacement.charAt(cursor++));
                } else if (c == '$') {
                    cursor++;
                    if (cursor == n) {
                        throw new IllegalArgumentException("Illegal group reference: group index is missing");
                    }
                    int ref;
                    if (replacement.charAt(cursor) == '{') {
                        cursor++;
                        int begin = cursor;
                        while (cursor < n && isAsciiAlnum(replacement.charAt(cursor))) {
                            cursor++;
                        }
                        String name = replacement.substring(begin, cursor);
                        if (name.isEmpty()) {
                            throw new IllegalArgumentException("named capturing group has 0 length name");
                        }
                        if (cursor == n || replacement.charAt(cursor) != '}') {
                            throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                        }
                        if (name.charAt(0) >= '0' && name.charAt(0) <= '9') {
                            throw new IllegalArgumentException(
                                    "capturing group name {" + name + "} starts with digit character");
                        }
                        ref = regex.groupNumber(name);
                        if (ref < 0) {
                            throw new IllegalArgumentException("No group with name {" + name + "}");
                        }
                        cursor++;
                    } else {
                        ref = replacement.charAt(cursor) - '0';
                        if (ref < 0 || ref > 9) {
                            throw new IllegalArgumentException("Illegal group reference");
                        }
                        cursor++;
                        // Take more digits while they still name an existing group.
                        while (cursor < n) {
                            int d = replacement.charAt(cursor) - '0';
                            if (d < 0 || d > 9 || ref * 10 + d > regex.groupCount) {
                                break;
                            }
                            ref = ref * 10 + d;
                            cursor++;
                        }
                    }
                    if (start(ref) != -1 && end(ref) != -1) {
                        result.append(in, start(ref), end(ref) - start(ref));
                    }
                } else {
                    result.append(c);
                    cursor++;
                }
            }
        }

        /** Saves the groups, for nodes that must undo what a successful sub-match recorded. */
        int[] saveGroups() {
            return groups.clone();
        }

        void restoreGroups(int[] saved) {
            System.arraycopy(saved, 0, groups, 0, saved.length);
        }
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isLineTerminator(int c, boolean unixLines) {
        if (unixLines) {
            return c == '\n';
        }
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static int codePointAt(char[] in, int i, int to) {
        char c = in[i];
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(in[i + 1])) {
            return Character.toCodePoint(c, in[i + 1]);
        }
        return c;
    }

    // ==== Character classes ==================================================================

    /** A set of code points. */
    abstract static class CharClass {
        abstract boolean has(int cp);
    }

    static final class Range extends CharClass {
        final int lo;
        final int hi;

        Range(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        boolean has(int cp) {
            return cp >= lo && cp <= hi;
        }
    }

    /** A range matched without regard to case (ASCII only unless unicode). */
    static final class CaselessRange extends CharClass {
        final int lo;
        final int hi;
        final boolean unicode;

        CaselessRange(int lo, int hi, boolean unicode) {
            this.lo = lo;
            this.hi = hi;
            this.unicode = unicode;
        }

        boolean has(int cp) {
            if (cp >= lo && cp <= hi) {
                return true;
            }
            if (unicode || cp < 0x80) {
                int u = Character.toUpperCase(cp);
                int l = Character.toLowerCase(cp);
                if (!unicode && (u >= 0x80 || l >= 0x80)) {
                    return false;
                }
                return (u >= lo && u <= hi) || (l >= lo && l <= hi);
            }
            return false;
        }
    }

    static final class Union extends CharClass {
        CharClass[] parts = new CharClass[4];
        int n;

        void add(CharClass c) {
            if (n == parts.length) {
                CharClass[] p = new CharClass[n * 2];
                System.arraycopy(parts, 0, p, 0, n);
                parts = p;
            }
            parts[n++] = c;
        }

        boolean has(int cp) {
            for (int i = 0; i < n; i++) {
                if (parts[i].has(cp)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Intersection extends CharClass {
        final CharClass a;
        final CharClass b;

        Intersection(CharClass a, CharClass b) {
            this.a = a;
            this.b = b;
        }

        boolean has(int cp) {
            return a.has(cp) && b.has(cp);
        }
    }

    static final class Not extends CharClass {
        final CharClass c;

        Not(CharClass c) {
            this.c = c;
        }

        boolean has(int cp) {
            return !c.has(cp);
        }
    }

    /** The predefined and property classes: \d \s \w \h \v, \p{Alpha}, \p{L}, ... */
    static final class Property extends CharClass {
        static final int DIGIT = 0;
        static final int SPACE = 1;
        static final int WORD = 2;
        static final int HSPACE = 3;
        static final int VSPACE = 4;
        static final int LOWER = 5;
        static final int UPPER = 6;
        static final int ASCII = 7;
        static final int ALPHA = 8;
        static final int ALNUM = 9;
        static final int PUNCT = 10;
        static final int GRAPH = 11;
        static final int PRINT = 12;
        static final int BLANK = 13;
        static final int CNTRL = 14;
        static final int XDIGIT = 15;
        static final int LETTER = 16;
        static final int UNI_UPPER = 17;
        static final int UNI_LOWER = 18;
        static final int UNI_DIGIT = 19;
        static final int UNI_ALPHABETIC = 20;
        static final int UNI_WHITESPACE = 21;
        static final int JAVA_WHITESPACE = 22;
        static final int UNI_PUNCT = 23;
        static final int UNI_LETTER_OR_DIGIT = 24;
        static final int TITLE = 25;
        static final int UNI_SPACE_CHAR = 26;
        static final int ANY = 27;

        final int kind;

        Property(int kind) {
            this.kind = kind;
        }

        boolean has(int c) {
            switch (kind) {
                case DIGIT:
                    return c >= '0' && c <= '9';
                case SPACE:
                    return c == ' ' || (c >= '\t' && c <= '\r');
                case WORD:
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
                case HSPACE:
                    return c == ' ' || c == '\t' || c == 0xa0 || c == 0x1680 || c == 0x180e
                            || (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f || c == 0x3000;
                case VSPACE:
                    return (c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029;
                case LOWER:
                    return c >= 'a' && c <= 'z';
                case UPPER:
                    return c >= 'A' && c <= 'Z';
                case ASCII:
                    return c >= 0 && c < 0x80;
                case ALPHA:
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                case ALNUM:
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                case PUNCT:
                    return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60)
                            || (c >= 0x7b && c <= 0x7e);
                case GRAPH:
                    return c >= 0x21 && c <= 0x7e;
                case PRINT:
                    return c >= 0x20 && c <= 0x7e;
                case BLANK:
                    return c == ' ' || c == '\t';
                case CNTRL:
                    return (c >= 0 && c < 0x20) || c == 0x7f;
                case XDIGIT:
                    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                case LETTER:
                    return Character.isLetter(c);
                case UNI_UPPER:
                    return Character.isUpperCase(c);
                case UNI_LOWER:
                    return Character.isLowerCase(c);
                case UNI_DIGIT:
                    return Character.isDigit(c);
                case UNI_ALPHABETIC:
                    return Character.isAlphabetic(c);
                case UNI_WHITESPACE:
                    return (c >= '\t' && c <= '\r') || c == 0x85 || Character.isSpaceChar(c);
                case JAVA_WHITESPACE:
                    return Character.isWhitespace(c);
                case UNI_PUNCT: {
                    int t = Character.getType(c);
                    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                            || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                            || t == Character.OTHER_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                            || t == Character.FINAL_QUOTE_PUNCTUATION;
                }
                case UNI_LETTER_OR_DIGIT:
                    return Character.isLetterOrDigit(c);
                case TITLE:
                    return Character.isTitleCase(c);
                case UNI_SPACE_CHAR:
                    return Character.isSpaceChar(c);
                default:
                    return true;
            }
        }

        /** The class \p{name} names, or null. */
        static Property named(String name) {
            String n = name;
            if (n.startsWith("Is")) {
                n = n.substring(2);
            }
            switch (n) {
                case "Lower":
                    return new Property(LOWER);
                case "Upper":
                    return new Property(UPPER);
                case "ASCII":
                    return new Property(ASCII);
                case "Alpha":
                    return new Property(ALPHA);
                case "Digit":
                    return new Property(DIGIT);
                case "Alnum":
                    return new Property(ALNUM);
                case "Punct":
                    return new Property(PUNCT);
                case "Graph":
                    return new Property(GRAPH);
                case "Print":
                    return new Property(PRINT);
                case "Blank":
                    return new Property(BLANK);
                case "Cntrl":
                    return new Property(CNTRL);
                case "XDigit":
                    return new Property(XDIGIT);
                case "Space":
                    return new Property(SPACE);
                case "L":
                case "Letter":
                case "javaLetter":
                    return new Property(LETTER);
                case "Lu":
                case "Uppercase":
                case "javaUpperCase":
                    return new Property(UNI_UPPER);
                case "Ll":
                case "Lowercase":
                case "javaLowerCase":
                    return new Property(UNI_LOWER);
                case "Lt":
                case "javaTitleCase":
                    return new Property(TITLE);
                case "N":
                case "Nd":
                case "Digit_Number":
                case "javaDigit":
                    return new Property(UNI_DIGIT);
                case "Alphabetic":
                case "javaAlphabetic":
                    return new Property(UNI_ALPHABETIC);
                case "White_Space":
                case "WhiteSpace":
                    return new Property(UNI_WHITESPACE);
                case "javaWhitespace":
                    return new Property(JAVA_WHITESPACE);
                case "javaSpaceChar":
                case "Z":
                case "Zs":
                    return new Property(UNI_SPACE_CHAR);
                case "P":
                case "Punctuation":
                    return new Property(UNI_PUNCT);
                case "javaLetterOrDigit":
                    return new Property(UNI_LETTER_OR_DIGIT);
                case "all":
                    return new Property(ANY);
                default:
                    return null;
            }
        }
    }

    // ==== Parse tree =========================================================================

    abstract static class Tree {
    }

    /** A single code point, compared with or without case. */
    static final class Literal extends Tree {
        final int cp;
        final boolean caseless;
        final boolean unicodeCase;

        Literal(int cp, boolean caseless, boolean unicodeCase) {
            this.cp = cp;
            this.caseless = caseless;
            this.unicodeCase = unicodeCase;
        }
    }

    static final class AnyChar extends Tree {
        final boolean dotAll;
        final boolean unixLines;

        AnyChar(boolean dotAll, boolean unixLines) {
            this.dotAll = dotAll;
            this.unixLines = unixLines;
        }
    }

    static final class ClassTree extends Tree {
        final CharClass cls;

        ClassTree(CharClass cls) {
            this.cls = cls;
        }
    }

    static final class Sequence extends Tree {
        Tree[] items = new Tree[4];
        int n;

        void add(Tree t) {
            if (n == items.length) {
                Tree[] b = new Tree[n * 2];
                System.arraycopy(items, 0, b, 0, n);
                items = b;
            }
            items[n++] = t;
        }
    }

    static final class Alternation extends Tree {
        final Tree[] alternatives;

        Alternation(Tree[] alternatives) {
            this.alternatives = alternatives;
        }
    }

    static final class Group extends Tree {
        static final int CAPTURE = 0;
        static final int PLAIN = 1;
        static final int ATOMIC = 2;
        static final int LOOKAHEAD = 3;
        static final int NOT_LOOKAHEAD = 4;
        static final int LOOKBEHIND = 5;
        static final int NOT_LOOKBEHIND = 6;

        final int kind;
        final int number;
        final Tree body;

        Group(int kind, int number, Tree body) {
            this.kind = kind;
            this.number = number;
            this.body = body;
        }
    }

    static final class Quantified extends Tree {
        final Tree body;
        final int min;
        final int max; // -1: unbounded
        final int mode;

        Quantified(Tree body, int min, int max, int mode) {
            this.body = body;
            this.min = min;
            this.max = max;
            this.mode = mode;
        }
    }

    static final class Anchor extends Tree {
        static final int BEGIN = 0; // ^ and \A
        static final int LINE_BEGIN = 1; // ^ in MULTILINE mode
        static final int END = 2; // $ and \Z
        static final int LINE_END = 3; // $ in MULTILINE mode
        static final int INPUT_END = 4; // \z
        static final int WORD_BOUNDARY = 5;
        static final int NOT_WORD_BOUNDARY = 6;
        static final int LAST_MATCH_END = 7; // \G

        final int kind;
        final boolean unixLines;

        Anchor(int kind, boolean unixLines) {
            this.kind = kind;
            this.unixLines = unixLines;
        }
    }

    static final class BackRef extends Tree {
        final int group;
        final boolean caseless;

        BackRef(int group, boolean caseless) {
            this.group = group;
            this.caseless = caseless;
        }
    }

    /** \R: \r\n or any single line-break character. */
    static final class LineBreak extends Tree {
    }

    // ==== Parser =============================================================================

    private static final class Parser {
        final String p;
        final int len;
        int pos;
        int flags;
        int groups;
        String[] names = new String[10];

        Parser(String pattern, int flags) {
            this.p = pattern;
            this.len = pattern.length();
            this.flags = flags;
        }

        PatternSyntaxException error(String desc, int index) {
            return new PatternSyntaxException(desc, p, index);
        }

        boolean has(int flag) {
            return (flags & flag) != 0;
        }

        /** Skips white space and comments in COMMENTS mode. */
        void skipComments() {
            if (!has(COMMENTS)) {
                return;
            }
            while (pos < len) {
                char c = p.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
                    pos++;
                } else if (c == '#') {
                    while (pos < len && !isLineTerminator(p.charAt(pos), has(UNIX_LINES))) {
                        pos++;
                    }
                } else {
                    break;
                }
            }
        }

        int peek() {
            skipComments();
            return pos < len ? p.charAt(pos) : -1;
        }

        Tree parseAll() {
            if (has(LITERAL)) {
                Sequence s = new Sequence();
                for (int i = 0; i < len; i = p.offsetByCodePoints(i, 1)) {
                    s.add(literal(p.codePointAt(i)));
                }
                return s;
            }
            Tree t = parseAlternation();
            if (pos < len) {
                throw error("Unmatched closing ')'", pos - 1);
            }
            return t;
        }

        Literal literal(int cp) {
            return new Literal(cp, has(CASE_INSENSITIVE), has(UNICODE_CASE));
        }

        Tree parseAlternation() {
            Tree first = parseSequence();
            if (peek() != '|') {
                return first;
            }
            Tree[] alts = new Tree[] {first};
            while (peek() == '|') {
                pos++;
                Tree next = parseSequence();
                Tree[] b = new Tree[alts.length + 1];
                System.arraycopy(alts, 0, b, 0, alts.length);
                b[alts.length] = next;
                alts = b;
            }
            return new Alternation(alts);
        }

        Tree parseSequence() {
            Sequence seq = new Sequence();
            while (true) {
                int c = peek();
                if (c < 0 || c == '|' || c == ')') {
                    return seq;
                }
                Tree atom = parseAtom();
                if (atom == null) {
                    continue; // a flag group such as (?i)
                }
                seq.add(parseQuantifier(atom));
            }
        }

        /** Applies the quantifiers after atom; only a counted one may follow another. */
        Tree parseQuantifier(Tree atom) {
            boolean first = true;
            while (true) {
                int c = peek();
                if (!first && c != '{') {
                    return atom;
                }
                first = false;
                int min;
                int max;
                if (c == '*') {
                    pos++;
                    min = 0;
                    max = -1;
                } else if (c == '+') {
                    pos++;
                    min = 1;
                    max = -1;
                } else if (c == '?') {
                    pos++;
                    min = 0;
                    max = 1;
                } else if (c == '{') {
                    pos++;
                    int start = pos;
                    min = parseNumber();
                    if (pos == start) {
                        throw error("Illegal repetition", pos < len ? pos : len);
                    }
                    max = min;
                    if (pos < len && p.charAt(pos) == ',') {
                        pos++;
                        int s2 = pos;
                        max = parseNumber();
                        if (pos == s2) {
                            max = -1;
                        }
                    }
                    if (pos >= len || p.charAt(pos) != '}') {
                        throw error("Unclosed counted closure", pos);
                    }
                    if (max >= 0 && max < min) {
                        throw error("Illegal repetition range", pos);
                    }
                    pos++;
                } else {
                    return atom;
                }
                int mode = GREEDY;
                if (pos < len && p.charAt(pos) == '?') {
                    pos++;
                    mode = LAZY;
                } else if (pos < len && p.charAt(pos) == '+') {
                    pos++;
                    mode = POSSESSIVE;
                }
                atom = new Quantified(atom, min, max, mode);
            }
        }

        int parseNumber() {
            int v = 0;
            while (pos < len && p.charAt(pos) >= '0' && p.charAt(pos) <= '9') {
                v = v * 10 + (p.charAt(pos) - '0');
                if (v < 0) {
                    throw error("Illegal repetition", pos);
                }
                pos++;
            }
            return v;
        }

        Tree parseAtom() {
            int c = peek();
            switch (c) {
                case '(':
                    return parseGroup();
                case '[':
                    pos++;
                    return new ClassTree(parseClass());
                case '.':
                    pos++;
                    return new AnyChar(has(DOTALL), has(UNIX_LINES));
                case '^':
                    pos++;
                    return new Anchor(has(MULTILINE) ? Anchor.LINE_BEGIN : Anchor.BEGIN, has(UNIX_LINES));
                case '$':
                    pos++;
                    return new Anchor(has(MULTILINE) ? Anchor.LINE_END : Anchor.END, has(UNIX_LINES));
                case '\\':
                    return parseEscape();
                case '*':
                case '+':
                case '?':
                    throw error("Dangling meta character '" + (char) c + "'", pos);
                case '{':
                    throw error("Illegal repetition", pos + 1 < len ? pos + 1 : len);
                default:
                    int cp = p.codePointAt(pos);
                    pos += Character.charCount(cp);
                    return literal(cp);
            }
        }

        Tree parseGroup() {
            pos++; // '('
            int saved = flags;
            Tree result;
            if (pos < len && p.charAt(pos) == '?') {
                pos++;
                int c = pos < len ? p.charAt(pos) : -1;
                if (c == ':') {
                    pos++;
                    result = new Group(Group.PLAIN, 0, parseAlternation());
                } else if (c == '=' || c == '!') {
                    pos++;
                    result = new Group(c == '=' ? Group.LOOKAHEAD : Group.NOT_LOOKAHEAD, 0, parseAlternation());
                } else if (c == '>') {
                    pos++;
                    result = new Group(Group.ATOMIC, 0, parseAlternation());
                } else if (c == '<') {
                    pos++;
                    int d = pos < len ? p.charAt(pos) : -1;
                    if (d == '=' || d == '!') {
                        pos++;
                        result = new Group(d == '=' ? Group.LOOKBEHIND : Group.NOT_LOOKBEHIND, 0,
                                parseAlternation());
                    } else {
                        String name = parseGroupName();
                        int g = ++groups;
                        for (int i = 1; i < g; i++) {
                            if (name.equals(names[i])) {
                                throw error("Named capturing group <" + name + "> is already defined", pos - 1);
                            }
                        }
                        nameGroup(g, name);
                        result = new Group(Group.CAPTURE, g, parseAlternation());
                    }
                } else {
                    parseFlags();
                    int e = pos < len ? p.charAt(pos) : -1;
                    if (e == ')') {
                        pos++;
                        return null; // the flags stay on until the enclosing group ends
                    }
                    if (e != ':') {
                        throw error("Unknown inline modifier", pos);
                    }
                    pos++;
                    result = new Group(Group.PLAIN, 0, parseAlternation());
                }
            } else {
                int g = ++groups;
                nameGroup(g, null);
                result = new Group(Group.CAPTURE, g, parseAlternation());
            }
            if (peek() != ')') {
                throw error("Unclosed group", len);
            }
            pos++;
            flags = saved;
            return result;
        }

        void nameGroup(int g, String name) {
            if (g >= names.length) {
                String[] b = new String[names.length * 2];
                System.arraycopy(names, 0, b, 0, names.length);
                names = b;
            }
            names[g] = name;
        }

        String parseGroupName() {
            int start = pos;
            while (pos < len && isAsciiAlnum(p.charAt(pos))) {
                pos++;
            }
            if (pos == start || pos >= len || p.charAt(pos) != '>') {
                throw error("named capturing group is missing trailing '>'", pos);
            }
            String name = p.substring(start, pos);
            if (name.charAt(0) >= '0' && name.charAt(0) <= '9') {
                throw error("capturing group name {" + name + "} starts with digit character", pos);
            }
            pos++;
            return name;
        }

        void parseFlags() {
            boolean on = true;
            while (pos < len) {
                char c = p.charAt(pos);
                int f;
                switch (c) {
                    case 'i':
                        f = CASE_INSENSITIVE;
                        break;
                    case 'd':
                        f = UNIX_LINES;
                        break;
                    case 'm':
                        f = MULTILINE;
                        break;
                    case 's':
                        f = DOTALL;
                        break;
                    case 'u':
                        f = UNICODE_CASE;
                        break;
                    case 'x':
                        f = COMMENTS;
                        break;
                    case 'U':
                        f = 0;
                        break;
                    case '-':
                        on = false;
                        pos++;
                        continue;
                    default:
                        return;
                }
                flags = on ? flags | f : flags & ~f;
                pos++;
            }
        }

        /** Parses what follows a backslash outside a character class. */
        Tree parseEscape() {
            pos++; // '\'
            if (pos >= len) {
                throw error("Unexpected internal error", len);
            }
            char c = p.charAt(pos++);
            boolean unix = has(UNIX_LINES);
            switch (c) {
                case 'b':
                    return new Anchor(Anchor.WORD_BOUNDARY, unix);
                case 'B':
                    return new Anchor(Anchor.NOT_WORD_BOUNDARY, unix);
                case 'A':
                    return new Anchor(Anchor.BEGIN, unix);
                case 'z':
                    return new Anchor(Anchor.INPUT_END, unix);
                case 'Z':
                    return new Anchor(Anchor.END, unix);
                case 'G':
                    return new Anchor(Anchor.LAST_MATCH_END, unix);
                case 'R':
                    return new LineBreak();
                case 'Q': {
                    int end = p.indexOf("\\E", pos);
                    String quoted = end < 0 ? p.substring(pos) : p.substring(pos, end);
                    pos = end < 0 ? len : end + 2;
                    Sequence s = new Sequence();
                    for (int i = 0; i < quoted.length(); i = quoted.offsetByCodePoints(i, 1)) {
                        s.add(literal(quoted.codePointAt(i)));
                    }
                    return new Group(Group.PLAIN, 0, s);
                }
                case 'k': {
                    if (pos >= len || p.charAt(pos) != '<') {
                        throw error("\\k is not followed by '<' for named capturing group", pos);
                    }
                    pos++;
                    String name = parseGroupName();
                    for (int g = 1; g <= groups; g++) {
                        if (name.equals(names[g])) {
                            return new BackRef(g, has(CASE_INSENSITIVE));
                        }
                    }
                    throw error("named capturing group <" + name + "> does not exist", pos - 1);
                }
                default:
                    break;
            }
            if (c >= '1' && c <= '9') {
                int g = c - '0';
                while (pos < len && p.charAt(pos) >= '0' && p.charAt(pos) <= '9') {
                    int g2 = g * 10 + (p.charAt(pos) - '0');
                    if (g2 > groups) {
                        break;
                    }
                    g = g2;
                    pos++;
                }
                return new BackRef(g, has(CASE_INSENSITIVE));
            }
            pos--;
            CharClass cls = escapedClass();
            if (cls != null) {
                return new ClassTree(cls);
            }
            return literal(escapedChar());
        }

        /** At the letter after '\': the class it names (\d, \p{..}, ...), or null. */
        CharClass escapedClass() {
            char c = p.charAt(pos);
            int kind;
            switch (c) {
                case 'd':
                case 'D':
                    kind = Property.DIGIT;
                    break;
                case 's':
                case 'S':
                    kind = Property.SPACE;
                    break;
                case 'w':
                case 'W':
                    kind = Property.WORD;
                    break;
                case 'h':
                case 'H':
                    kind = Property.HSPACE;
                    break;
                case 'v':
                case 'V':
                    kind = Property.VSPACE;
                    break;
                case 'p':
                case 'P': {
                    pos++;
                    String name;
                    if (pos < len && p.charAt(pos) == '{') {
                        int end = p.indexOf('}', pos);
                        if (end < 0) {
                            throw error("Unclosed character family", len);
                        }
                        name = p.substring(pos + 1, end);
                        pos = end + 1;
                    } else if (pos < len) {
                        name = p.substring(pos, pos + 1);
                        pos++;
                    } else {
                        throw error("Illegal character name", len);
                    }
                    Property prop = Property.named(name);
                    if (prop == null) {
                        throw error("Unknown character property name {" + name + "}", pos - 1);
                    }
                    return c == 'P' ? new Not(prop) : prop;
                }
                default:
                    return null;
            }
            pos++;
            Property prop = new Property(kind);
            return Character.isUpperCase(c) ? new Not(prop) : prop;
        }

        /** At the character after '\': the code point an escape stands for. */
        int escapedChar() {
            char c = p.charAt(pos++);
            switch (c) {
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                case 'a':
                    return 0x07;
                case 'e':
                    return 0x1b;
                case '0': {
                    int v = 0;
                    int digits = 0;
                    while (pos < len && digits < 3 && p.charAt(pos) >= '0' && p.charAt(pos) <= '7'
                            && v * 8 + (p.charAt(pos) - '0') <= 0377) {
                        v = v * 8 + (p.charAt(pos++) - '0');
                        digits++;
                    }
                    if (digits == 0) {
                        throw error("Illegal octal escape sequence", pos);
                    }
                    return v;
                }
                case 'x': {
                    if (pos < len && p.charAt(pos) == '{') {
                        int end = p.indexOf('}', pos);
                        if (end < 0) {
                            throw error("Unclosed hexadecimal escape sequence", len);
                        }
                        int v = hex(pos + 1, end);
                        if (v > Character.MAX_CODE_POINT) {
                            throw error("Hexadecimal codepoint is too big", end);
                        }
                        pos = end + 1;
                        return v;
                    }
                    if (pos + 2 > len) {
                        throw error("Illegal hexadecimal escape sequence", len);
                    }
                    int v = hex(pos, pos + 2);
                    pos += 2;
                    return v;
                }
                case 'u': {
                    if (pos + 4 > len) {
                        throw error("Illegal Unicode escape sequence", len);
                    }
                    int v = hex(pos, pos + 4);
                    pos += 4;
                    return v;
                }
                case 'c':
                    if (pos >= len) {
                        throw error("Illegal control escape sequence", len);
                    }
                    return p.charAt(pos++) ^ 64;
                default:
                    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                        throw error("Illegal/unsupported escape sequence", pos - 1);
                    }
                    if (Character.isHighSurrogate(c) && pos < len && Character.isLowSurrogate(p.charAt(pos))) {
                        return Character.toCodePoint(c, p.charAt(pos++));
                    }
                    return c;
            }
        }

        int hex(int start, int end) {
            if (start == end) {
                throw error("Illegal hexadecimal escape sequence", start);
            }
            int v = 0;
            for (int i = start; i < end; i++) {
                int d = Character.digit(p.charAt(i), 16);
                if (d < 0) {
                    throw error("Illegal hexadecimal escape sequence", i);
                }
                v = v * 16 + d;
                if (v > Character.MAX_CODE_POINT) {
                    v = Character.MAX_CODE_POINT + 1;
                }
            }
            return v;
        }

        /** Parses a class after its '['; consumes the closing ']'. */
        CharClass parseClass() {
            boolean negate = false;
            if (pos < len && p.charAt(pos) == '^') {
                negate = true;
                pos++;
            }
            Union union = new Union();
            CharClass result = union;
            boolean firstItem = true;
            while (true) {
                skipComments();
                if (pos >= len) {
                    throw error("Unclosed character class", len - 1);
                }
                char c = p.charAt(pos);
                if (c == ']' && !firstItem) {
                    pos++;
                    break;
                }
                firstItem = false;
                if (c == '[') {
                    pos++;
                    union.add(parseClass());
                } else if (c == '&' && pos + 1 < len && p.charAt(pos + 1) == '&') {
                    pos += 2;
                    // The right operand is the rest of this class, up to its ']'.
                    Union right = new Union();
                    while (true) {
                        skipComments();
                        if (pos >= len) {
                            throw error("Unclosed character class", len - 1);
                        }
                        char d = p.charAt(pos);
                        if (d == ']') {
                            break;
                        }
                        if (d == '&' && pos + 1 < len && p.charAt(pos + 1) == '&') {
                            break;
                        }
                        if (d == '[') {
                            pos++;
                            right.add(parseClass());
                        } else {
                            classItem(right);
                        }
                    }
                    result = new Intersection(result, right);
                } else {
                    classItem(union);
                }
            }
            return negate ? new Not(result) : result;
        }

        /** Parses one char, escape or range of a class into `into`. */
        void classItem(Union into) {
            int lo;
            if (p.charAt(pos) == '\\') {
                pos++;
                if (pos >= len) {
                    throw error("Unclosed character class", len - 1);
                }
                CharClass cls = escapedClass();
                if (cls != null) {
                    into.add(cls);
                    return;
                }
                char q = p.charAt(pos);
                if (q == 'Q') {
                    int end = p.indexOf("\\E", pos);
                    String quoted = end < 0 ? p.substring(pos + 1) : p.substring(pos + 1, end);
                    pos = end < 0 ? len : end + 2;
                    for (int i = 0; i < quoted.length(); i++) {
                        into.add(single(quoted.charAt(i)));
                    }
                    return;
                }
                lo = escapedChar();
            } else {
                lo = p.codePointAt(pos);
                pos += Character.charCount(lo);
            }
            if (pos + 1 < len && p.charAt(pos) == '-' && p.charAt(pos + 1) != ']' && p.charAt(pos + 1) != '[') {
                pos++;
                int hi;
                if (p.charAt(pos) == '\\') {
                    pos++;
                    if (pos >= len) {
                        throw error("Illegal character range", pos);
                    }
                    hi = escapedChar();
                } else {
                    hi = p.codePointAt(pos);
                    pos += Character.charCount(hi);
                }
                if (hi < lo) {
                    throw error("Illegal character range", pos - 1);
                }
                into.add(has(CASE_INSENSITIVE) ? new CaselessRange(lo, hi, has(UNICODE_CASE)) : new Range(lo, hi));
                return;
            }
            into.add(single(lo));
        }

        CharClass single(int cp) {
            return has(CASE_INSENSITIVE) ? new CaselessRange(cp, cp, has(UNICODE_CASE)) : new Range(cp, cp);
        }
    }

    // ==== Nodes ==============================================================================

    abstract static class Node {
        Node next;

        /** Matches this node and the rest of the chain at i. */
        abstract boolean match(Match m, int i);
    }

    /** The end of the pattern. */
    static final class Accept extends Node {
        boolean match(Match m, int i) {
            if (m.requireEnd && i != m.to) {
                return false;
            }
            m.acceptedEnd = i;
            return true;
        }
    }

    /** The end of a lookaround or atomic body: records where it ended. */
    static final class SubAccept extends Node {
        boolean match(Match m, int i) {
            if (m.subTarget >= 0 && i != m.subTarget) {
                return false;
            }
            m.subEnd = i;
            return true;
        }
    }

    /** A node matching one code point: a literal, a class or '.'. */
    abstract static class Atom extends Node {
        abstract boolean test(int cp);

        boolean match(Match m, int i) {
            if (i >= m.to) {
                return false;
            }
            int cp = codePointAt(m.in, i, m.to);
            return test(cp) && next.match(m, i + Character.charCount(cp));
        }
    }

    static final class CharAtom extends Atom {
        final int cp;

        CharAtom(int cp) {
            this.cp = cp;
        }

        boolean test(int c) {
            return c == cp;
        }

        @Override
        boolean match(Match m, int i) {
            if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                return i < m.to && m.in[i] == cp && next.match(m, i + 1);
            }
            return super.match(m, i);
        }
    }

    static final class CaselessCharAtom extends Atom {
        final int upper;
        final int lower;
        final boolean unicode;

        CaselessCharAtom(int cp, boolean unicode) {
            this.unicode = unicode;
            if (unicode || cp < 0x80) {
                this.upper = Character.toUpperCase(cp);
                this.lower = Character.toLowerCase(cp);
            } else {
                this.upper = cp;
                this.lower = cp;
            }
        }

        boolean test(int c) {
            if (c == upper || c == lower) {
                return true;
            }
            if (!unicode && c >= 0x80) {
                return false;
            }
            return Character.toUpperCase(c) == upper || Character.toLowerCase(c) == lower;
        }
    }

    static final class ClassAtom extends Atom {
        final CharClass cls;
        // Membership of U+0000..U+00FF, precomputed.
        final long[] latin1 = new long[4];

        ClassAtom(CharClass cls) {
            this.cls = cls;
            for (int c = 0; c < 256; c++) {
                if (cls.has(c)) {
                    latin1[c >> 6] |= 1L << (c & 63);
                }
            }
        }

        boolean test(int c) {
            if (c < 256) {
                return (latin1[c >> 6] & (1L << (c & 63))) != 0;
            }
            return cls.has(c);
        }
    }

    static final class DotAtom extends Atom {
        final boolean dotAll;
        final boolean unixLines;

        DotAtom(boolean dotAll, boolean unixLines) {
            this.dotAll = dotAll;
            this.unixLines = unixLines;
        }

        boolean test(int c) {
            return dotAll || !isLineTerminator(c, unixLines);
        }
    }

    /** A repeated atom: matched by looping, and backtracked one code point at a time. */
    static final class Curly extends Node {
        final Atom atom;
        final int min;
        final int max; // -1: unbounded
        final int mode;

        Curly(Atom atom, int min, int max, int mode) {
            this.atom = atom;
            this.min = min;
            this.max = max;
            this.mode = mode;
        }

        /** The index after one more atom at i, or -1. */
        private int step(Match m, int i) {
            if (i >= m.to) {
                return -1;
            }
            int cp = codePointAt(m.in, i, m.to);
            return atom.test(cp) ? i + Character.charCount(cp) : -1;
        }

        boolean match(Match m, int i) {
            int count = 0;
            int j = i;
            while (count < min) {
                j = step(m, j);
                if (j < 0) {
                    return false;
                }
                count++;
            }
            if (mode == LAZY) {
                while (true) {
                    if (next.match(m, j)) {
                        return true;
                    }
                    if (max >= 0 && count >= max) {
                        return false;
                    }
                    j = step(m, j);
                    if (j < 0) {
                        return false;
                    }
                    count++;
                }
            }
            int start = j;
            while (max < 0 || count < max) {
                int k = step(m, j);
                if (k < 0) {
                    break;
                }
                j = k;
                count++;
            }
            if (mode == POSSESSIVE) {
                return next.match(m, j);
            }
            while (true) {
                if (next.match(m, j)) {
                    return true;
                }
                if (j == start) {
                    return false;
                }
                // Step back one code point (a surrogate pair the loop took as one).
                j--;
                if (j > start && Character.isLowSurrogate(m.in[j]) && Character.isHighSurrogate(m.in[j - 1])) {
                    j--;
                }
            }
        }
    }

    static final class GroupHead extends Node {
        final int group;

        GroupHead(int group) {
            this.group = group;
        }

        boolean match(Match m, int i) {
            int saved = m.groupStarts[group];
            m.groupStarts[group] = i;
            boolean r = next.match(m, i);
            m.groupStarts[group] = saved;
            return r;
        }
    }

    static final class GroupTail extends Node {
        final int group;

        GroupTail(int group) {
            this.group = group;
        }

        boolean match(Match m, int i) {
            int s = m.groups[2 * group];
            int e = m.groups[2 * group + 1];
            m.groups[2 * group] = m.groupStarts[group];
            m.groups[2 * group + 1] = i;
            if (next.match(m, i)) {
                return true;
            }
            m.groups[2 * group] = s;
            m.groups[2 * group + 1] = e;
            return false;
        }
    }

    static final class Branch extends Node {
        final Node[] alternatives;

        Branch(Node[] alternatives) {
            this.alternatives = alternatives;
        }

        boolean match(Match m, int i) {
            for (Node alt : alternatives) {
                if (alt.match(m, i)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A repeated sub-pattern. Its body ends in a LoopTail that decides, at the end of each
     * iteration, whether to go round again. The number of iterations started and the start
     * of the current one live in the Match, restored on the way back so that nested and
     * recursive uses unwind correctly. An iteration that matched nothing ends the loop
     * (and counts, even below the minimum), as in java.util.regex.
     */
    static final class Loop extends Node {
        Node body;
        final int min;
        final int max;
        final boolean lazy;
        final int slot;

        Loop(int min, int max, boolean lazy, int slot) {
            this.min = min;
            this.max = max;
            this.lazy = lazy;
            this.slot = slot;
        }

        boolean match(Match m, int i) {
            int savedCount = m.loopCounts[slot];
            int savedStart = m.loopStarts[slot];
            boolean r;
            if (min > 0) {
                r = iteration(m, i, 1);
            } else if (lazy) {
                r = next.match(m, i) || (max != 0 && iteration(m, i, 1));
            } else {
                r = (max != 0 && iteration(m, i, 1)) || next.match(m, i);
            }
            m.loopCounts[slot] = savedCount;
            m.loopStarts[slot] = savedStart;
            return r;
        }

        /** Runs iteration number `count` from i; on failure the loop state is as before. */
        boolean iteration(Match m, int i, int count) {
            int savedCount = m.loopCounts[slot];
            int savedStart = m.loopStarts[slot];
            m.loopCounts[slot] = count;
            m.loopStarts[slot] = i;
            if (body.match(m, i)) {
                return true;
            }
            m.loopCounts[slot] = savedCount;
            m.loopStarts[slot] = savedStart;
            return false;
        }
    }

    static final class LoopTail extends Node {
        final Loop loop;

        LoopTail(Loop loop) {
            this.loop = loop;
        }

        boolean match(Match m, int i) {
            Loop l = loop;
            if (i == m.loopStarts[l.slot]) {
                return l.next.match(m, i); // an empty iteration ends the loop
            }
            int count = m.loopCounts[l.slot];
            if (count < l.min) {
                return l.iteration(m, i, count + 1);
            }
            boolean more = l.max < 0 || count < l.max;
            if (l.lazy) {
                return l.next.match(m, i) || (more && l.iteration(m, i, count + 1));
            }
            return (more && l.iteration(m, i, count + 1)) || l.next.match(m, i);
        }
    }

    /** (?>X), X*+ and friends: X matches once, its first way; no backtracking into it. */
    static final class Atomic extends Node {
        final Node body;

        Atomic(Node body) {
            this.body = body;
        }

        boolean match(Match m, int i) {
            int[] saved = m.saveGroups();
            int target = m.subTarget;
            m.subTarget = -1;
            boolean ok = body.match(m, i);
            m.subTarget = target;
            if (ok && next.match(m, m.subEnd)) {
                return true;
            }
            m.restoreGroups(saved);
            return false;
        }
    }

    static final class LookAround extends Node {
        final Node body;
        final boolean behind;
        final boolean negative;

        LookAround(Node body, boolean behind, boolean negative) {
            this.body = body;
            this.behind = behind;
            this.negative = negative;
        }

        private boolean bodyMatches(Match m, int i) {
            int target = m.subTarget;
            boolean ok = false;
            if (!behind) {
                m.subTarget = -1;
                ok = body.match(m, i);
            } else {
                m.subTarget = i;
                for (int s = i; s >= m.from && !ok; s--) {
                    ok = body.match(m, s);
                }
            }
            m.subTarget = target;
            return ok;
        }

        boolean match(Match m, int i) {
            int[] saved = m.saveGroups();
            boolean ok = bodyMatches(m, i);
            if (negative) {
                m.restoreGroups(saved);
                return !ok && next.match(m, i);
            }
            if (ok && next.match(m, i)) {
                return true;
            }
            m.restoreGroups(saved);
            return false;
        }
    }

    /** ^ and \A (not multiline): the start of the region. */
    static final class StartAnchor extends Node {
        boolean match(Match m, int i) {
            return i == m.from && next.match(m, i);
        }
    }

    static final class AnchorNode extends Node {
        final int kind;
        final boolean unixLines;

        AnchorNode(int kind, boolean unixLines) {
            this.kind = kind;
            this.unixLines = unixLines;
        }

        private boolean isWord(Match m, int i) {
            if (i < m.from || i >= m.to) {
                return false;
            }
            char c = m.in[i];
            return c == '_' || Character.isLetterOrDigit(c);
        }

        boolean match(Match m, int i) {
            return at(m, i) && next.match(m, i);
        }

        private boolean at(Match m, int i) {
            char[] in = m.in;
            int to = m.to;
            switch (kind) {
                case Anchor.LINE_BEGIN:
                    // Never at the end of input, even after a line break (as in Perl).
                    if (i == to) {
                        return false;
                    }
                    if (i == m.from) {
                        return true;
                    }
                    if (!isLineTerminator(in[i - 1], unixLines)) {
                        return false;
                    }
                    // Not between the \r and \n of one line break.
                    return unixLines || !(in[i - 1] == '\r' && in[i] == '\n');
                case Anchor.END:
                    // At the end, or before a line break that ends the input.
                    if (i == to) {
                        return true;
                    }
                    if (!unixLines && i == to - 2 && in[i] == '\r' && in[i + 1] == '\n') {
                        return true;
                    }
                    if (i == to - 1 && isLineTerminator(in[i], unixLines)) {
                        return !(in[i] == '\n' && i > 0 && in[i - 1] == '\r' && !unixLines);
                    }
                    return false;
                case Anchor.LINE_END:
                    if (i == to) {
                        return true;
                    }
                    if (!isLineTerminator(in[i], unixLines)) {
                        return false;
                    }
                    return unixLines || !(in[i] == '\n' && i > 0 && in[i - 1] == '\r');
                case Anchor.INPUT_END:
                    return i == to;
                case Anchor.WORD_BOUNDARY:
                    return isWord(m, i - 1) != isWord(m, i);
                case Anchor.NOT_WORD_BOUNDARY:
                    return isWord(m, i - 1) == isWord(m, i);
                default: // LAST_MATCH_END
                    return i == m.last;
            }
        }
    }

    static final class BackRefNode extends Node {
        final int group;
        final boolean caseless;

        BackRefNode(int group, boolean caseless) {
            this.group = group;
            this.caseless = caseless;
        }

        boolean match(Match m, int i) {
            if (2 * group >= m.groups.length) {
                return false;
            }
            int s = m.groups[2 * group];
            int e = m.groups[2 * group + 1];
            if (s < 0 || e < 0) {
                return false;
            }
            int n = e - s;
            if (i + n > m.to) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                char a = m.in[s + k];
                char b = m.in[i + k];
                if (a != b && !(caseless && (Character.toUpperCase(a) == Character.toUpperCase(b)
                        || Character.toLowerCase(a) == Character.toLowerCase(b)))) {
                    return false;
                }
            }
            return next.match(m, i + n);
        }
    }

    static final class LineBreakNode extends Node {
        boolean match(Match m, int i) {
            if (i >= m.to) {
                return false;
            }
            char c = m.in[i];
            if (c == '\r' && i + 1 < m.to && m.in[i + 1] == '\n' && next.match(m, i + 2)) {
                return true;
            }
            return ((c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029) && next.match(m, i + 1);
        }
    }

    // ==== Compiler ===========================================================================

    private static final class Compiler {
        int loops;

        /** Compiles t so that, once it matched, it continues with `next`. */
        Node compile(Tree t, Node next) {
            if (t instanceof Sequence) {
                Sequence s = (Sequence) t;
                for (int k = s.n - 1; k >= 0; k--) {
                    next = compile(s.items[k], next);
                }
                return next;
            }
            if (t instanceof Literal || t instanceof AnyChar || t instanceof ClassTree) {
                Atom a = atom(t);
                a.next = next;
                return a;
            }
            if (t instanceof Alternation) {
                Tree[] alts = ((Alternation) t).alternatives;
                Node[] nodes = new Node[alts.length];
                for (int k = 0; k < alts.length; k++) {
                    nodes[k] = compile(alts[k], next);
                }
                Branch b = new Branch(nodes);
                b.next = next;
                return b;
            }
            if (t instanceof Group) {
                return group((Group) t, next);
            }
            if (t instanceof Quantified) {
                return quantified((Quantified) t, next);
            }
            if (t instanceof Anchor) {
                Anchor a = (Anchor) t;
                Node n = a.kind == Anchor.BEGIN ? new StartAnchor() : new AnchorNode(a.kind, a.unixLines);
                n.next = next;
                return n;
            }
            if (t instanceof BackRef) {
                BackRef r = (BackRef) t;
                Node n = new BackRefNode(r.group, r.caseless);
                n.next = next;
                return n;
            }
            Node n = new LineBreakNode();
            n.next = next;
            return n;
        }

        Atom atom(Tree t) {
            if (t instanceof Literal) {
                Literal l = (Literal) t;
                if (l.caseless && (l.unicodeCase || l.cp < 0x80)
                        && (Character.toUpperCase(l.cp) != l.cp || Character.toLowerCase(l.cp) != l.cp)) {
                    return new CaselessCharAtom(l.cp, l.unicodeCase);
                }
                return new CharAtom(l.cp);
            }
            if (t instanceof AnyChar) {
                AnyChar d = (AnyChar) t;
                return new DotAtom(d.dotAll, d.unixLines);
            }
            return new ClassAtom(((ClassTree) t).cls);
        }

        Node group(Group g, Node next) {
            switch (g.kind) {
                case Group.CAPTURE: {
                    GroupTail tail = new GroupTail(g.number);
                    tail.next = next;
                    GroupHead head = new GroupHead(g.number);
                    head.next = compile(g.body, tail);
                    return head;
                }
                case Group.PLAIN:
                    return compile(g.body, next);
                case Group.ATOMIC: {
                    Atomic a = new Atomic(compile(g.body, new SubAccept()));
                    a.next = next;
                    return a;
                }
                default: {
                    boolean behind = g.kind == Group.LOOKBEHIND || g.kind == Group.NOT_LOOKBEHIND;
                    boolean negative = g.kind == Group.NOT_LOOKAHEAD || g.kind == Group.NOT_LOOKBEHIND;
                    LookAround l = new LookAround(compile(g.body, new SubAccept()), behind, negative);
                    l.next = next;
                    return l;
                }
            }
        }

        Node quantified(Quantified q, Node next) {
            Tree body = q.body;
            if (body instanceof Literal || body instanceof AnyChar || body instanceof ClassTree) {
                Curly c = new Curly(atom(body), q.min, q.max, q.mode);
                c.next = next;
                return c;
            }
            if (q.mode == POSSESSIVE) {
                Atomic a = new Atomic(compile(new Quantified(body, q.min, q.max, GREEDY), new SubAccept()));
                a.next = next;
                return a;
            }
            Loop loop = new Loop(q.min, q.max, q.mode == LAZY, loops++);
            loop.body = compile(body, new LoopTail(loop));
            loop.next = next;
            return loop;
        }
    }
}
