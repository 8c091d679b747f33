// A sorted concurrent map: a TreeMap under one lock, with weakly consistent (copying) iterators.
package java.util.concurrent;

import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Behaves as the JDK's skip-list map does where a program can tell (sorted order, null
 * refusal, snapshot entries, iterators that never fail), but keeps its entries in a TreeMap
 * guarded by one monitor: a node runs one thread at a time, so a lock-free list would buy
 * nothing here.
 */
public class ConcurrentSkipListMap<K, V> extends LockedNavigableMap<K, V> implements Cloneable, java.io.Serializable {
    private static final long serialVersionUID = -8627078645895051609L;

    public ConcurrentSkipListMap() {
        super(new TreeMap<K, V>(), new Object());
    }

    public ConcurrentSkipListMap(Comparator<? super K> comparator) {
        super(new TreeMap<K, V>(comparator), new Object());
    }

    public ConcurrentSkipListMap(Map<? extends K, ? extends V> m) {
        this();
        putAll(m);
    }

    public ConcurrentSkipListMap(SortedMap<K, ? extends V> m) {
        this(m.comparator());
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    public ConcurrentSkipListMap<K, V> clone() {
        try {
            ConcurrentSkipListMap<K, V> c = (ConcurrentSkipListMap<K, V>) super.clone();
            synchronized (lock) {
                TreeMap<K, V> copy = new TreeMap<K, V>(m.comparator());
                copy.putAll(m);
                c.m = copy;
            }
            return c;
        } catch (CloneNotSupportedException e) {
            throw new InternalError();
        }
    }
}
