// The unmodifiable list Stream.toList() returns: a view of a fresh array, nulls allowed.
package java.util.stream;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

final class ListOfArray<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;

    private ListOfArray(Object[] elements) {
        this.elements = elements;
    }

    /** The list of `elements`, which nobody else may hold. */
    static <E> List<E> of(Object[] elements) {
        return new ListOfArray<E>(elements);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
