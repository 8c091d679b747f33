// Field reads and writes in a loop: 50 million getfield/putfield pairs.
public class FieldAccess {
  int a, b;
  long c;

  public static void main(String[] args) {
    FieldAccess f = new FieldAccess();
    for (int i = 0; i < 50_000_000; i++) {
      f.a += i;
      f.b ^= f.a;
      f.c += f.b;
    }
    System.out.println(f.a + " " + f.b + " " + f.c);
  }
}
