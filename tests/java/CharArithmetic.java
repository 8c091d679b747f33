// Checks char arithmetic: promotion to int, increments, compound assignment, char ranges and Character helpers.
public class CharArithmetic {
    public static void main(String[] args) {
        char c = 'a';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        c++;
        System.out.println(c);
        c += 2;
        System.out.println(c);
        c -= 'a' - 'A';
        System.out.println(c);
        System.out.println('a' + 'b');
        System.out.println("" + 'a' + 'b');
        System.out.println('a' + 'b' + "c");
        StringBuilder sb = new StringBuilder();
        for (char ch = 'A'; ch <= 'Z'; ch++) {
            sb.append(ch);
        }
        System.out.println(sb);
        sb.setLength(0);
        for (char ch = 'z'; ch >= 'a'; ch -= 3) {
            sb.append(ch).append((int) ch).append(' ');
        }
        System.out.println(sb);
        char max = Character.MAX_VALUE;
        max++;
        System.out.println((int) max);
        char min = Character.MIN_VALUE;
        min--;
        System.out.println((int) min);
        char d = '7';
        int digit = d - '0';
        System.out.println(digit * 6);
        char[] word = "Hello, World 123".toCharArray();
        for (int i = 0; i < word.length; i++) {
            char w = word[i];
            if (w >= 'a' && w <= 'z') {
                word[i] = (char) (w - 32);
            } else if (w >= 'A' && w <= 'Z') {
                word[i] = (char) (w + 32);
            } else if (w >= '0' && w <= '9') {
                word[i] = (char) ('9' - w + '0');
            }
        }
        System.out.println(new String(word));
        char x = 'x';
        x *= 2;
        System.out.println((int) x);
        x /= 3;
        System.out.println((int) x + " " + x);
        System.out.println((char) 0x41 + " " + (int) '\n' + " " + (int) '\t' + " " + (int) '\\' + " " + (int) '\'');
        System.out.println(Character.getNumericValue('8') + " " + Character.isDigit('x') + " " + Character.isLetter('x')
                + " " + Character.toUpperCase('q') + " " + Character.toLowerCase('Q') + " " + Character.isWhitespace(' ')
                + " " + Character.isUpperCase('Q') + " " + Character.isLetterOrDigit('_') + " " + Character.forDigit(11, 16)
                + " " + Character.digit('f', 16));
        int sum = 0;
        for (char ch = 0; ch < 200; ch++) {
            sum += ch * (ch & 7);
        }
        System.out.println(sum);
        char cond = true ? 'Y' : 'N';
        System.out.println(cond);
        int i = 66;
        System.out.println(false ? 'A' : i);
        System.out.println(false ? 'A' : 66);
    }
}
