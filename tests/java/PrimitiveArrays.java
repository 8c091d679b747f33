// Checks arrays of every primitive type: default values, stores/loads with truncation, length, sums and in-place updates.
public class PrimitiveArrays {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        System.out.println(z[0] + " " + b[1] + " " + (int) c[2] + " " + s[0] + " " + i[1] + " " + l[2] + " " + f[0] + " " + d[1]);
        System.out.println(z.length + b.length + c.length + s.length + i.length + l.length + f.length + d.length);
        for (int k = 0; k < 3; k++) {
            z[k] = k % 2 == 0;
            b[k] = (byte) (120 + k * 5);
            c[k] = (char) ('x' + k);
            s[k] = (short) (32766 + k);
            i[k] = Integer.MAX_VALUE - 1 + k;
            l[k] = Long.MIN_VALUE + k - 1;
            f[k] = 1.5f * k - 0.1f;
            d[k] = Math.sqrt(k) / 3;
        }
        for (int k = 0; k < 3; k++) {
            System.out.println(z[k] + " " + b[k] + " " + c[k] + " " + s[k] + " " + i[k] + " " + l[k] + " " + f[k] + " " + d[k]);
        }
        b[0]++;
        c[1] += 2;
        s[2] -= 3;
        i[0] <<= 2;
        l[1] >>>= 60;
        f[2] /= 0;
        d[0] -= 1e-300;
        z[1] |= true;
        System.out.println(b[0] + " " + c[1] + " " + s[2] + " " + i[0] + " " + l[1] + " " + f[2] + " " + d[0] + " " + z[1]);
        int[] big = new int[1000];
        for (int k = 0; k < big.length; k++) big[k] = k * k - 500 * k;
        long sum = 0;
        int min = Integer.MAX_VALUE;
        for (int v : big) {
            sum += v;
            if (v < min) min = v;
        }
        System.out.println(sum + " " + min);
        byte[] bytes = "Hello".getBytes();
        int bsum = 0;
        for (byte x : bytes) bsum += x;
        System.out.println(bytes.length + " " + bsum);
        char[] chars = {'d', 'a', 'c', 'b'};
        for (int p = 0; p < chars.length; p++) {
            for (int q = p + 1; q < chars.length; q++) {
                if (chars[q] < chars[p]) {
                    char t = chars[p];
                    chars[p] = chars[q];
                    chars[q] = t;
                }
            }
        }
        System.out.println(new String(chars) + " " + String.valueOf(chars, 1, 2));
        int[] empty = new int[0];
        System.out.println(empty.length + " " + new long[]{}.length + " " + new double[]{1, 2}.length);
        double[] ds = {0.5, -0.0, Double.NaN, 1e300};
        StringBuilder sb = new StringBuilder();
        for (double v : ds) sb.append(v).append(';');
        System.out.println(sb);
        int[] init = {1, 2, 3};
        int[] alias = init;
        alias[1] = 20;
        System.out.println(init[1] + " " + (alias == init));
    }
}
