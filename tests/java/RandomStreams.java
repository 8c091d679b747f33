// Checks Random's streams: ints, longs and doubles draw as the nextInt/nextLong/nextDouble calls do.
import java.util.Arrays;
import java.util.Random;

public class RandomStreams {
    public static void main(String[] args) {
        System.out.println(Arrays.toString(new Random(42).ints(8, 0, 10).toArray()));
        System.out.println(Arrays.toString(new Random(42).ints(5, -5, 1000000).toArray()));
        System.out.println(Arrays.toString(new Random(7).ints(3).toArray()) + " " + Arrays.toString(new Random(7).longs(2).toArray()));
        System.out.println(Arrays.toString(new Random(7).doubles(3).toArray()));
        System.out.println(Arrays.toString(new Random(7).longs(4, 5, 100).toArray()));
        System.out.println(Arrays.toString(new Random(7).doubles(3, 1.0, 2.0).toArray()));
        Random r = new Random(3);
        System.out.println(Arrays.toString(r.ints(0, 100).limit(4).toArray()) + " then " + r.nextInt(100));
        Random shared = new Random(11);
        int[] a = shared.ints(5, 1, 7).toArray();
        System.out.println(Arrays.toString(a) + " next " + shared.nextInt() + " sum " + new Random(11).ints(1000, 0, 6).sum());
        System.out.println(new Random(5).doubles(10000).average().getAsDouble());
        try {
            new Random().ints(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new Random().ints(5, 3, 3);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
