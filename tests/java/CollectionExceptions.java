// Checks the exceptions (class and message) that collections throw on bad arguments.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Stack;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;

public class CollectionExceptions {
    static void t(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<Integer> three = Arrays.asList(1, 2, 3);
        t("ArrayList.get(5)", () -> new ArrayList<>(three).get(5));
        t("ArrayList.get(-1)", () -> new ArrayList<>(three).get(-1));
        t("ArrayList.set(3)", () -> new ArrayList<>(three).set(3, 0));
        t("ArrayList.add(5, x)", () -> new ArrayList<>(three).add(5, 0));
        t("ArrayList.remove(3)", () -> new ArrayList<>(three).remove(3));
        t("ArrayList.listIterator(4)", () -> new ArrayList<>(three).listIterator(4));
        t("ArrayList.addAll(4, c)", () -> new ArrayList<>(three).addAll(4, three));
        t("ArrayList.subList(0, 4)", () -> new ArrayList<>(three).subList(0, 4));
        t("subList.get(2)", () -> new ArrayList<>(three).subList(0, 2).get(2));
        t("subList.add(3, x)", () -> new ArrayList<>(three).subList(0, 2).add(3, 9));
        t("LinkedList.get(5)", () -> new LinkedList<>(three).get(5));
        t("LinkedList.add(5, x)", () -> new LinkedList<>(three).add(5, 1));
        t("LinkedList.set(-1)", () -> new LinkedList<>(three).set(-1, 1));
        t("LinkedList.getFirst()", () -> new LinkedList<>().getFirst());
        t("LinkedList.removeLast()", () -> new LinkedList<>().removeLast());
        t("ArrayDeque.removeFirst()", () -> new ArrayDeque<>().removeFirst());
        t("ArrayDeque.element()", () -> new ArrayDeque<>().element());
        t("Vector.get(5)", () -> new Vector<>(three).get(5));
        t("Vector.elementAt(5)", () -> new Vector<>(three).elementAt(5));
        t("Vector.insertElementAt(x, 5)", () -> new Vector<>(three).insertElementAt(1, 5));
        t("Vector.removeElementAt(-1)", () -> new Vector<>(three).removeElementAt(-1));
        t("Vector.firstElement()", () -> new Vector<>().firstElement());
        t("Vector.lastIndexOf(x, 3)", () -> new Vector<>(three).lastIndexOf(1, 3));
        t("Vector.elements past end", () -> new Vector<>().elements().nextElement());
        t("Stack.peek()", () -> new Stack<>().peek());
        t("HashMap(-1)", () -> new HashMap<>(-1));
        t("HashMap(4, 0f)", () -> new HashMap<>(4, 0f));
        t("Hashtable(-5)", () -> new Hashtable<>(-5));
        t("Hashtable(1, -1f)", () -> new Hashtable<>(1, -1f));
        t("Hashtable.put(k, null)", () -> new Hashtable<>().put(1, null));
        t("ArrayList(-1)", () -> new ArrayList<>(-1));
        t("Vector(-2)", () -> new Vector<>(-2));
        t("PriorityQueue(0)", () -> new PriorityQueue<>(0));
        t("PriorityQueue.add(null)", () -> new PriorityQueue<>().add(null));
        t("PriorityQueue.remove()", () -> new PriorityQueue<>().remove());
        t("TreeMap.firstKey()", () -> new TreeMap<>().firstKey());
        t("TreeMap.subMap(5, 3)", () -> new TreeMap<Integer, Integer>().subMap(5, 3));
        t("headMap(3).tailMap(4)", () -> new TreeMap<Integer, Integer>().headMap(3).tailMap(4));
        t("subMap(1,3).subMap(0,2)", () -> new TreeMap<Integer, Integer>().subMap(1, 3).subMap(0, 2));
        t("subMap(1,3).put(5)", () -> new TreeMap<Integer, Integer>().subMap(1, 3).put(5, 1));
        t("TreeSet.last()", () -> new TreeSet<Integer>().last());
        t("Collections.nCopies(-1)", () -> Collections.nCopies(-1, "a"));
        t("Collections.emptyList().get(0)", () -> Collections.emptyList().get(0));
        t("singletonList.get(1)", () -> Collections.singletonList(1).get(1));
        t("nCopies.get(3)", () -> Collections.nCopies(3, "a").get(3));
        t("Collections.copy", () -> Collections.copy(new ArrayList<Integer>(), three));
        t("Optional.get()", () -> Optional.empty().get());
        t("iterator past end", () -> {
            Iterator<Integer> it = new ArrayList<>(three).iterator();
            while (true) {
                it.next();
            }
        });
        t("iterator remove twice", () -> {
            Iterator<Integer> it = new ArrayList<>(three).iterator();
            it.next();
            it.remove();
            it.remove();
        });
        t("HashMap iterator remove first", () -> new HashMap<>(java.util.Map.of(1, 1)).keySet().iterator().remove());
        t("Hashtable iterator past end", () -> {
            Iterator<Integer> it = new Hashtable<>(java.util.Map.of(1, 1)).keySet().iterator();
            it.next();
            it.next();
        });
        t("TreeMap iterator past end", () -> new TreeMap<>(java.util.Map.of(1, 1)).values().iterator().forEachRemaining(x -> { }));
        t("ArrayList.iterator().remove()", () -> new ArrayList<>(three).iterator().remove());
    }
}
