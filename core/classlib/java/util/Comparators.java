// The comparators behind Comparator's natural, reverse and null-tolerant orders.
package java.util;

final class Comparators {
    private Comparators() {
    }

    private static final Comparator<Comparable<Object>> NATURAL = NaturalOrderComparator.INSTANCE;
    private static final Comparator<Comparable<Object>> REVERSE = new ReverseComparator();

    @SuppressWarnings("unchecked")
    static <T> Comparator<T> naturalOrder() {
        return (Comparator<T>) NATURAL;
    }

    @SuppressWarnings("unchecked")
    static <T> Comparator<T> reverseOrder() {
        return (Comparator<T>) REVERSE;
    }

    /** The reverse of c: natural and reverse order swap; reversing twice gives c back. */
    @SuppressWarnings("unchecked")
    static <T> Comparator<T> reverse(Comparator<T> c) {
        if (c == null || c == NATURAL) {
            return reverseOrder();
        }
        if (c == REVERSE) {
            return naturalOrder();
        }
        if (c instanceof Reversed) {
            return ((Reversed<T>) c).original;
        }
        return new Reversed<T>(c);
    }

    private enum NaturalOrderComparator implements Comparator<Comparable<Object>> {
        INSTANCE;

        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c1.compareTo(c2);
        }
    }

    private static final class ReverseComparator implements Comparator<Comparable<Object>>, java.io.Serializable {
        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c2.compareTo(c1);
        }
    }

    private static final class Reversed<T> implements Comparator<T>, java.io.Serializable {
        final Comparator<T> original;

        Reversed(Comparator<T> original) {
            this.original = original;
        }

        public int compare(T t1, T t2) {
            return original.compare(t2, t1);
        }

        public boolean equals(Object o) {
            return o == this || (o instanceof Reversed && original.equals(((Reversed<?>) o).original));
        }

        public int hashCode() {
            return original.hashCode() ^ Integer.MIN_VALUE;
        }
    }

    static final class NullComparator<T> implements Comparator<T>, java.io.Serializable {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        NullComparator(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) {
                return (b == null) ? 0 : (nullFirst ? -1 : 1);
            }
            if (b == null) {
                return nullFirst ? 1 : -1;
            }
            return (real == null) ? 0 : real.compare(a, b);
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new NullComparator<T>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new NullComparator<T>(!nullFirst, real == null ? null : real.reversed());
        }
    }
}
