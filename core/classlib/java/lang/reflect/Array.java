// Reflective creation and access of arrays whose type is known only at run time.
package java.lang.reflect;

public final class Array {
    private Array() {
    }

    /** A new array of `length` elements of componentType (not void), zeroed. */
    private static native Object newArray(Class<?> componentType, int length);

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (componentType == Void.TYPE) {
            throw new IllegalArgumentException();
        }
        return newArray(componentType, length);
    }

    private static IllegalArgumentException notAnArray() {
        return new IllegalArgumentException("Argument is not an array");
    }

    public static int getLength(Object array) throws IllegalArgumentException {
        if (array instanceof Object[]) {
            return ((Object[]) array).length;
        } else if (array instanceof int[]) {
            return ((int[]) array).length;
        } else if (array instanceof long[]) {
            return ((long[]) array).length;
        } else if (array instanceof double[]) {
            return ((double[]) array).length;
        } else if (array instanceof byte[]) {
            return ((byte[]) array).length;
        } else if (array instanceof char[]) {
            return ((char[]) array).length;
        } else if (array instanceof boolean[]) {
            return ((boolean[]) array).length;
        } else if (array instanceof float[]) {
            return ((float[]) array).length;
        } else if (array instanceof short[]) {
            return ((short[]) array).length;
        }
        if (array == null) {
            throw new NullPointerException();
        }
        throw notAnArray();
    }

    /** The element at index, boxed if the array is of a primitive type. */
    public static Object get(Object array, int index) throws IllegalArgumentException {
        if (array instanceof Object[]) {
            return ((Object[]) array)[index];
        } else if (array instanceof int[]) {
            return ((int[]) array)[index];
        } else if (array instanceof long[]) {
            return ((long[]) array)[index];
        } else if (array instanceof double[]) {
            return ((double[]) array)[index];
        } else if (array instanceof byte[]) {
            return ((byte[]) array)[index];
        } else if (array instanceof char[]) {
            return ((char[]) array)[index];
        } else if (array instanceof boolean[]) {
            return ((boolean[]) array)[index];
        } else if (array instanceof float[]) {
            return ((float[]) array)[index];
        } else if (array instanceof short[]) {
            return ((short[]) array)[index];
        }
        if (array == null) {
            throw new NullPointerException();
        }
        throw notAnArray();
    }

    /** Stores value at index, unboxing it (with widening) into a primitive array. */
    public static void set(Object array, int index, Object value) throws IllegalArgumentException {
        if (array instanceof Object[]) {
            Object[] a = (Object[]) array;
            if (value != null && !a.getClass().getComponentType().isInstance(value)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            a[index] = value;
            return;
        }
        if (array == null) {
            throw new NullPointerException();
        }
        if (value instanceof Boolean) {
            if (!(array instanceof boolean[])) {
                throw new IllegalArgumentException("argument type mismatch");
            }
            ((boolean[]) array)[index] = (Boolean) value;
        } else if (value instanceof Character) {
            char c = (Character) value;
            if (array instanceof char[]) {
                ((char[]) array)[index] = c;
            } else {
                setWidened(array, index, c, c);
            }
        } else if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
            int i = ((Number) value).intValue();
            if (array instanceof byte[] && value instanceof Byte) {
                ((byte[]) array)[index] = (byte) i;
            } else if (array instanceof short[] && !(value instanceof Integer)) {
                ((short[]) array)[index] = (short) i;
            } else {
                setWidened(array, index, i, i);
            }
        } else if (value instanceof Long) {
            long l = (Long) value;
            if (array instanceof long[]) {
                ((long[]) array)[index] = l;
            } else {
                setFloating(array, index, l);
            }
        } else if (value instanceof Float) {
            float f = (Float) value;
            if (array instanceof float[]) {
                ((float[]) array)[index] = f;
            } else if (array instanceof double[]) {
                ((double[]) array)[index] = f;
            } else {
                throw new IllegalArgumentException("argument type mismatch");
            }
        } else if (value instanceof Double) {
            if (!(array instanceof double[])) {
                throw new IllegalArgumentException("argument type mismatch");
            }
            ((double[]) array)[index] = (Double) value;
        } else {
            throw new IllegalArgumentException("argument type mismatch");
        }
    }

    /** Stores an int-sized value into an int, long, float or double array. */
    private static void setWidened(Object array, int index, int i, long l) {
        if (array instanceof int[]) {
            ((int[]) array)[index] = i;
        } else if (array instanceof long[]) {
            ((long[]) array)[index] = l;
        } else {
            setFloating(array, index, l);
        }
    }

    private static void setFloating(Object array, int index, long l) {
        if (array instanceof float[]) {
            ((float[]) array)[index] = l;
        } else if (array instanceof double[]) {
            ((double[]) array)[index] = l;
        } else {
            throw new IllegalArgumentException("argument type mismatch");
        }
    }
}
