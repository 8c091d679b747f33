// Checks text blocks and escape sequences in string constants: indentation stripping, \n \t \" \\ \s, line continuation, octal escapes.
public class TextBlocks {
    public static void main(String[] args) {
        String block = """
            Hello,
              indented line
            "quotes" and \\backslash\\
            tab\there
            trailing space\s
            joined \
            line
            """;
        String[] lines = block.split("\n");
        System.out.println(lines.length + " " + block.length());
        for (String l : lines) System.out.println("[" + l + "] " + l.length());
        String esc = "a\tb\nc\r\"d\"\\e\'f\0g\101\7";
        StringBuilder sb = new StringBuilder();
        for (char c : esc.toCharArray()) sb.append((int) c).append(' ');
        System.out.println(sb);
        String uni = "\u0041\u0062\u0020\u007e";
        System.out.println(uni + " " + uni.length());
        String json = """
            {"k": 1, "list": [1, 2, 3]}""";
        System.out.println(json + " " + json.endsWith("}"));
        System.out.println("""
            x""".equals("x"));
    }
}
