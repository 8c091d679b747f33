// Checks a set of sorting algorithms (quick, merge, heap, insertion, shell) over int, long, double and String arrays; prints checksums.
public class SortingAlgorithms {
    static int seed = 12345;

    static int rnd() {
        seed = seed * 1103515245 + 12345;
        return (seed >>> 8) & 0xFFFFF;
    }

    static void quick(int[] a, int lo, int hi) {
        while (lo < hi) {
            int p = a[(lo + hi) >>> 1], i = lo, j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) {
                    int t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (j - lo < hi - i) {
                quick(a, lo, j);
                lo = i;
            } else {
                quick(a, i, hi);
                hi = j;
            }
        }
    }

    static void merge(long[] a, long[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heap(double[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            double t = a[0];
            a[0] = a[end];
            a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(double[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            double t = a[i];
            a[i] = a[m];
            a[m] = t;
            i = m;
        }
    }

    static void insertion(String[] a) {
        for (int i = 1; i < a.length; i++) {
            String k = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(k) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = k;
        }
    }

    static void shell(char[] a) {
        for (int gap = a.length / 2; gap > 0; gap /= 2) {
            for (int i = gap; i < a.length; i++) {
                char t = a[i];
                int j = i;
                for (; j >= gap && a[j - gap] > t; j -= gap) a[j] = a[j - gap];
                a[j] = t;
            }
        }
    }

    public static void main(String[] args) {
        int[] ia = new int[20000];
        for (int i = 0; i < ia.length; i++) ia[i] = rnd() - 500000;
        quick(ia, 0, ia.length - 1);
        boolean ok = true;
        long cs = 0;
        for (int i = 0; i < ia.length; i++) {
            if (i > 0 && ia[i - 1] > ia[i]) ok = false;
            cs = cs * 31 + ia[i];
        }
        System.out.println("quick " + ok + " " + ia[0] + " " + ia[ia.length - 1] + " " + cs);
        long[] la = new long[10000];
        for (int i = 0; i < la.length; i++) la[i] = ((long) rnd() << 20) ^ rnd();
        merge(la, new long[la.length], 0, la.length);
        ok = true;
        cs = 0;
        for (int i = 0; i < la.length; i++) {
            if (i > 0 && la[i - 1] > la[i]) ok = false;
            cs += la[i] * (i + 1);
        }
        System.out.println("merge " + ok + " " + la[0] + " " + la[la.length - 1] + " " + cs);
        double[] da = new double[5000];
        for (int i = 0; i < da.length; i++) da[i] = rnd() / 1048576.0 - 0.5;
        heap(da);
        ok = true;
        double dsum = 0;
        for (int i = 0; i < da.length; i++) {
            if (i > 0 && da[i - 1] > da[i]) ok = false;
            dsum += da[i] * i;
        }
        System.out.println("heap " + ok + " " + da[0] + " " + da[da.length - 1] + " " + dsum);
        String[] words = new String[500];
        for (int i = 0; i < words.length; i++) words[i] = Integer.toString(rnd(), 36);
        insertion(words);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i += 50) sb.append(words[i]).append(' ');
        System.out.println("insertion " + sb);
        char[] cs2 = "the quick brown fox jumps over the lazy dog".toCharArray();
        shell(cs2);
        System.out.println("shell [" + new String(cs2) + "]");
    }
}
