// A sorted map (or a view of one) whose every operation holds one shared lock; iterators copy.
package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The body of ConcurrentSkipListMap: a TreeMap, or one of its views, under the lock of the
 * whole map. Entries handed out are immutable snapshots, and iterators walk a copy taken
 * when they start (weakly consistent, never ConcurrentModificationException); their remove
 * removes the key from the map. Nulls are refused, as the JDK's concurrent maps do.
 */
class LockedNavigableMap<K, V> extends AbstractMap<K, V> implements ConcurrentNavigableMap<K, V> {
    final Object lock;
    NavigableMap<K, V> m;

    LockedNavigableMap(NavigableMap<K, V> m, Object lock) {
        this.m = m;
        this.lock = lock;
    }

    private LockedNavigableMap<K, V> view(NavigableMap<K, V> v) {
        return new LockedNavigableMap<K, V>(v, lock);
    }

    static <K, V> Map.Entry<K, V> snapshot(Map.Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<K, V>(e.getKey(), e.getValue());
    }

    private static Object checkKey(Object key) {
        if (key == null) {
            throw new NullPointerException();
        }
        return key;
    }

    // ---- Map ----

    public int size() {
        synchronized (lock) {
            return m.size();
        }
    }

    public boolean isEmpty() {
        synchronized (lock) {
            return m.isEmpty();
        }
    }

    public boolean containsKey(Object key) {
        checkKey(key);
        synchronized (lock) {
            return m.containsKey(key);
        }
    }

    public boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return m.containsValue(value);
        }
    }

    public V get(Object key) {
        checkKey(key);
        synchronized (lock) {
            return m.get(key);
        }
    }

    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    public V put(K key, V value) {
        checkKey(key);
        Objects.requireNonNull(value);
        synchronized (lock) {
            return m.put(key, value);
        }
    }

    public V remove(Object key) {
        checkKey(key);
        synchronized (lock) {
            return m.remove(key);
        }
    }

    public void clear() {
        synchronized (lock) {
            m.clear();
        }
    }

    public V putIfAbsent(K key, V value) {
        checkKey(key);
        Objects.requireNonNull(value);
        synchronized (lock) {
            V old = m.get(key);
            if (old == null) {
                m.put(key, value);
            }
            return old;
        }
    }

    public boolean remove(Object key, Object value) {
        checkKey(key);
        synchronized (lock) {
            V old = m.get(key);
            if (old != null && value != null && old.equals(value)) {
                m.remove(key);
                return true;
            }
            return false;
        }
    }

    public boolean replace(K key, V oldValue, V newValue) {
        checkKey(key);
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        synchronized (lock) {
            V cur = m.get(key);
            if (cur != null && cur.equals(oldValue)) {
                m.put(key, newValue);
                return true;
            }
            return false;
        }
    }

    public V replace(K key, V value) {
        checkKey(key);
        Objects.requireNonNull(value);
        synchronized (lock) {
            V cur = m.get(key);
            if (cur != null) {
                m.put(key, value);
            }
            return cur;
        }
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        checkKey(key);
        Objects.requireNonNull(mappingFunction);
        synchronized (lock) {
            V v = m.get(key);
            if (v == null && (v = mappingFunction.apply(key)) != null) {
                m.put(key, v);
            }
            return v;
        }
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        checkKey(key);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V v = m.get(key);
            if (v == null) {
                return null;
            }
            V r = remappingFunction.apply(key, v);
            if (r == null) {
                m.remove(key);
            } else {
                m.put(key, r);
            }
            return r;
        }
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        checkKey(key);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V r = remappingFunction.apply(key, m.get(key));
            if (r == null) {
                m.remove(key);
            } else {
                m.put(key, r);
            }
            return r;
        }
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        checkKey(key);
        Objects.requireNonNull(value);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V old = m.get(key);
            V r = old == null ? value : remappingFunction.apply(old, value);
            if (r == null) {
                m.remove(key);
            } else {
                m.put(key, r);
            }
            return r;
        }
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (Map.Entry<K, V> e : entries(false)) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        synchronized (lock) {
            for (Map.Entry<K, V> e : m.entrySet()) {
                e.setValue(Objects.requireNonNull(function.apply(e.getKey(), e.getValue())));
            }
        }
    }

    // ---- Navigation ----

    public Comparator<? super K> comparator() {
        synchronized (lock) {
            return m.comparator();
        }
    }

    public K firstKey() {
        synchronized (lock) {
            return m.firstKey();
        }
    }

    public K lastKey() {
        synchronized (lock) {
            return m.lastKey();
        }
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.lowerEntry(key));
        }
    }

    public K lowerKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.lowerKey(key);
        }
    }

    public Map.Entry<K, V> floorEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.floorEntry(key));
        }
    }

    public K floorKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.floorKey(key);
        }
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.ceilingEntry(key));
        }
    }

    public K ceilingKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.ceilingKey(key);
        }
    }

    public Map.Entry<K, V> higherEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.higherEntry(key));
        }
    }

    public K higherKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.higherKey(key);
        }
    }

    public Map.Entry<K, V> firstEntry() {
        synchronized (lock) {
            return snapshot(m.firstEntry());
        }
    }

    public Map.Entry<K, V> lastEntry() {
        synchronized (lock) {
            return snapshot(m.lastEntry());
        }
    }

    public Map.Entry<K, V> pollFirstEntry() {
        synchronized (lock) {
            return snapshot(m.pollFirstEntry());
        }
    }

    public Map.Entry<K, V> pollLastEntry() {
        synchronized (lock) {
            return snapshot(m.pollLastEntry());
        }
    }

    // ---- Views ----

    public ConcurrentNavigableMap<K, V> descendingMap() {
        synchronized (lock) {
            return view(m.descendingMap());
        }
    }

    public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        checkKey(fromKey);
        checkKey(toKey);
        synchronized (lock) {
            return view(m.subMap(fromKey, fromInclusive, toKey, toInclusive));
        }
    }

    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        checkKey(toKey);
        synchronized (lock) {
            return view(m.headMap(toKey, inclusive));
        }
    }

    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        checkKey(fromKey);
        synchronized (lock) {
            return view(m.tailMap(fromKey, inclusive));
        }
    }

    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public NavigableSet<K> keySet() {
        return new KeySet<K>(this);
    }

    public NavigableSet<K> navigableKeySet() {
        return new KeySet<K>(this);
    }

    public NavigableSet<K> descendingKeySet() {
        return new KeySet<K>((LockedNavigableMap<K, ?>) descendingMap());
    }

    /** The entries (snapshots) in order, copied under the lock. */
    final ArrayList<Map.Entry<K, V>> entries(boolean descending) {
        synchronized (lock) {
            ArrayList<Map.Entry<K, V>> list = new ArrayList<Map.Entry<K, V>>(m.size());
            for (Map.Entry<K, V> e : (descending ? m.descendingMap() : m).entrySet()) {
                list.add(snapshot(e));
            }
            return list;
        }
    }

    /** An iterator over a copy; remove() removes the key from this map. */
    abstract class CopyIterator<T> implements Iterator<T> {
        private final Iterator<Map.Entry<K, V>> it;
        private Map.Entry<K, V> last;

        CopyIterator(boolean descending) {
            it = entries(descending).iterator();
        }

        abstract T from(Map.Entry<K, V> e);

        public boolean hasNext() {
            return it.hasNext();
        }

        public T next() {
            last = it.next();
            return from(last);
        }

        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            LockedNavigableMap.this.remove(last.getKey());
            last = null;
        }
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                return new CopyIterator<V>(false) {
                    V from(Map.Entry<K, V> e) {
                        return e.getValue();
                    }
                };
            }

            public int size() {
                return LockedNavigableMap.this.size();
            }

            public boolean contains(Object o) {
                return LockedNavigableMap.this.containsValue(o);
            }

            public void clear() {
                LockedNavigableMap.this.clear();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new CopyIterator<Map.Entry<K, V>>(false) {
                    Map.Entry<K, V> from(Map.Entry<K, V> e) {
                        return e;
                    }
                };
            }

            public int size() {
                return LockedNavigableMap.this.size();
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object k = e.getKey();
                if (k == null) {
                    return false;
                }
                V v = LockedNavigableMap.this.get(k);
                return v != null && v.equals(e.getValue());
            }

            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                return e.getKey() != null && LockedNavigableMap.this.remove(e.getKey(), e.getValue());
            }

            public void clear() {
                LockedNavigableMap.this.clear();
            }
        };
    }

    /** The keys of a locked map, as a navigable set. */
    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        final LockedNavigableMap<E, ?> map;

        KeySet(LockedNavigableMap<E, ?> map) {
            this.map = map;
        }

        public int size() {
            return map.size();
        }

        public boolean isEmpty() {
            return map.isEmpty();
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        public void clear() {
            map.clear();
        }

        public E lower(E e) {
            return map.lowerKey(e);
        }

        public E floor(E e) {
            return map.floorKey(e);
        }

        public E ceiling(E e) {
            return map.ceilingKey(e);
        }

        public E higher(E e) {
            return map.higherKey(e);
        }

        public Comparator<? super E> comparator() {
            return map.comparator();
        }

        public E first() {
            return map.firstKey();
        }

        public E last() {
            return map.lastKey();
        }

        public E pollFirst() {
            Map.Entry<E, ?> e = map.pollFirstEntry();
            return e == null ? null : e.getKey();
        }

        public E pollLast() {
            Map.Entry<E, ?> e = map.pollLastEntry();
            return e == null ? null : e.getKey();
        }

        public Iterator<E> iterator() {
            return keys(map, false);
        }

        public Iterator<E> descendingIterator() {
            return keys(map, true);
        }

        private static <E, V> Iterator<E> keys(LockedNavigableMap<E, V> map, boolean descending) {
            return map.new CopyIterator<E>(descending) {
                E from(Map.Entry<E, V> e) {
                    return e.getKey();
                }
            };
        }

        public NavigableSet<E> descendingSet() {
            return new KeySet<E>((LockedNavigableMap<E, ?>) map.descendingMap());
        }

        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<E>((LockedNavigableMap<E, ?>) map.subMap(fromElement, fromInclusive, toElement,
                    toInclusive));
        }

        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<E>((LockedNavigableMap<E, ?>) map.headMap(toElement, inclusive));
        }

        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<E>((LockedNavigableMap<E, ?>) map.tailMap(fromElement, inclusive));
        }

        public SortedSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        public SortedSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        public SortedSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            try {
                return containsAll(c) && c.containsAll(this);
            } catch (ClassCastException | NullPointerException unused) {
                return false;
            }
        }
    }
}
