// Checks a backtracking N-Queens solver using int bitmasks and recursion, and a boolean-array variant printing the first board.
public class NQueens {
    static int solveBits(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        int avail = ~(cols | d1 | d2) & ((1 << n) - 1);
        while (avail != 0) {
            int bit = avail & -avail;
            avail -= bit;
            count += solveBits(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
        return count;
    }

    static int[] pos;

    static boolean first(int n, int row, boolean[] col, boolean[] a, boolean[] b) {
        if (row == n) return true;
        for (int c = 0; c < n; c++) {
            if (col[c] || a[row + c] || b[row - c + n - 1]) continue;
            col[c] = a[row + c] = b[row - c + n - 1] = true;
            pos[row] = c;
            if (first(n, row + 1, col, a, b)) return true;
            col[c] = a[row + c] = b[row - c + n - 1] = false;
        }
        return false;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int n = 1; n <= 10; n++) sb.append(n).append(':').append(solveBits(n, 0, 0, 0, 0)).append(' ');
        System.out.println(sb);
        int n = 8;
        pos = new int[n];
        first(n, 0, new boolean[n], new boolean[2 * n], new boolean[2 * n]);
        for (int r = 0; r < n; r++) {
            char[] line = new char[n];
            for (int c = 0; c < n; c++) line[c] = pos[r] == c ? 'Q' : '.';
            System.out.println(new String(line));
        }
    }
}
