// A set of constants of one enum type, as bits indexed by ordinal: iterates in ordinal order.
package java.util;

public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1009687484059888093L;

    final transient Class<E> elementType;
    final transient Enum<?>[] universe;
    /** Bit (ordinal & 63) of word (ordinal >>> 6) is set when the constant is a member. */
    transient long[] elements;
    transient int size;

    EnumSet(Class<E> elementType, Enum<?>[] universe) {
        this.elementType = elementType;
        this.universe = universe;
        this.elements = new long[(universe.length + 63) >>> 6];
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        Enum<?>[] universe = elementType.getEnumConstants();
        if (universe == null) {
            throw new ClassCastException(elementType + " not an enum");
        }
        if (universe.length <= 64) {
            return new RegularEnumSet<E>(elementType, universe);
        }
        return new JumboEnumSet<E>(elementType, universe);
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> result = noneOf(elementType);
        result.addRangeOfOrdinals(0, result.universe.length);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) {
            return ((EnumSet<E>) c).clone();
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> result = EnumSet.of(first);
        while (i.hasNext()) {
            result.add(i.next());
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = copyOf(s);
        result.complement();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(e.getDeclaringClass());
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = noneOf(first.getDeclaringClass());
        result.add(first);
        for (E e : rest) {
            result.add(e);
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        result.addRangeOfOrdinals(from.ordinal(), to.ordinal() + 1);
        return result;
    }

    @SuppressWarnings("unchecked")
    public EnumSet<E> clone() {
        try {
            EnumSet<E> result = (EnumSet<E>) super.clone();
            result.elements = elements.clone();
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    final void typeCheck(E e) {
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType) {
            throw new ClassCastException(eClass + " != " + elementType);
        }
    }

    private boolean isMember(Object o) {
        if (o == null) {
            return false;
        }
        Class<?> eClass = o.getClass();
        return eClass == elementType || eClass.getSuperclass() == elementType;
    }

    private void addRangeOfOrdinals(int from, int to) {
        for (int i = from; i < to; i++) {
            elements[i >>> 6] |= 1L << i;
        }
        recalculateSize();
    }

    private void complement() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = ~elements[i];
        }
        int tail = universe.length & 63;
        if (tail != 0) {
            elements[elements.length - 1] &= -1L >>> -universe.length;
        }
        recalculateSize();
    }

    private void recalculateSize() {
        int n = 0;
        for (long w : elements) {
            n += Long.bitCount(w);
        }
        size = n;
    }

    /**
     * Not fail-fast: each word is read when the walk reaches it, so changes to words ahead
     * show and changes behind do not.
     */
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            long unseen = elements.length > 0 ? elements[0] : 0;
            int unseenIndex = 0;
            long lastReturned = 0;
            int lastReturnedIndex = 0;

            public boolean hasNext() {
                while (unseen == 0 && unseenIndex < elements.length - 1) {
                    unseen = elements[++unseenIndex];
                }
                return unseen != 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                lastReturned = unseen & -unseen;
                lastReturnedIndex = unseenIndex;
                unseen -= lastReturned;
                return (E) universe[(lastReturnedIndex << 6) + Long.numberOfTrailingZeros(lastReturned)];
            }

            public void remove() {
                if (lastReturned == 0) {
                    throw new IllegalStateException();
                }
                long oldElements = elements[lastReturnedIndex];
                elements[lastReturnedIndex] &= ~lastReturned;
                if (oldElements != elements[lastReturnedIndex]) {
                    size--;
                }
                lastReturned = 0;
            }
        };
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(Object e) {
        if (!isMember(e)) {
            return false;
        }
        int eOrdinal = ((Enum<?>) e).ordinal();
        return (elements[eOrdinal >>> 6] & (1L << eOrdinal)) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        int eOrdinal = e.ordinal();
        int eWordNum = eOrdinal >>> 6;
        long oldElements = elements[eWordNum];
        elements[eWordNum] |= (1L << eOrdinal);
        boolean result = (elements[eWordNum] != oldElements);
        if (result) {
            size++;
        }
        return result;
    }

    public boolean remove(Object e) {
        if (!isMember(e)) {
            return false;
        }
        int eOrdinal = ((Enum<?>) e).ordinal();
        int eWordNum = eOrdinal >>> 6;
        long oldElements = elements[eWordNum];
        elements[eWordNum] &= ~(1L << eOrdinal);
        boolean result = (elements[eWordNum] != oldElements);
        if (result) {
            size--;
        }
        return result;
    }

    public boolean containsAll(Collection<?> c) {
        if (!(c instanceof EnumSet)) {
            return super.containsAll(c);
        }
        EnumSet<?> es = (EnumSet<?>) c;
        if (es.elementType != elementType) {
            return es.isEmpty();
        }
        for (int i = 0; i < elements.length; i++) {
            if ((es.elements[i] & ~elements[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof EnumSet)) {
            return super.addAll(c);
        }
        EnumSet<?> es = (EnumSet<?>) c;
        if (es.elementType != elementType) {
            if (es.isEmpty()) {
                return false;
            }
            throw new ClassCastException(es.elementType + " != " + elementType);
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] |= es.elements[i];
        }
        int oldSize = size;
        recalculateSize();
        return size != oldSize;
    }

    public boolean removeAll(Collection<?> c) {
        if (!(c instanceof EnumSet)) {
            return super.removeAll(c);
        }
        EnumSet<?> es = (EnumSet<?>) c;
        if (es.elementType != elementType) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= ~es.elements[i];
        }
        int oldSize = size;
        recalculateSize();
        return size != oldSize;
    }

    public boolean retainAll(Collection<?> c) {
        if (!(c instanceof EnumSet)) {
            return super.retainAll(c);
        }
        EnumSet<?> es = (EnumSet<?>) c;
        if (es.elementType != elementType) {
            boolean changed = (size != 0);
            clear();
            return changed;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= es.elements[i];
        }
        int oldSize = size;
        recalculateSize();
        return size != oldSize;
    }

    public void clear() {
        Arrays.fill(elements, 0);
        size = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof EnumSet)) {
            return super.equals(o);
        }
        EnumSet<?> es = (EnumSet<?>) o;
        if (es.elementType != elementType) {
            return size == 0 && es.size == 0;
        }
        return Arrays.equals(es.elements, elements);
    }
}
