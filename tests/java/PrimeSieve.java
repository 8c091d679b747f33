// Checks a sieve of Eratosthenes over boolean[] and a bitset in long[], prime counting, and trial-division cross-checks.
public class PrimeSieve {
    public static void main(String[] args) {
        int n = 2_000_000;
        boolean[] composite = new boolean[n + 1];
        int count = 0;
        long sum = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
                for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
            }
        }
        System.out.println(count + " " + sum);
        int m = 1 << 20;
        long[] bits = new long[(m >> 6) + 1];
        for (int i = 2; (long) i * i <= m; i++) {
            if ((bits[i >> 6] & (1L << i)) == 0) {
                for (int j = i * i; j <= m; j += i) bits[j >> 6] |= 1L << j;
            }
        }
        int bc = 0;
        for (int i = 2; i <= m; i++) if ((bits[i >> 6] & (1L << i)) == 0) bc++;
        System.out.println(bc);
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 2; shown < 30; i++) {
            boolean prime = true;
            for (int d = 2; d * d <= i; d++) if (i % d == 0) { prime = false; break; }
            if (prime != !composite[i]) System.out.println("MISMATCH " + i);
            if (prime) {
                sb.append(i).append(' ');
                shown++;
            }
        }
        System.out.println(sb);
        int twins = 0;
        for (int i = 3; i + 2 <= n; i += 2) if (!composite[i] && !composite[i + 2]) twins++;
        System.out.println("twin pairs " + twins);
        int largest = n;
        while (composite[largest]) largest--;
        System.out.println("largest " + largest);
    }
}
