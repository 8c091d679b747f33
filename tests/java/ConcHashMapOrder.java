// Checks that ConcurrentHashMap iterates in HotSpot's order after random puts, merges, computes and removals.
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

public class ConcHashMapOrder {
    /** Keys whose hash codes collide a lot: long bins, and tree bins in big tables. */
    static final class Clash implements Comparable<Clash> {
        final int v;

        Clash(int v) {
            this.v = v;
        }

        public int hashCode() {
            return v % 3;
        }

        public boolean equals(Object o) {
            return o instanceof Clash && ((Clash) o).v == v;
        }

        public int compareTo(Clash o) {
            return Integer.compare(v, o.v);
        }

        public String toString() {
            return "C" + v;
        }
    }

    public static void main(String[] args) {
        Random r = new Random(42);
        for (int round = 0; round < 120; round++) {
            int kind = round % 4;
            ConcurrentHashMap<Object, Integer> m;
            int cap = r.nextInt(40);
            switch (round % 3) {
                case 0:
                    m = new ConcurrentHashMap<>();
                    break;
                case 1:
                    m = new ConcurrentHashMap<>(cap);
                    break;
                default:
                    m = new ConcurrentHashMap<>(cap, 0.5f + r.nextInt(3) * 0.25f, 1 + r.nextInt(4));
                    break;
            }
            int ops = 5 + r.nextInt(round % 7 == 0 ? 1500 : 150);
            int range = 10 + r.nextInt(400);
            for (int i = 0; i < ops; i++) {
                int x = r.nextInt(range);
                Object k = kind == 0 ? (Object) x : kind == 1 ? "k" + x : kind == 2 ? new Clash(x) : (Object) (x * 1000003L);
                final int step = i;
                switch (r.nextInt(10)) {
                    case 0:
                    case 1:
                    case 2:
                        m.put(k, i);
                        break;
                    case 3:
                        m.putIfAbsent(k, i);
                        break;
                    case 4:
                        m.merge(k, 1, Integer::sum);
                        break;
                    case 5:
                        m.computeIfAbsent(k, q -> step);
                        break;
                    case 6:
                        m.compute(k, (q, v) -> v == null ? Integer.valueOf(1) : v % 5 == 0 ? null : Integer.valueOf(v + 1));
                        break;
                    case 7:
                        m.remove(k);
                        break;
                    case 8:
                        m.computeIfPresent(k, (q, v) -> v + 100);
                        break;
                    default:
                        m.replace(k, 5);
                        break;
                }
            }
            System.out.println(round + " size " + m.size() + ": " + m);
            if (round % 10 == 0) {
                ConcurrentHashMap<Object, Integer> c = new ConcurrentHashMap<>(m);
                System.out.println("  copy " + c.keySet());
            }
        }
        // Strings of "Aa"/"BB" blocks share one hash code: one bin, which becomes a tree and back.
        List<String> same = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 6; b++) sb.append(((i >> b) & 1) == 0 ? "Aa" : "BB");
            same.add(sb.toString());
        }
        for (int round = 0; round < 40; round++) {
            ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(round % 2 == 0 ? 16 : 128);
            int ops = 20 + r.nextInt(200);
            for (int i = 0; i < ops; i++) {
                String k = r.nextInt(4) == 0 ? "x" + r.nextInt(50) : same.get(r.nextInt(10 + round));
                int op = r.nextInt(6);
                if (op < 3) m.put(k, i);
                else if (op == 3) m.merge(k, 1, Integer::sum);
                else m.remove(k);
            }
            System.out.println("same-hash " + round + ": " + m);
        }
    }
}
