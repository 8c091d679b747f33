// run: -Xmx16m
// Keeps a structure larger than the heap, catches OutOfMemoryError, drops it, goes on.
public class GcOutOfMemory {
  public static void main(String[] args) {
    for (int round = 0; round < 3; round++) {
      Object[] chain = null;
      boolean caught = false;
      try {
        while (true) {
          Object[] link = new Object[1024];
          link[0] = chain;
          chain = link;
        }
      } catch (OutOfMemoryError e) {
        chain = null;
        caught = true;
        System.out.println("round " + round + ": " + e.getMessage());
      }
      System.out.println("caught " + caught);
      int[] after = new int[100_000];
      after[99_999] = round;
      System.out.println("allocating again works: " + after[99_999]);
    }
    try {
      long[] huge = new long[Integer.MAX_VALUE - 8];
      System.out.println(huge.length);
    } catch (OutOfMemoryError e) {
      System.out.println("huge array: " + e.getMessage());
    }
  }
}
