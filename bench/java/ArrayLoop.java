// Array loads and stores: a prefix sum over a million ints, 40 times.
public class ArrayLoop {
  public static void main(String[] args) {
    int[] a = new int[1_000_000];
    for (int i = 0; i < a.length; i++) a[i] = i & 1023;
    long total = 0;
    for (int round = 0; round < 40; round++) {
      for (int i = 1; i < a.length; i++) a[i] = (a[i] + a[i - 1]) & 0xffff;
      total += a[a.length - 1];
    }
    System.out.println(total);
  }
}
