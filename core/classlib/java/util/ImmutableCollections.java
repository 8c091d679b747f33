// The unmodifiable, null-free lists, sets and maps of List.of, Set.of and Map.of.
package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    // ---- Lists -----------------------------------------------------------------------------

    private static final List<Object> EMPTY_LIST = new ListN<Object>(new Object[0]);
    private static final Set<Object> EMPTY_SET = new SetN<Object>(new Object[0]);
    private static final Map<Object, Object> EMPTY_MAP = new MapN<Object, Object>(new Object[0]);

    @SuppressWarnings("unchecked")
    static <E> List<E> listOf(Object... input) {
        if (input.length == 0) {
            return (List<E>) EMPTY_LIST;
        }
        Object[] a = new Object[input.length];
        for (int i = 0; i < input.length; i++) {
            a[i] = Objects.requireNonNull(input[i]);
        }
        return listFromTrustedArray(a);
    }

    /** List12 for one or two elements (its get checks the index itself), ListN otherwise. */
    static <E> List<E> listFromTrustedArray(Object[] a) {
        if (a.length == 1 || a.length == 2) {
            return new List12<E>(a);
        }
        return new ListN<E>(a);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof AbstractImmutableList && coll.getClass() != SubList.class) {
            return (List<E>) coll;
        }
        return listOf(coll.toArray());
    }

    abstract static class AbstractImmutableList<E> extends AbstractCollection<E> implements List<E>, RandomAccess {
        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public void add(int index, E element) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public boolean containsAll(Collection<?> c) {
            for (Object e : c) {
                if (!contains(e)) {
                    return false;
                }
            }
            return true;
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0, s = size(); i < s; i++) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size() - 1; i >= 0; i--) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        public Iterator<E> iterator() {
            return new ListItr<E>(this, size(), 0);
        }

        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        public ListIterator<E> listIterator(int index) {
            int size = size();
            if (index < 0 || index > size) {
                throw outOfBounds(index);
            }
            return new ListItr<E>(this, size, index);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            int size = size();
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<E>(this, fromIndex, toIndex - fromIndex);
        }

        IndexOutOfBoundsException outOfBounds(int index) {
            return new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof List)) {
                return false;
            }
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !get(i).equals(oit.next())) {
                    return false;
                }
            }
            return !oit.hasNext();
        }

        public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) {
                hash = 31 * hash + get(i).hashCode();
            }
            return hash;
        }
    }

    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private int cursor;

        ListItr(List<E> list, int size, int index) {
            this.list = list;
            this.size = size;
            this.cursor = index;
        }

        public boolean hasNext() {
            return cursor != size;
        }

        public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public void remove() {
            throw uoe();
        }

        public boolean hasPrevious() {
            return cursor != 0;
        }

        public E previous() {
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        public void set(E e) {
            throw uoe();
        }

        public void add(E e) {
            throw uoe();
        }
    }

    static final class SubList<E> extends AbstractImmutableList<E> {
        private final AbstractImmutableList<E> root;
        private final int offset;
        private final int size;

        SubList(AbstractImmutableList<E> root, int offset, int size) {
            this.root = root;
            this.offset = offset;
            this.size = size;
        }

        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        public int size() {
            return size;
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<E>(root, offset + fromIndex, toIndex - fromIndex);
        }

        public Object[] toArray() {
            Object[] array = new Object[size];
            for (int i = 0; i < size; i++) {
                array[i] = get(i);
            }
            return array;
        }
    }

    static final class List12<E> extends AbstractImmutableList<E> {
        private final Object[] elements;

        List12(Object[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (index < 0 || index >= elements.length) {
                throw outOfBounds(index);
            }
            return (E) elements[index];
        }

        public Object[] toArray() {
            return elements.clone();
        }
    }

    static final class ListN<E> extends AbstractImmutableList<E> {
        private final Object[] elements;

        ListN(Object[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            return (E) elements[index];
        }

        public Object[] toArray() {
            return elements.clone();
        }
    }

    // ---- Sets ------------------------------------------------------------------------------
    //
    // Set.of's iteration order is unspecified (HotSpot salts it per run); here it is the order
    // of the arguments. Lookups go through an open-addressing table of indexes.

    @SuppressWarnings("unchecked")
    static <E> Set<E> setOf(Object... input) {
        return input.length == 0 ? (Set<E>) EMPTY_SET : new SetN<E>(input);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopyOf(Collection<? extends E> coll) {
        Object[] distinct = new HashSet<Object>(coll).toArray();
        return setOf(distinct);
    }

    /** A probe table twice the size of n, a power of two; slots hold index + 1, 0 is empty. */
    static int[] newProbeTable(int n) {
        int cap = 2;
        while (cap < 2 * n) {
            cap <<= 1;
        }
        return new int[cap];
    }

    /** The slot of o in table (holding indexes into keys), or the empty slot where it goes. */
    static int probe(int[] table, Object[] keys, Object o) {
        int mask = table.length - 1;
        int h = o.hashCode();
        int idx = (h ^ (h >>> 16)) & mask;
        while (true) {
            int slot = table[idx];
            if (slot == 0 || o.equals(keys[slot - 1])) {
                return idx;
            }
            idx = (idx + 1) & mask;
        }
    }

    abstract static class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    static final class SetN<E> extends AbstractImmutableCollection<E> implements Set<E> {
        private final Object[] elements;
        private final int[] table;

        SetN(Object[] input) {
            elements = new Object[input.length];
            table = newProbeTable(input.length);
            for (int i = 0; i < input.length; i++) {
                Object e = Objects.requireNonNull(input[i]);
                int idx = probe(table, elements, e);
                if (table[idx] != 0) {
                    throw new IllegalArgumentException("duplicate element: " + e);
                }
                elements[i] = e;
                table[idx] = i + 1;
            }
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return elements.length > 0 && table[probe(table, elements, o)] != 0;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int i = 0;

                public boolean hasNext() {
                    return i < elements.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (i >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return (E) elements[i++];
                }
            };
        }

        public Object[] toArray() {
            return elements.clone();
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            if (c.size() != elements.length) {
                return false;
            }
            for (Object e : c) {
                if (e == null || !contains(e)) {
                    return false;
                }
            }
            return true;
        }

        public int hashCode() {
            int h = 0;
            for (Object e : elements) {
                h += e.hashCode();
            }
            return h;
        }
    }

    // ---- Maps ------------------------------------------------------------------------------

    /** kv alternates keys and values. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object[] kv) {
        return kv.length == 0 ? (Map<K, V>) EMPTY_MAP : new MapN<K, V>(kv);
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapCopy(Map<? extends K, ? extends V> map) {
        Object[] kv = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return mapOf(kv);
    }

    static final class MapN<K, V> extends AbstractMap<K, V> {
        private final Object[] keys;
        private final Object[] vals;
        private final int[] table;

        MapN(Object[] kv) {
            int n = kv.length / 2;
            keys = new Object[n];
            vals = new Object[n];
            table = newProbeTable(n);
            for (int i = 0; i < n; i++) {
                Object k = Objects.requireNonNull(kv[2 * i]);
                Object v = Objects.requireNonNull(kv[2 * i + 1]);
                int idx = probe(table, keys, k);
                if (table[idx] != 0) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
                keys[i] = k;
                vals[i] = v;
                table[idx] = i + 1;
            }
        }

        public int size() {
            return keys.length;
        }

        public boolean isEmpty() {
            return keys.length == 0;
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            Objects.requireNonNull(o);
            if (keys.length == 0) {
                return null;
            }
            int slot = table[probe(table, keys, o)];
            return slot == 0 ? null : (V) vals[slot - 1];
        }

        public V getOrDefault(Object key, V defaultValue) {
            V v = get(key);
            return v != null ? v : defaultValue;
        }

        public boolean containsKey(Object o) {
            return get(o) != null;
        }

        public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            for (Object v : vals) {
                if (o.equals(v)) {
                    return true;
                }
            }
            return false;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return keys.length;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int i = 0;

                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (i >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<K, V> e = new KeyValueHolder<K, V>((K) keys[i], (V) vals[i]);
                            i++;
                            return e;
                        }
                    };
                }
            };
        }

        public int hashCode() {
            int h = 0;
            for (int i = 0; i < keys.length; i++) {
                h += keys[i].hashCode() ^ vals[i].hashCode();
            }
            return h;
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }
    }
}
