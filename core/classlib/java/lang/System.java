// The standard streams, system properties, time, and the VM's array copy and identity hash.
package java.lang;

import djsim.rt.FdInputStream;
import djsim.rt.FdOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

public final class System {
    public static final InputStream in;
    public static final PrintStream out;
    public static final PrintStream err;

    // System properties, as parallel arrays (java.util's maps depend on too much of this class).
    private static String[] propKeys;
    private static String[] propValues;
    private static int propCount;
    private static final String lineSeparator;

    static {
        in = new FdInputStream(0);
        out = new PrintStream(new FdOutputStream(1), true);
        err = new PrintStream(new FdOutputStream(2), true);
        String[] props = vmProperties();
        propKeys = new String[props.length + 8];
        propValues = new String[props.length + 8];
        for (String p : props) {
            int eq = p.indexOf('=');
            if (eq > 0) {
                putProperty(p.substring(0, eq), p.substring(eq + 1));
            }
        }
        if (findProperty("line.separator") < 0) {
            putProperty("line.separator", "\n");
        }
        if (findProperty("file.encoding") < 0) {
            putProperty("file.encoding", "UTF-8");
        }
        lineSeparator = propValues[findProperty("line.separator")];
    }

    private System() {
    }

    /** "key=value" for java.version, os.name, line.separator, user.dir, ..., and the -D properties. */
    private static native String[] vmProperties();

    private static native void setIn0(InputStream in);

    private static native void setOut0(PrintStream out);

    private static native void setErr0(PrintStream err);

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native long nanoTime();

    public static native long currentTimeMillis();

    public static native int identityHashCode(Object x);

    public static void setIn(InputStream in) {
        setIn0(in);
    }

    public static void setOut(PrintStream out) {
        setOut0(out);
    }

    public static void setErr(PrintStream err) {
        setErr0(err);
    }

    // ---- Properties ------------------------------------------------------------------------

    private static int findProperty(String key) {
        for (int i = 0; i < propCount; i++) {
            if (propKeys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Sets key to value (null removes it); returns the previous value. */
    private static synchronized String putProperty(String key, String value) {
        int i = findProperty(key);
        if (i >= 0) {
            String old = propValues[i];
            if (value != null) {
                propValues[i] = value;
            } else {
                propCount--;
                propKeys[i] = propKeys[propCount];
                propValues[i] = propValues[propCount];
                propKeys[propCount] = null;
                propValues[propCount] = null;
            }
            return old;
        }
        if (value == null) {
            return null;
        }
        if (propCount == propKeys.length) {
            String[] k = new String[propCount * 2 + 8];
            String[] v = new String[propCount * 2 + 8];
            arraycopy(propKeys, 0, k, 0, propCount);
            arraycopy(propValues, 0, v, 0, propCount);
            propKeys = k;
            propValues = v;
        }
        propKeys[propCount] = key;
        propValues[propCount] = value;
        propCount++;
        return null;
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    public static String getProperty(String key) {
        checkKey(key);
        synchronized (System.class) {
            int i = findProperty(key);
            return i < 0 ? null : propValues[i];
        }
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        return putProperty(key, value);
    }

    public static String clearProperty(String key) {
        checkKey(key);
        return putProperty(key, null);
    }

    public static String lineSeparator() {
        return lineSeparator;
    }

    /** The VM gives programs no environment: every variable is unset. */
    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return null;
    }

    @Deprecated
    public static SecurityManager getSecurityManager() {
        return null;
    }

    // ---- The VM ----------------------------------------------------------------------------

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static void runFinalization() {
    }
}
