// Checks int switches: dense tableswitch, sparse lookupswitch, negative keys, fallthrough, default, byte/char/short selectors.
public class SwitchOnInts {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            default: return "other(" + x + ")";
        }
    }

    static String sparse(int x) {
        switch (x) {
            case -1000000: return "minus million";
            case -7: return "minus seven";
            case 0: return "zero";
            case 42: return "answer";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case Integer.MAX_VALUE: return "max";
            case Integer.MIN_VALUE: return "min";
            default: return "none";
        }
    }

    static String negativeDense(int x) {
        switch (x) {
            case -3: return "m3";
            case -2: return "m2";
            case -1: return "m1";
            case 0: return "z";
            case 1: return "p1";
            default: return "d";
        }
    }

    static int fallthrough(int x) {
        int r = 0;
        switch (x) {
            case 1:
                r += 1;
            case 2:
                r += 10;
            case 3:
                r += 100;
                break;
            case 4:
                r += 1000;
            default:
                r += 10000;
        }
        return r;
    }

    static String arrow(int x) {
        return switch (x) {
            case 1, 2, 3 -> "small";
            case 10, 20 -> "tens";
            case -5 -> "neg";
            default -> {
                String s = "big";
                if (x < 0) s = "negative";
                yield s + x;
            }
        };
    }

    static int noDefault(int x) {
        int r = -1;
        switch (x) {
            case 7: r = 70; break;
            case 8: r = 80; break;
        }
        return r;
    }

    static String charSwitch(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case ' ': return "space";
            case '\n': return "newline";
            default: return Character.isDigit(c) ? "digit" : "consonant";
        }
    }

    static String byteSwitch(byte b) {
        switch (b) {
            case -128: return "bmin";
            case 127: return "bmax";
            case 0: return "b0";
            default: return "b?";
        }
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 8; i++) System.out.print(dense(i) + " ");
        System.out.println();
        int[] keys = {-1000000, -7, 0, 42, 1000, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 43, -6, 999};
        for (int k : keys) System.out.print(sparse(k) + " ");
        System.out.println();
        for (int i = -5; i <= 3; i++) System.out.print(negativeDense(i) + " ");
        System.out.println();
        for (int i = 0; i <= 5; i++) System.out.print(fallthrough(i) + " ");
        System.out.println();
        for (int i : new int[]{1, 2, 3, 10, 20, -5, -6, 99}) System.out.print(arrow(i) + " ");
        System.out.println();
        System.out.println(noDefault(7) + " " + noDefault(8) + " " + noDefault(9));
        for (char c : "ai 7x\n".toCharArray()) System.out.print(charSwitch(c) + " ");
        System.out.println();
        System.out.println(byteSwitch((byte) -128) + " " + byteSwitch((byte) 127) + " " + byteSwitch((byte) 0) + " "
                + byteSwitch((byte) 5));
        short sh = 300;
        switch (sh) {
            case 300: System.out.println("short 300"); break;
            default: System.out.println("short other");
        }
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            switch (i % 13) {
                case 0: total += 1; break;
                case 3: total += 7; break;
                case 4: total -= 2; break;
                case 12: total *= 2; break;
                default: total++;
            }
            total %= 100003;
        }
        System.out.println(total);
    }
}
