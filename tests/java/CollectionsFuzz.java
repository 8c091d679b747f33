// Checks many seeded random operations on each collection: states must match HotSpot's exactly.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

public class CollectionsFuzz {
    static String key(Random r) {
        int k = r.nextInt(60);
        // Some keys share a hash code ("Aa" and "BB"), others are short numbers.
        return k < 16 ? pattern(k) : Integer.toString(k * 37 % 101);
    }

    static String pattern(int bits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append((bits >> i & 1) == 0 ? "Aa" : "BB");
        }
        return sb.toString();
    }

    static void maps(Random r) {
        List<Map<String, Integer>> maps = new ArrayList<>();
        maps.add(new HashMap<>());
        maps.add(new LinkedHashMap<>());
        maps.add(new LinkedHashMap<>(8, 0.75f, true));
        maps.add(new TreeMap<>());
        maps.add(new Hashtable<>());
        for (int step = 1; step <= 1200; step++) {
            int op = r.nextInt(10);
            String k = key(r);
            int v = r.nextInt(1000);
            for (Map<String, Integer> m : maps) {
                switch (op) {
                    case 0: case 1: case 2: m.put(k, v); break;
                    case 3: m.remove(k); break;
                    case 4: m.merge(k, v, (a, b) -> (a + b) % 7 == 0 ? null : Integer.valueOf(a + b)); break;
                    case 5: m.computeIfAbsent(k, x -> v); break;
                    case 6: m.compute(k, (x, old) -> old == null ? Integer.valueOf(v) : (old % 3 == 0 ? null : Integer.valueOf(old - 1))); break;
                    case 7: m.get(k); break;
                    case 8: m.putIfAbsent(k, v); break;
                    default:
                        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
                        while (it.hasNext()) {
                            if (it.next().getValue() % 11 == v % 11) {
                                it.remove();
                            }
                        }
                }
            }
            if (step % 200 == 0) {
                for (Map<String, Integer> m : maps) {
                    System.out.println(step + " " + m.getClass().getSimpleName() + " " + m.size() + " " + m);
                }
                System.out.println("all equal: " + maps.get(0).equals(maps.get(3)) + maps.get(1).equals(maps.get(4))
                        + maps.get(2).equals(maps.get(0)) + " hash " + maps.get(0).hashCode());
            }
        }
    }

    static void collections(Random r) {
        ArrayList<Integer> al = new ArrayList<>();
        LinkedList<Integer> ll = new LinkedList<>();
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        HashSet<Integer> hs = new HashSet<>();
        TreeSet<Integer> ts = new TreeSet<>();
        for (int step = 1; step <= 1500; step++) {
            int op = r.nextInt(8);
            int x = r.nextInt(300) - 50;
            switch (op) {
                case 0: case 1: case 2:
                    al.add(x);
                    ll.addFirst(x);
                    dq.addLast(x);
                    pq.offer(x);
                    hs.add(x * 64);
                    ts.add(x);
                    break;
                case 3:
                    if (!al.isEmpty()) {
                        al.remove(r.nextInt(al.size()));
                    }
                    ll.pollLast();
                    dq.pollFirst();
                    pq.poll();
                    hs.remove(x * 64);
                    ts.remove(x);
                    break;
                case 4:
                    al.add(al.size() / 2, x);
                    ll.add(ll.size() / 3, x);
                    dq.addFirst(x);
                    pq.remove(x);
                    ts.pollFirst();
                    break;
                case 5:
                    al.remove(Integer.valueOf(x));
                    ll.removeLastOccurrence(x);
                    dq.removeFirstOccurrence(x);
                    pq.add(x);
                    hs.add(x);
                    break;
                case 6:
                    Iterator<Integer> it = pq.iterator();
                    while (it.hasNext()) {
                        if (it.next() % 5 == 0) {
                            it.remove();
                        }
                    }
                    Iterator<Integer> dit = dq.iterator();
                    while (dit.hasNext()) {
                        if (dit.next() % 4 == 0) {
                            dit.remove();
                        }
                    }
                    break;
                default:
                    hs.removeIf(y -> y % 9 == 0);
                    al.removeIf(y -> y % 13 == 0);
                    ts.headSet(x % 40).clear();
                    break;
            }
            if (step % 300 == 0) {
                System.out.println(step + " al " + al.size() + " " + al.hashCode() + " ll " + ll.size() + " " + ll.hashCode());
                System.out.println("  dq " + dq);
                System.out.println("  pq " + pq);
                System.out.println("  hs " + hs);
                System.out.println("  ts " + ts.size() + " " + ts.first() + ".." + ts.last() + " " + ts.hashCode());
            }
        }
    }

    public static void main(String[] args) {
        maps(new Random(20240601));
        collections(new Random(77));
    }
}
