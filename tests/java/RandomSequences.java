// Checks java.util.Random bit for bit: ints, bounded ints, longs, doubles, floats, gaussians.
import java.util.Arrays;
import java.util.Random;

public class RandomSequences {
    public static void main(String[] args) {
        long[] seeds = {0L, 1L, 42L, -7L, 123456789012345L, Long.MIN_VALUE};
        for (long seed : seeds) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder("seed " + seed + ":");
            for (int i = 0; i < 3; i++) {
                sb.append(' ').append(r.nextInt());
            }
            for (int bound : new int[] {1, 2, 7, 16, 100, 1 << 20, 1000000007, Integer.MAX_VALUE}) {
                sb.append(" [").append(bound).append("]=").append(r.nextInt(bound));
            }
            sb.append(" L=").append(r.nextLong());
            sb.append(" D=").append(r.nextDouble());
            sb.append(" F=").append(r.nextFloat());
            sb.append(" B=").append(r.nextBoolean());
            sb.append(" G=").append(r.nextGaussian()).append(',').append(r.nextGaussian()).append(',').append(r.nextGaussian());
            System.out.println(sb);
        }
        Random dice = new Random(2024);
        int[] counts = new int[6];
        for (int i = 0; i < 6000; i++) {
            counts[dice.nextInt(6)]++;
        }
        System.out.println("dice " + Arrays.toString(counts));
        Random bytes = new Random(5);
        byte[] b = new byte[11];
        bytes.nextBytes(b);
        System.out.println("bytes " + Arrays.toString(b));
        Random reseed = new Random(10);
        int first = reseed.nextInt(1000);
        reseed.nextGaussian();
        reseed.setSeed(10);
        System.out.println("setSeed repeats: " + (first == reseed.nextInt(1000)) + " gaussian " + reseed.nextGaussian());
        Random big = new Random(77);
        long sum = 0;
        double dsum = 0;
        for (int i = 0; i < 10000; i++) {
            sum += big.nextInt(1 << 30);
            dsum += big.nextDouble();
        }
        System.out.println("sum " + sum + " dsum " + dsum);
        Random powers = new Random(3);
        StringBuilder p = new StringBuilder("powers of two:");
        for (int k = 0; k < 31; k++) {
            p.append(' ').append(powers.nextInt(1 << k));
        }
        System.out.println(p);
        System.out.println("unseeded in range: " + (new Random().nextInt(10) < 10));
    }
}
