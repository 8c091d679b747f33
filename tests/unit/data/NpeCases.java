// Methods for tests/unit/test_npe.c: each raises one NullPointerException; main prints
// HotSpot's message for each, which test_npe.c expects for the same instruction.
public class NpeCases {
    NpeCases next;
    String name;

    static int loopQuirk(String s) {
        int n = 0;
        for (int i = 0; i < 2; i++) {
            if (i == 1) n += s.length();
            s = null;
        }
        return n;
    }

    static String handlerQuirk(String s) {
        try {
            s = null;
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            return s.trim();
        }
    }

    static int wideParams(long a, double b, String s) {
        return s.length();
    }

    int instanceChain() {
        return next.next.name.length();
    }

    int instanceParam(long a, String s) {
        return s.length();
    }

    static int manyParams(
            int p0, int p1, int p2, int p3, int p4, int p5, int p6, int p7,
            int p8, int p9, int p10, int p11, int p12, int p13, int p14, int p15,
            int p16, int p17, int p18, int p19, int p20, int p21, int p22, int p23,
            int p24, int p25, int p26, int p27, int p28, int p29, int p30, int p31,
            int p32, int p33, int p34, int p35, int p36, int p37, int p38, int p39,
            int p40, int p41, int p42, int p43, int p44, int p45, int p46, int p47,
            int p48, int p49, int p50, int p51, int p52, int p53, int p54, int p55,
            int p56, int p57, int p58, int p59, int p60, int p61, int p62, int p63, String s) {
        return s.length();
    }

    static int wideLocals(String q) {
        long x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18,
            x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31, x32, x33, x34,
            x35, x36, x37, x38, x39, x40, x41, x42, x43, x44, x45, x46, x47, x48, x49, x50,
            x51, x52, x53, x54, x55, x56, x57, x58, x59, x60, x61, x62, x63, x64, x65, x66,
            x67, x68, x69, x70, x71, x72, x73, x74, x75, x76, x77, x78, x79, x80, x81, x82,
            x83, x84, x85, x86, x87, x88, x89, x90, x91, x92, x93, x94, x95, x96, x97, x98,
            x99, x100, x101, x102, x103, x104, x105, x106, x107, x108, x109, x110, x111,
            x112, x113, x114, x115, x116, x117, x118, x119, x120, x121, x122, x123, x124,
            x125, x126, x127, x128, x129, x130, x131, x132, x133, x134, x135, x136, x137,
            x138, x139, x140, x141, x142, x143, x144, x145, x146, x147, x148, x149;
        String w = null;
        return w.length();
    }

    static int deepIndex(int[] a, int[] b, int[] c, String[] d) {
        return d[a[b[c[0]]]].length();
    }

    static void dupX1(NpeCases n, NpeCases m) {
        n.next = m.next = null;
    }

    static void longArray(long[][] g, int i) {
        g[i][0] += 1L;
    }

    static int afterSwitch(String key, String other) {
        switch (key) {
            case "a": return 1;
            case "b": return 2;
            default: break;
        }
        return other.length();
    }

    static int tableSwitch(int k, String s) {
        switch (k) {
            case 0: s = null; break;
            case 1: s = s.trim(); break;
            case 2: k++; break;
            default: break;
        }
        return s.length();
    }

    static NullPointerException explicit() {
        return new NullPointerException();
    }

    static int ternary(boolean f, String a, String b) {
        return (f ? a : b).length();
    }

    static String arrayPlaceholder(NpeCases[][][][][] x) {
        return x[0][0][0][0][0].name;
    }

    static String find(StringBuilder sb, Object[][] o, int... v) {
        return null;
    }

    static int callFind() {
        return find(null, null).length();
    }

    static void show(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        NpeCases c = new NpeCases();
        c.next = new NpeCases();
        show("loopQuirk", () -> loopQuirk("x"));
        show("handlerQuirk", () -> handlerQuirk("x"));
        show("wideParams", () -> wideParams(1, 2, null));
        show("instanceChain", () -> c.instanceChain());
        show("instanceParam", () -> c.instanceParam(1, null));
        show("manyParams", () -> manyParams(
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null));
        show("wideLocals", () -> wideLocals("q"));
        show("deepIndex",
                () -> deepIndex(new int[] {0}, new int[] {0}, new int[] {0}, new String[1]));
        show("dupX1", () -> dupX1(c, null));
        show("longArray", () -> longArray(new long[1][], 0));
        show("afterSwitch", () -> afterSwitch("c", null));
        show("tableSwitch", () -> tableSwitch(0, "s"));
        show("explicit", () -> { throw explicit(); });
        show("ternary", () -> ternary(true, null, "b"));
        show("arrayPlaceholder", () -> arrayPlaceholder(new NpeCases[1][1][1][1][1]));
        show("callFind", () -> callFind());
    }
}
