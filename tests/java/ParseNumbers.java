// Checks parseInt/parseLong/parseDouble/parseFloat/valueOf/decode, radix parsing, and NumberFormatException messages.
public class ParseNumbers {
    static void tryInt(String s) {
        try {
            System.out.println("parseInt(" + s + ") = " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(" + s + ") NFE: " + e.getMessage());
        }
    }

    static void tryLong(String s) {
        try {
            System.out.println("parseLong(" + s + ") = " + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(" + s + ") NFE: " + e.getMessage());
        }
    }

    static void tryDouble(String s) {
        try {
            System.out.println("parseDouble(" + s + ") = " + Double.parseDouble(s) + " float " + Float.parseFloat(s));
        } catch (NumberFormatException e) {
            System.out.println("parseDouble(" + s + ") NFE: " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("parseDouble(null) " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        for (String s : new String[]{"0", "-0", "+5", "123", "-2147483648", "2147483647", "2147483648", "abc", "", " 1", "1_000", "007", "--1"}) tryInt(s);
        tryInt(null);
        for (String s : new String[]{"9223372036854775807", "-9223372036854775808", "9223372036854775808", "12L", "-00042"}) tryLong(s);
        for (String s : new String[]{"1.5", "-0.0", "1e10", "1E-5", ".5", "5.", "NaN", "Infinity", "-Infinity", "0x1p3", "1.7976931348623157E308",
                "1e400", "1e-400", "  3.25  ", "2.5f", "1d", "abc", "0.1", "3.4028236e38"}) tryDouble(s);
        tryDouble(null);
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36) + " "
                + Long.parseLong("7fffffffffffffff", 16) + " " + Integer.parseInt("777", 8) + " " + Integer.parseUnsignedInt("4294967295"));
        System.out.println(Integer.valueOf("42") + Integer.valueOf("8", 16) + " " + Long.valueOf("99") + " " + Double.valueOf("2.5")
                + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Long.decode("0X10"));
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("127") + " " + Byte.parseByte("-80", 16));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("byte: " + e.getMessage());
        }
        System.out.println(Boolean.parseBoolean("TrUe") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
        int sum = 0;
        for (String part : "10,20,-5,1000".split(",")) sum += Integer.parseInt(part);
        System.out.println(sum);
    }
}
