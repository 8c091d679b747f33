// Checks Collections' empty, singleton and n-copies collections and the other small adapters.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

public class EmptySingletonCollections {
    public static void main(String[] args) {
        List<String> el = Collections.emptyList();
        Set<String> es = Collections.emptySet();
        Map<String, Integer> em = Collections.emptyMap();
        System.out.println(el + " " + es + " " + em + " sizes " + el.size() + es.size() + em.size());
        System.out.println("contains " + el.contains("a") + " get " + em.get("a") + " getOrDefault " + em.getOrDefault("a", 4)
                + " iterator " + el.iterator().hasNext() + " same " + (Collections.<String>emptyList() == el));
        System.out.println("hash " + el.hashCode() + " " + es.hashCode() + " " + em.hashCode());
        List<Integer> one = Collections.singletonList(7);
        Set<String> sone = Collections.singleton("only");
        Map<String, Integer> mone = Collections.singletonMap("k", 1);
        System.out.println(one + " " + sone + " " + mone + " " + one.get(0) + " " + sone.contains("only") + " "
                + mone.containsKey("k") + " " + mone.get("x") + " " + mone.entrySet() + " " + mone.keySet() + " " + mone.values());
        System.out.println("hash " + one.hashCode() + " " + sone.hashCode() + " " + mone.hashCode());
        List<String> copies = Collections.nCopies(4, "ab");
        System.out.println(copies + " indexOf " + copies.indexOf("ab") + " lastIndexOf " + copies.lastIndexOf("ab")
                + " contains(x) " + copies.contains("x") + " sub " + copies.subList(1, 3) + " hash " + copies.hashCode());
        List<String> grown = new ArrayList<>(Collections.nCopies(3, "z"));
        grown.add("end");
        System.out.println("copied " + grown);
        Iterator<Object> ei = Collections.emptyIterator();
        System.out.println("empty iterator " + ei.hasNext());
        Enumeration<Object> ee = Collections.emptyEnumeration();
        System.out.println("empty enumeration " + ee.hasMoreElements());
        Set<String> fromMap = Collections.newSetFromMap(new HashMap<>());
        fromMap.add("b");
        fromMap.add("a");
        fromMap.add("b");
        System.out.println("set from map " + fromMap + " " + fromMap.size());
        Deque<Integer> d = new ArrayDeque<>();
        Queue<Integer> lifo = Collections.asLifoQueue(d);
        lifo.add(1);
        lifo.add(2);
        lifo.offer(3);
        System.out.println("lifo " + lifo + " poll " + lifo.poll() + " peek " + lifo.peek() + " deque " + d);
        System.out.println("emptySortedSet " + Collections.emptySortedSet() + " emptyNavigableMap " + Collections.emptyNavigableMap());
        List<Integer> sync = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) {
            sync.add(i * i);
        }
        synchronized (sync) {
            int s = 0;
            for (int x : sync) {
                s += x;
            }
            System.out.println("synchronized list " + sync + " sum " + s);
        }
        Map<String, Integer> syncMap = Collections.synchronizedMap(new HashMap<>());
        syncMap.put("a", 1);
        syncMap.merge("a", 5, Integer::sum);
        syncMap.computeIfAbsent("b", k -> 2);
        System.out.println("synchronized map " + syncMap + " " + syncMap.keySet() + " equals " + syncMap.equals(Map.of("a", 6, "b", 2)));
    }
}
