// Checks multi-dimensional arrays: int[3][4], jagged arrays, new int[2][3][4] (multianewarray), partial dimensions, defaults.
public class MultiDimArrays {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) grid[r][c] = r * 10 + c;
        for (int[] row : grid) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb);
        }
        System.out.println(grid.length + " " + grid[0].length + " " + (grid[0] != grid[1]));
        int[][][] cube = new int[2][3][4];
        int n = 0;
        for (int a = 0; a < 2; a++) for (int b = 0; b < 3; b++) for (int c = 0; c < 4; c++) cube[a][b][c] = n++;
        System.out.println(cube.length + " " + cube[1].length + " " + cube[1][2].length + " " + cube[1][2][3] + " " + cube[0][1][2]);
        long[][][] partial = new long[2][][];
        System.out.println(partial[0] == null);
        partial[0] = new long[3][];
        partial[0][1] = new long[]{7, 8, 9};
        System.out.println(partial[0][1][2] + " " + (partial[0][0] == null) + " " + partial[0].length);
        int[][] jagged = new int[5][];
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            jagged[i][0] = 1;
            jagged[i][i] = 1;
            for (int j = 1; j < i; j++) jagged[i][j] = jagged[i - 1][j - 1] + jagged[i - 1][j];
        }
        for (int[] row : jagged) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(row.length + ": " + sb);
        }
        String[][] names = {{"a", "b"}, {"c"}, {}, {null, "e", "f"}};
        StringBuilder sb = new StringBuilder();
        for (String[] row : names) {
            sb.append(row.length).append('[');
            for (String s : row) sb.append(s).append(',');
            sb.append("] ");
        }
        System.out.println(sb);
        double[][] dm = new double[2][2];
        boolean[][] bm = new boolean[2][3];
        char[][] cm = new char[1][1];
        Object[][] om = new Object[1][2];
        System.out.println(dm[1][1] + " " + bm[1][2] + " " + (int) cm[0][0] + " " + om[0][1]);
        int[][] a = {{1, 2}, {3, 4}};
        int[][] bb = {{5, 6}, {7, 8}};
        int[][] prod = new int[2][2];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) for (int k = 0; k < 2; k++) prod[i][j] += a[i][k] * bb[k][j];
        System.out.println(prod[0][0] + " " + prod[0][1] + " " + prod[1][0] + " " + prod[1][1]);
        int[][][][] four = new int[2][2][2][2];
        four[1][1][1][1] = 16;
        System.out.println(four[1][1][1][1] + four[0][0][0][0] + " " + four.getClass().getName());
        Object o = grid;
        System.out.println((o instanceof int[][]) + " " + (o instanceof Object[]) + " " + (grid[0] instanceof int[]));
        try {
            int[][] bad = new int[2][-1];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("neg dim: " + e.getMessage());
        }
        int[][] zero = new int[0][5];
        System.out.println(zero.length);
        int[][] copy = grid.clone();
        copy[0][0] = 999;
        copy[1] = new int[]{-1};
        System.out.println(grid[0][0] + " " + grid[1].length + " " + copy[1].length);
    }
}
