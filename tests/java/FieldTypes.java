// Checks static and instance fields of every type: default values, get/put of wide (long/double) fields, volatile, final, compound ops.
public class FieldTypes {
    static boolean sz;
    static byte sb;
    static char sc;
    static short ss;
    static int si;
    static long sl;
    static float sf;
    static double sd;
    static Object so;
    static volatile long vl;
    static volatile double vd;

    boolean z;
    byte b;
    char c;
    short s;
    int i;
    long l;
    float f;
    double d;
    String str;
    int[] arr;
    volatile int vi;
    final long fl;
    final double fd = 2.75;

    FieldTypes(long fl) { this.fl = fl; }

    public static void main(String[] args) {
        System.out.println(sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + so + " " + vl + " " + vd);
        FieldTypes o = new FieldTypes(1L << 62);
        System.out.println(o.z + " " + o.b + " " + (int) o.c + " " + o.s + " " + o.i + " " + o.l + " " + o.f + " " + o.d + " " + o.str + " " + o.arr
                + " " + o.vi + " " + o.fl + " " + o.fd);
        sz = true;
        sb = -100;
        sc = 'S';
        ss = -30000;
        si = 0x7FFF0000;
        sl = 0x0123456789ABCDEFL;
        sf = 3.25f;
        sd = -1e-200;
        so = "static-object";
        vl = Long.MIN_VALUE;
        vd = Double.MAX_VALUE;
        System.out.println(sz + " " + sb + " " + sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + so + " " + vl + " " + vd);
        o.z = !sz;
        o.b = (byte) (sb * 2);
        o.c = (char) (sc + 1);
        o.s = (short) (ss * 2);
        o.i = si + si;
        o.l = sl * 16;
        o.f = sf / 3;
        o.d = sd * sd;
        o.str = so + "!";
        o.arr = new int[]{1, 2};
        o.vi = 99;
        System.out.println(o.z + " " + o.b + " " + o.c + " " + o.s + " " + o.i + " " + o.l + " " + o.f + " " + o.d + " " + o.str + " " + o.arr.length + " " + o.vi);
        o.l += o.l;
        o.l++;
        o.d += 1;
        o.i -= 5;
        o.b++;
        o.c++;
        o.s >>= 1;
        o.f *= -2;
        sl ^= -1;
        sd /= 0;
        si++;
        ++si;
        vl--;
        vd *= 2;
        System.out.println(o.l + " " + o.d + " " + o.i + " " + o.b + " " + o.c + " " + o.s + " " + o.f + " " + sl + " " + sd + " " + si + " " + vl + " " + vd);
        FieldTypes[] many = new FieldTypes[5];
        long tot = 0;
        for (int k = 0; k < many.length; k++) {
            many[k] = new FieldTypes(k);
            many[k].l = k * 1000000007L;
            many[k].d = k / 4.0;
            tot += many[k].l + (long) (many[k].d * 100) + many[k].fl;
        }
        System.out.println(tot);
    }
}
