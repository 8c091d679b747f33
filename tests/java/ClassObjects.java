// Checks java.lang.Class basics: getName of primitives/arrays, getSuperclass, isInstance, isArray, getComponentType, isInterface, isPrimitive.
public class ClassObjects {
    interface Marker {}

    static class Base implements Marker {}

    static class Derived extends Base {}

    static String show(Class<?> c) {
        return c.getName() + " simple=" + c.getSimpleName() + " array=" + c.isArray() + " iface=" + c.isInterface() + " prim="
                + c.isPrimitive() + " super=" + (c.getSuperclass() == null ? "null" : c.getSuperclass().getName()) + " comp="
                + (c.getComponentType() == null ? "null" : c.getComponentType().getName());
    }

    public static void main(String[] args) {
        Class<?>[] classes = {int.class, long.class, boolean.class, char.class, byte.class, short.class, float.class, double.class,
                void.class, int[].class, String[].class, int[][].class, Object.class, String.class, Marker.class, Base.class,
                Derived.class, Derived[].class, Runnable.class, Integer.class, Comparable.class, Object[].class, double[][][].class};
        for (Class<?> c : classes) System.out.println(show(c));
        System.out.println(Marker.class.isInstance(new Derived()) + " " + Base.class.isInstance(new Derived()) + " "
                + Derived.class.isInstance(new Base()) + " " + String.class.isInstance(null) + " " + Object.class.isInstance(new int[0])
                + " " + int[].class.isInstance(new int[0]) + " " + Object[].class.isInstance(new String[0]));
        System.out.println(Base.class.isAssignableFrom(Derived.class) + " " + Derived.class.isAssignableFrom(Base.class) + " "
                + Marker.class.isAssignableFrom(Derived.class) + " " + Object.class.isAssignableFrom(int[].class) + " "
                + int.class.isAssignableFrom(Integer.class));
        System.out.println((int.class == Integer.TYPE) + " " + (Integer.class == Integer.valueOf(1).getClass()) + " "
                + (new int[0].getClass() == int[].class) + " " + (String[].class.getComponentType() == String.class) + " "
                + (int[][].class.getComponentType() == int[].class));
        System.out.println(ClassObjects.class.desiredAssertionStatus() + " " + Derived.class.desiredAssertionStatus());
        Class<?> c = Derived.class;
        StringBuilder sb = new StringBuilder();
        while (c != null) {
            sb.append(c.getSimpleName()).append(" <- ");
            c = c.getSuperclass();
        }
        System.out.println(sb + "null");
        Object o = "hello";
        Class<? extends Object> k = o.getClass();
        System.out.println(k.getName() + " " + k.cast(o) + " " + String.class.getName().length() + " " + (k.toString()));
        try {
            Integer.class.cast("x");
        } catch (ClassCastException e) {
            System.out.println("cast: " + e.getClass().getName());
        }
        System.out.println(int.class.toString() + " " + Marker.class.toString() + " " + int[].class.toString());
    }
}
