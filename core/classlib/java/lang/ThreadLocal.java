// Per-thread variables: each thread keeps its own value, made by initialValue on first get.
package java.lang;

import java.util.function.Supplier;

public class ThreadLocal<T> {
    public ThreadLocal() {
    }

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(final Supplier<? extends S> supplier) {
        if (supplier == null) {
            throw new NullPointerException();
        }
        return new ThreadLocal<S>() {
            @Override
            protected S initialValue() {
                return supplier.get();
            }
        };
    }

    private static int find(Thread t, ThreadLocal<?> key) {
        for (int i = 0; i < t.localCount; i++) {
            if (t.localKeys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        int i = find(t, this);
        if (i >= 0) {
            return (T) t.localValues[i];
        }
        T v = initialValue();
        set(v);
        return v;
    }

    public void set(T value) {
        Thread t = Thread.currentThread();
        int i = find(t, this);
        if (i >= 0) {
            t.localValues[i] = value;
            return;
        }
        if (t.localKeys == null) {
            t.localKeys = new ThreadLocal<?>[4];
            t.localValues = new Object[4];
        } else if (t.localCount == t.localKeys.length) {
            ThreadLocal<?>[] k = new ThreadLocal<?>[t.localCount * 2];
            Object[] v = new Object[t.localCount * 2];
            System.arraycopy(t.localKeys, 0, k, 0, t.localCount);
            System.arraycopy(t.localValues, 0, v, 0, t.localCount);
            t.localKeys = k;
            t.localValues = v;
        }
        t.localKeys[t.localCount] = this;
        t.localValues[t.localCount] = value;
        t.localCount++;
    }

    public void remove() {
        Thread t = Thread.currentThread();
        int i = find(t, this);
        if (i < 0) {
            return;
        }
        t.localCount--;
        t.localKeys[i] = t.localKeys[t.localCount];
        t.localValues[i] = t.localValues[t.localCount];
        t.localKeys[t.localCount] = null;
        t.localValues[t.localCount] = null;
    }
}
