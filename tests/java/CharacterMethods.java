// Checks java.lang.Character: isDigit/isLetter/isLetterOrDigit/isWhitespace/isUpperCase, toUpperCase/toLowerCase, digit, forDigit, compare.
public class CharacterMethods {
    public static void main(String[] args) {
        String probe = "aZ09 _\t\n!~@[`{";
        for (char c : probe.toCharArray()) {
            System.out.println((int) c + ": digit=" + Character.isDigit(c) + " letter=" + Character.isLetter(c) + " lod="
                    + Character.isLetterOrDigit(c) + " ws=" + Character.isWhitespace(c) + " up=" + Character.isUpperCase(c)
                    + " low=" + Character.isLowerCase(c) + " toUp=" + (int) Character.toUpperCase(c) + " toLow="
                    + (int) Character.toLowerCase(c) + " space=" + Character.isSpaceChar(c) + " alpha=" + Character.isAlphabetic(c)
                    + " jstart=" + Character.isJavaIdentifierStart(c) + " jpart=" + Character.isJavaIdentifierPart(c));
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 2; r <= 36; r += 7) {
            for (char c : "09afzAZ".toCharArray()) sb.append(Character.digit(c, r)).append(',');
            sb.append(' ');
        }
        System.out.println(sb);
        sb.setLength(0);
        for (int d = 0; d < 36; d += 5) sb.append(Character.forDigit(d, 36)).append(Character.forDigit(d, 10));
        System.out.println(sb);
        System.out.println(Character.compare('a', 'b') + " " + Character.compare('z', 'a') + " " + Character.getNumericValue('a')
                + " " + Character.getNumericValue('5') + " " + Character.getNumericValue('-') + " " + Character.MIN_RADIX + " "
                + Character.MAX_RADIX + " " + Character.isISOControl('\u0007') + " " + Character.charCount(0x1F600) + " "
                + Character.toChars(65)[0] + " " + Character.isSurrogate('\ud800') + " " + Character.valueOf('x').compareTo('y'));
        int upper = 0;
        for (char c = 0; c < 128; c++) if (Character.isUpperCase(c)) upper += c;
        System.out.println(upper);
        char c = 'A';
        c++;
        c += 2;
        Character boxed = c;
        boxed++;
        System.out.println(c + " " + boxed + " " + (char) (boxed + 1) + " " + Character.toString(boxed + 2));
    }
}
