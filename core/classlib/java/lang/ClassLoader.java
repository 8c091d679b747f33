// Class loaders, reduced to the one application loader, which finds classes through the VM.
package java.lang;

public abstract class ClassLoader {
    private final ClassLoader parent;

    protected ClassLoader() {
        this(null);
    }

    protected ClassLoader(ClassLoader parent) {
        this.parent = parent;
    }

    public final ClassLoader getParent() {
        return parent;
    }

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return Class.forName(name, false, this);
    }

    private static final class AppLoader extends ClassLoader {
        static final AppLoader INSTANCE = new AppLoader();
    }

    public static ClassLoader getSystemClassLoader() {
        return AppLoader.INSTANCE;
    }

    public static ClassLoader getPlatformClassLoader() {
        return null;
    }
}
