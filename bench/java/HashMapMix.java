// One million HashMap operations: puts, gets and removes of Integer keys.
import java.util.HashMap;

public class HashMapMix {
  public static void main(String[] args) {
    HashMap<Integer, Integer> m = new HashMap<>();
    long sum = 0;
    for (int i = 0; i < 1_000_000; i++) {
      int k = (i * 7919) % 50_000;
      switch (i % 4) {
        case 0:
        case 1: m.put(k, i); break;
        case 2: { Integer v = m.get(k); if (v != null) sum += v; break; }
        default: m.remove(k);
      }
    }
    System.out.println(m.size() + " " + sum);
  }
}
