// Checks int shifts: count masking to 5 bits, >> vs >>> on negatives, negative shift counts.
public class IntShifts {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        int[] vals = {1, -1, 0x80000000, 0x7FFFFFFF, 0x12345678, -123456, 5};
        int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, 100};
        for (int v : vals) {
            StringBuilder sb = new StringBuilder();
            for (int c : counts) {
                int s = id(c);
                sb.append(v << s).append(',').append(v >> s).append(',').append(v >>> s).append(' ');
            }
            System.out.println(v + ": " + sb);
        }
        int x = id(1);
        System.out.println((x << 33) + " " + (x << 32) + " " + (x << 31));
        int n = id(-8);
        System.out.println((n >> 1) + " " + (n >>> 1) + " " + (n >>> 28) + " " + (n >> 28));
        n >>>= 3;
        System.out.println(n);
        n <<= 35;
        System.out.println(n);
        n >>= 2;
        System.out.println(n);
        byte b = -16;
        System.out.println((b >> 2) + " " + (b >>> 2) + " " + (byte) (b >>> 2));
        char ch = '\uffff';
        System.out.println((ch >> 4) + " " + (ch << 20));
    }
}
