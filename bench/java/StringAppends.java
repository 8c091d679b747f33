// One million StringBuilder appends of small ints.
public class StringAppends {
  public static void main(String[] args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) sb.append(i % 100);
    System.out.println(sb.length());
  }
}
