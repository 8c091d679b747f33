// Checks labelled break/continue across nested loops, do-while, while and labelled blocks.
public class LabelledLoops {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int count = 0;
        search:
        for (int a = 1; a < 30; a++) {
            for (int b = a; b < 30; b++) {
                for (int c = b; c < 30; c++) {
                    if (a * a + b * b == c * c) {
                        count++;
                        System.out.print(a + "," + b + "," + c + " ");
                        if (count == 6) break search;
                        continue search;
                    }
                }
            }
        }
        System.out.println();
        int n = 0;
        block:
        {
            n = 1;
            if (n > 0) break block;
            n = 2;
        }
        System.out.println("block " + n);
        int k = 0;
        loop:
        do {
            k++;
            int m = 0;
            while (true) {
                m++;
                if (m > k) continue loop;
                if (k * m > 20) break loop;
            }
        } while (k < 100);
        System.out.println("k " + k);
        StringBuilder sb = new StringBuilder();
        rows:
        for (int r = 0; r < 6; r++) {
            cols:
            for (int c = 0; c < 6; c++) {
                if (c > r) continue rows;
                if ((r + c) % 4 == 3) continue cols;
                if (r == 5 && c == 2) break rows;
                sb.append(r * c).append(' ');
            }
            sb.append("| ");
        }
        System.out.println(sb);
        int w = 0, iters = 0;
        while (w < 50) {
            iters++;
            if (w % 7 == 6) {
                w += 3;
                continue;
            }
            w += 2;
        }
        System.out.println(w + " " + iters);
        for (int i = 0, j = 10; i < j; i += 2, j--) System.out.print(i + ":" + j + " ");
        System.out.println();
    }
}
