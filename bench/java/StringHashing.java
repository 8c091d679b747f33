// String hashing without HashMap: hashCode of fresh strings, 2 million times.
public class StringHashing {
  public static void main(String[] args) {
    char[] cs = "the quick brown fox jumps over the lazy dog".toCharArray();
    int h = 0;
    for (int i = 0; i < 2_000_000; i++) {
      cs[i % cs.length] = (char) ('a' + (i % 26));
      h += new String(cs).hashCode();
    }
    System.out.println(h);
  }
}
