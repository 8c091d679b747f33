// Checks StringJoiner and String.join: delimiters, prefixes, empty values and merging.
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

public class StringJoinerUse {
    public static void main(String[] args) {
        StringJoiner sj = new StringJoiner(", ", "[", "]");
        System.out.println(sj + " length " + sj.length());
        sj.setEmptyValue("EMPTY");
        System.out.println(sj + " length " + sj.length());
        sj.add("one").add("two").add(null);
        System.out.println(sj + " length " + sj.length());
        StringJoiner other = new StringJoiner("-", "{", "}");
        other.add("a").add("b");
        sj.merge(other);
        System.out.println("merged " + sj);
        StringJoiner empty = new StringJoiner("/");
        sj.merge(empty);
        System.out.println("merged empty " + sj + " plain empty '" + empty + "'");
        StringJoiner path = new StringJoiner("/", "/", "");
        for (String part : "usr local bin".split(" ")) {
            path.add(part);
        }
        System.out.println(path);
        StringJoiner many = new StringJoiner("");
        for (int i = 0; i < 30; i++) {
            many.add(Integer.toString(i % 10));
        }
        System.out.println(many + " " + many.length());
        List<String> items = Arrays.asList("x", "y", "z");
        System.out.println(String.join("+", items) + " " + String.join(" | ", "a", "b"));
        StringBuilder csv = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            StringJoiner line = new StringJoiner(",");
            for (int col = 0; col < 4; col++) {
                line.add(String.valueOf(row * col));
            }
            csv.append(line).append('\n');
        }
        System.out.print(csv);
    }
}
