// The runtime mirror of a class, interface, array or primitive type; its facts come from the VM.
package java.lang;

public final class Class<T> implements java.io.Serializable {
    private static final int ENUM = 0x4000;
    private static final long serialVersionUID = 3206093459760846163L;

    // The VM sets classId; Java code never reads it.
    private transient int classId;
    private transient String name;

    private Class() {
    }

    private native String getName0();

    public native Class<? super T> getSuperclass();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isArray();

    public native boolean isInterface();

    public native boolean isPrimitive();

    public native Class<?> getComponentType();

    public native int getModifiers();

    public native Class<?>[] getInterfaces();

    private static native Class<?> forName0(String name, boolean initialize) throws ClassNotFoundException;

    static native Class<?> getPrimitiveClass(String name);

    /** The enum's values() (a fresh array), or null if this is not an enum class. */
    private native Object[] enumConstants0();

    public static Class<?> forName(String className) throws ClassNotFoundException {
        if (className == null) {
            throw new NullPointerException();
        }
        return forName0(className, true);
    }

    public static Class<?> forName(String name, boolean initialize, ClassLoader loader)
            throws ClassNotFoundException {
        if (name == null) {
            throw new NullPointerException();
        }
        return forName0(name, initialize);
    }

    /** The binary name: "java.lang.String", "[I", "[Ljava.lang.String;", "int". */
    public String getName() {
        String n = name;
        if (n == null) {
            n = getName0();
            name = n;
        }
        return n;
    }

    public String toString() {
        if (isPrimitive()) {
            return getName();
        }
        return (isInterface() ? "interface " : "class ") + getName();
    }

    public String getTypeName() {
        if (!isArray()) {
            return getName();
        }
        Class<?> c = this;
        int dims = 0;
        while (c.isArray()) {
            dims++;
            c = c.getComponentType();
        }
        StringBuilder sb = new StringBuilder(c.getName());
        for (int i = 0; i < dims; i++) {
            sb.append("[]");
        }
        return sb.toString();
    }

    /**
     * The name in source: the binary name without its package and enclosing classes (the
     * part after the last '$'), without the digits javac puts before local class names;
     * anonymous classes give "".
     */
    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String n = getName();
        n = n.substring(n.lastIndexOf('.') + 1);
        n = n.substring(n.lastIndexOf('$') + 1);
        int i = 0;
        while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9') {
            i++;
        }
        return n.substring(i);
    }

    /** The name in source with its package, or null for local and anonymous classes. */
    public String getCanonicalName() {
        if (isArray()) {
            String c = getComponentType().getCanonicalName();
            return c == null ? null : c + "[]";
        }
        String n = getName();
        int dollar = n.indexOf('$', n.lastIndexOf('.') + 1);
        while (dollar >= 0) {
            if (dollar + 1 >= n.length() || Character.isDigit(n.charAt(dollar + 1))) {
                return null;
            }
            dollar = n.indexOf('$', dollar + 1);
        }
        return n.replace('$', '.');
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String n = c.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    public Class<?> componentType() {
        return getComponentType();
    }

    public boolean isEnum() {
        return (getModifiers() & ENUM) != 0 && getSuperclass() == Enum.class;
    }

    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        return isEnum() ? (T[]) enumConstants0() : null;
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this)) {
            return (Class<? extends U>) this;
        }
        throw new ClassCastException(this.toString());
    }

    /** Assertions are off, as under `java` without -ea. */
    public boolean desiredAssertionStatus() {
        return false;
    }

    /** Null for the class library's classes (the boot loader), the application loader otherwise. */
    public ClassLoader getClassLoader() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return null;
        }
        String n = c.getName();
        if (n.startsWith("java.") || n.startsWith("djsim.rt.")) {
            return null;
        }
        return ClassLoader.getSystemClassLoader();
    }
}
