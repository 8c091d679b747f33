// An unmodifiable set of collector characteristics, in declaration order like an EnumSet.
package java.util.stream;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

final class CharacteristicsSet extends AbstractSet<Collector.Characteristics> {
    private static final Collector.Characteristics[] ALL = Collector.Characteristics.values();

    /** Bit i set: ALL[i] is in the set. */
    private final int mask;

    private CharacteristicsSet(int mask) {
        this.mask = mask;
    }

    static Set<Collector.Characteristics> of(Collector.Characteristics... cs) {
        int mask = 0;
        for (Collector.Characteristics c : cs) {
            mask |= 1 << c.ordinal();
        }
        return new CharacteristicsSet(mask);
    }

    /** `set` without `c`, or `set` itself if it lacks it. */
    static Set<Collector.Characteristics> without(Set<Collector.Characteristics> set,
            Collector.Characteristics c) {
        if (!set.contains(c)) {
            return set;
        }
        int mask = 0;
        for (Collector.Characteristics x : set) {
            mask |= 1 << x.ordinal();
        }
        return new CharacteristicsSet(mask & ~(1 << c.ordinal()));
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Collector.Characteristics
                && (mask & (1 << ((Collector.Characteristics) o).ordinal())) != 0;
    }

    @Override
    public int size() {
        return Integer.bitCount(mask);
    }

    @Override
    public Iterator<Collector.Characteristics> iterator() {
        return new Iterator<Collector.Characteristics>() {
            private int left = mask;

            public boolean hasNext() {
                return left != 0;
            }

            public Collector.Characteristics next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                int i = Integer.numberOfTrailingZeros(left);
                left &= left - 1;
                return ALL[i];
            }
        };
    }
}
