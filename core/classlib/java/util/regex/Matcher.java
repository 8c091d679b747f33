// The matching of a Pattern against one input: find, matches, groups and replacement.
package java.util.regex;

import djsim.rt.Regex;
import java.util.Objects;
import java.util.function.Function;

public final class Matcher implements MatchResult {
    private Pattern pattern;
    private Regex.Match match;

    Matcher(Pattern pattern, Regex.Match match) {
        this.pattern = pattern;
        this.match = match;
    }

    public Pattern pattern() {
        return pattern;
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        pattern = newPattern;
        match = newPattern.matcher(match.text()).match;
        return this;
    }

    public MatchResult toMatchResult() {
        final int count = match.groupCount();
        final int[] bounds = new int[2 * (count + 1)];
        final String[] groups = new String[count + 1];
        final boolean matched = match.hasMatch();
        if (matched) {
            for (int g = 0; g <= count; g++) {
                bounds[2 * g] = match.start(g);
                bounds[2 * g + 1] = match.end(g);
                groups[g] = match.group(g);
            }
        }
        return new MatchResult() {
            private void check(int group) {
                if (!matched) {
                    throw new IllegalStateException("No match found");
                }
                if (group < 0 || group > count) {
                    throw new IndexOutOfBoundsException("No group " + group);
                }
            }

            public int start() {
                return start(0);
            }

            public int start(int group) {
                check(group);
                return bounds[2 * group];
            }

            public int end() {
                return end(0);
            }

            public int end(int group) {
                check(group);
                return bounds[2 * group + 1];
            }

            public String group() {
                return group(0);
            }

            public String group(int group) {
                check(group);
                return groups[group];
            }

            public int groupCount() {
                return count;
            }
        };
    }

    public Matcher reset() {
        match.reset();
        return this;
    }

    public Matcher reset(CharSequence input) {
        match.reset(input);
        return this;
    }

    public Matcher region(int start, int end) {
        match.region(start, end);
        return this;
    }

    public int regionStart() {
        return match.regionStart();
    }

    public int regionEnd() {
        return match.regionEnd();
    }

    public boolean matches() {
        return match.matches();
    }

    public boolean lookingAt() {
        return match.lookingAt();
    }

    public boolean find() {
        return match.find();
    }

    public boolean find(int start) {
        return match.find(start);
    }

    public boolean hitEnd() {
        return match.hitEnd();
    }

    public int start() {
        return match.start();
    }

    public int start(int group) {
        return match.start(group);
    }

    public int start(String name) {
        return match.start(name);
    }

    public int end() {
        return match.end();
    }

    public int end(int group) {
        return match.end(group);
    }

    public int end(String name) {
        return match.end(name);
    }

    public String group() {
        return match.group();
    }

    public String group(int group) {
        return match.group(group);
    }

    public String group(String name) {
        return match.group(name);
    }

    public int groupCount() {
        return match.groupCount();
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        match.appendReplacement(sb, replacement);
        return this;
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        StringBuilder b = new StringBuilder();
        match.appendReplacement(b, replacement);
        sb.append(b);
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        return match.appendTail(sb);
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(match.appendTail(new StringBuilder()));
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        if (!find()) {
            return match.text().toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
        } while (find());
        return appendTail(sb).toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return match.text().toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacer.apply(this));
        } while (find());
        return appendTail(sb).toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return match.text().toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        return appendTail(sb).toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return match.text().toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacer.apply(this));
        return appendTail(sb).toString();
    }

    public static String quoteReplacement(String s) {
        return Regex.quoteReplacement(s);
    }

    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern + " region=" + regionStart() + "," + regionEnd()
                + " lastmatch=" + (match.hasMatch() && group() != null ? group() : "") + "]";
    }
}
