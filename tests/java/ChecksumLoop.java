// Checks the interpreter fast path: a checksum over ~10^7 loop iterations mixing int/long arithmetic, arrays, shifts and calls.
public class ChecksumLoop {
    static int mix(int h, int v) {
        h ^= v;
        h *= 0x01000193;
        return h;
    }

    public static void main(String[] args) {
        int[] table = new int[256];
        for (int i = 0; i < table.length; i++) {
            int c = i;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
            table[i] = c;
        }
        int crc = -1;
        long sum = 0;
        int h = 0x811C9DC5;
        int x = 12345;
        for (int i = 0; i < 10_000_000; i++) {
            x = x * 1103515245 + 12345;
            int b = (x >>> 16) & 0xFF;
            crc = table[(crc ^ b) & 0xFF] ^ (crc >>> 8);
            sum += b * (long) (i & 1023);
            if ((i & 0xFFFF) == 0) h = mix(h, crc);
        }
        System.out.println("crc=" + Integer.toHexString(~crc));
        System.out.println("sum=" + sum);
        System.out.println("fnv=" + h);
        System.out.println("x=" + x);
    }
}
