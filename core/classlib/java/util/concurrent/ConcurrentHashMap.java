// A hash table for concurrent use, laid out exactly as the JDK's so that it iterates in the same order.
package java.util.concurrent;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.DoubleBinaryOperator;

/**
 * A power-of-two table of bins indexed by the spread hash, as in the JDK: a bin is a list
 * (new keys appended), a "tree" bin once it holds more than eight keys in a table of 64 or
 * more (new keys prepended to its list, as the JDK's tree bins do), a forwarding node while
 * the table is being doubled, or a reservation while computeIfAbsent/compute runs for an
 * empty bin. Sizing follows the JDK's rules to the letter (the table doubles when the count
 * reaches 3/4 of it; putAll and the constructors presize the same way; a resize splits each
 * list keeping its longest tail and prepending the rest), so a map built by one thread
 * iterates in HotSpot's order. Tree bins keep only their list: lookups in them are linear.
 *
 * Writers lock the first node of their bin; one thread at a time doubles the table, and
 * writers that meet a moved bin go on in the new table. Counts, the sizing control and
 * compare-and-set of empty bins are guarded by `ctl`.
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private static final long serialVersionUID = 7249069246763182397L;

    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final float LOAD_FACTOR = 0.75f;
    static final int TREEIFY_THRESHOLD = 8;
    static final int UNTREEIFY_THRESHOLD = 6;
    static final int MIN_TREEIFY_CAPACITY = 64;

    // Hashes of the special nodes.
    static final int MOVED = -1;
    static final int TREEBIN = -2;
    static final int RESERVED = -3;
    static final int HASH_BITS = 0x7fffffff;

    /** A key-value entry of a bin's list. */
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        volatile V val;
        volatile Node<K, V> next;

        Node(int hash, K key, V val) {
            this.hash = hash;
            this.key = key;
            this.val = val;
        }

        Node(int hash, K key, V val, Node<K, V> next) {
            this(hash, key, val);
            this.next = next;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return val;
        }

        public final int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public final String toString() {
            return key + "=" + val;
        }

        public final V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        public final boolean equals(Object o) {
            Object k;
            Object v;
            Object u;
            Map.Entry<?, ?> e;
            return (o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && (k == key || k.equals(key)) && (v == (u = val) || v.equals(u));
        }

        /** The node of key k (hash h) in the list starting here. */
        Node<K, V> find(int h, Object k) {
            Node<K, V> e = this;
            if (k != null) {
                do {
                    K ek;
                    if (e.hash == h && ((ek = e.key) == k || (ek != null && k.equals(ek)))) {
                        return e;
                    }
                } while ((e = e.next) != null);
            }
            return null;
        }
    }

    /** Put in a bin of the old table once it has moved to the next one. */
    static final class ForwardingNode<K, V> extends Node<K, V> {
        final Node<K, V>[] nextTable;

        ForwardingNode(Node<K, V>[] tab) {
            super(MOVED, null, null);
            this.nextTable = tab;
        }

        Node<K, V> find(int h, Object k) {
            Node<K, V>[] tab = nextTable;
            Node<K, V> e = tab[(tab.length - 1) & h];
            return e == null ? null : e.find(h, k);
        }
    }

    /** Holds an empty bin while computeIfAbsent or compute runs the user's function. */
    static final class ReservationNode<K, V> extends Node<K, V> {
        ReservationNode() {
            super(RESERVED, null, null);
        }

        Node<K, V> find(int h, Object k) {
            return null;
        }
    }

    /** A node of a tree bin: in its list (next, prev) and in its red-black tree. */
    static final class TreeNode<K, V> extends Node<K, V> {
        TreeNode<K, V> parent;
        TreeNode<K, V> left;
        TreeNode<K, V> right;
        TreeNode<K, V> prev;
        boolean red;

        TreeNode(int hash, K key, V val, Node<K, V> next, TreeNode<K, V> parent) {
            super(hash, key, val, next);
            this.parent = parent;
        }
    }

    /**
     * A bin of many keys: a red-black tree ordered by hash, then by compareTo when the keys
     * are mutually Comparable, then by class name and identity hash; and a list of the same
     * nodes, newest first, which is the order iterators see. The tree's shape matters beyond
     * lookups: a removal turns the bin back into a list when the tree is small by shape, so
     * insertion and deletion rebalance exactly as the classic (CLR) algorithms prescribe.
     */
    static final class TreeBin<K, V> extends Node<K, V> {
        TreeNode<K, V> root;
        volatile TreeNode<K, V> first;

        /** Builds the tree of the list b, inserting its nodes in list order. */
        TreeBin(TreeNode<K, V> b) {
            super(TREEBIN, null, null);
            this.first = b;
            TreeNode<K, V> r = null;
            for (TreeNode<K, V> x = b, next; x != null; x = next) {
                next = (TreeNode<K, V>) x.next;
                x.left = null;
                x.right = null;
                if (r == null) {
                    x.parent = null;
                    x.red = false;
                    r = x;
                    continue;
                }
                K k = x.key;
                int h = x.hash;
                Class<?> kc = null;
                for (TreeNode<K, V> p = r;;) {
                    int dir;
                    int ph = p.hash;
                    if (ph > h) {
                        dir = -1;
                    } else if (ph < h) {
                        dir = 1;
                    } else if ((kc == null && (kc = comparableClassFor(k)) == null)
                            || (dir = compareComparables(kc, k, p.key)) == 0) {
                        dir = tieBreakOrder(k, p.key);
                    }
                    TreeNode<K, V> xp = p;
                    p = dir <= 0 ? p.left : p.right;
                    if (p == null) {
                        x.parent = xp;
                        if (dir <= 0) {
                            xp.left = x;
                        } else {
                            xp.right = x;
                        }
                        r = balanceInsertion(r, x);
                        break;
                    }
                }
            }
            this.root = r;
        }

        /** The class of x if it is "class C implements Comparable<C>" (approximated: C lists Comparable). */
        static Class<?> comparableClassFor(Object x) {
            if (!(x instanceof Comparable)) {
                return null;
            }
            Class<?> c = x.getClass();
            if (c == String.class) {
                return c;
            }
            for (Class<?> i : c.getInterfaces()) {
                if (i == Comparable.class) {
                    return c;
                }
            }
            return null;
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        static int compareComparables(Class<?> kc, Object k, Object x) {
            return (x == null || x.getClass() != kc) ? 0 : ((Comparable) k).compareTo(x);
        }

        /** Orders keys of equal hash that compareTo cannot: by class name, then identity hash. */
        static int tieBreakOrder(Object a, Object b) {
            int d;
            if (a == null || b == null || (d = a.getClass().getName().compareTo(b.getClass().getName())) == 0) {
                d = (System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1);
            }
            return d;
        }

        /** Searches the subtree of p for key k (hash h). */
        static <K, V> TreeNode<K, V> findTreeNode(TreeNode<K, V> p, int h, Object k, Class<?> kc) {
            if (k == null) {
                return null;
            }
            while (p != null) {
                TreeNode<K, V> pl = p.left;
                TreeNode<K, V> pr = p.right;
                int ph = p.hash;
                K pk;
                int dir;
                if (ph > h) {
                    p = pl;
                } else if (ph < h) {
                    p = pr;
                } else if ((pk = p.key) == k || (pk != null && k.equals(pk))) {
                    return p;
                } else if (pl == null) {
                    p = pr;
                } else if (pr == null) {
                    p = pl;
                } else if ((kc != null || (kc = comparableClassFor(k)) != null)
                        && (dir = compareComparables(kc, k, pk)) != 0) {
                    p = dir < 0 ? pl : pr;
                } else {
                    TreeNode<K, V> q = findTreeNode(pr, h, k, kc);
                    if (q != null) {
                        return q;
                    }
                    p = pl;
                }
            }
            return null;
        }

        Node<K, V> find(int h, Object k) {
            return findTreeNode(root, h, k, null);
        }

        /** The node of k, or null after adding a new node for it (at the front of the list). */
        TreeNode<K, V> putTreeVal(int h, K k, V v) {
            Class<?> kc = null;
            boolean searched = false;
            for (TreeNode<K, V> p = root;;) {
                int dir;
                int ph;
                K pk;
                if (p == null) {
                    first = root = new TreeNode<K, V>(h, k, v, null, null);
                    return null;
                } else if ((ph = p.hash) > h) {
                    dir = -1;
                } else if (ph < h) {
                    dir = 1;
                } else if ((pk = p.key) == k || (pk != null && k.equals(pk))) {
                    return p;
                } else if ((kc == null && (kc = comparableClassFor(k)) == null)
                        || (dir = compareComparables(kc, k, pk)) == 0) {
                    if (!searched) {
                        searched = true;
                        TreeNode<K, V> q;
                        if ((p.left != null && (q = findTreeNode(p.left, h, k, kc)) != null)
                                || (p.right != null && (q = findTreeNode(p.right, h, k, kc)) != null)) {
                            return q;
                        }
                    }
                    dir = tieBreakOrder(k, pk);
                }
                TreeNode<K, V> xp = p;
                p = dir <= 0 ? p.left : p.right;
                if (p == null) {
                    TreeNode<K, V> f = first;
                    TreeNode<K, V> x = new TreeNode<K, V>(h, k, v, f, xp);
                    first = x;
                    if (f != null) {
                        f.prev = x;
                    }
                    if (dir <= 0) {
                        xp.left = x;
                    } else {
                        xp.right = x;
                    }
                    if (!xp.red) {
                        x.red = true;
                    } else {
                        root = balanceInsertion(root, x);
                    }
                    return null;
                }
            }
        }

        /**
         * Removes p; true if the bin should become a list again instead (the tree is then left
         * as it was): when its root lacks a child or its left child lacks a left child.
         */
        boolean removeTreeNode(TreeNode<K, V> p) {
            TreeNode<K, V> next = (TreeNode<K, V>) p.next;
            TreeNode<K, V> pred = p.prev;
            if (pred == null) {
                first = next;
            } else {
                pred.next = next;
            }
            if (next != null) {
                next.prev = pred;
            }
            if (first == null) {
                root = null;
                return true;
            }
            TreeNode<K, V> r = root;
            if (r == null || r.right == null || r.left == null || r.left.left == null) {
                return true;
            }
            TreeNode<K, V> replacement;
            TreeNode<K, V> pl = p.left;
            TreeNode<K, V> pr = p.right;
            if (pl != null && pr != null) {
                // Two children: p trades places (and colours) with its successor s.
                TreeNode<K, V> s = pr;
                while (s.left != null) {
                    s = s.left;
                }
                boolean c = s.red;
                s.red = p.red;
                p.red = c;
                TreeNode<K, V> sr = s.right;
                TreeNode<K, V> pp = p.parent;
                if (s == pr) {
                    p.parent = s;
                    s.right = p;
                } else {
                    TreeNode<K, V> sp = s.parent;
                    p.parent = sp;
                    if (sp != null) {
                        if (s == sp.left) {
                            sp.left = p;
                        } else {
                            sp.right = p;
                        }
                    }
                    s.right = pr;
                    pr.parent = s;
                }
                p.left = null;
                p.right = sr;
                if (sr != null) {
                    sr.parent = p;
                }
                s.left = pl;
                pl.parent = s;
                s.parent = pp;
                if (pp == null) {
                    r = s;
                } else if (p == pp.left) {
                    pp.left = s;
                } else {
                    pp.right = s;
                }
                replacement = sr != null ? sr : p;
            } else if (pl != null) {
                replacement = pl;
            } else if (pr != null) {
                replacement = pr;
            } else {
                replacement = p;
            }
            if (replacement != p) {
                TreeNode<K, V> pp = p.parent;
                replacement.parent = pp;
                if (pp == null) {
                    r = replacement;
                } else if (p == pp.left) {
                    pp.left = replacement;
                } else {
                    pp.right = replacement;
                }
                p.left = null;
                p.right = null;
                p.parent = null;
            }
            root = p.red ? r : balanceDeletion(r, replacement);
            if (p == replacement) {
                TreeNode<K, V> pp = p.parent;
                if (pp != null) {
                    if (p == pp.left) {
                        pp.left = null;
                    } else if (p == pp.right) {
                        pp.right = null;
                    }
                    p.parent = null;
                }
            }
            return false;
        }

        static <K, V> TreeNode<K, V> rotateLeft(TreeNode<K, V> root, TreeNode<K, V> p) {
            TreeNode<K, V> r;
            if (p != null && (r = p.right) != null) {
                TreeNode<K, V> rl = r.left;
                p.right = rl;
                if (rl != null) {
                    rl.parent = p;
                }
                TreeNode<K, V> pp = p.parent;
                r.parent = pp;
                if (pp == null) {
                    root = r;
                    r.red = false;
                } else if (pp.left == p) {
                    pp.left = r;
                } else {
                    pp.right = r;
                }
                r.left = p;
                p.parent = r;
            }
            return root;
        }

        static <K, V> TreeNode<K, V> rotateRight(TreeNode<K, V> root, TreeNode<K, V> p) {
            TreeNode<K, V> l;
            if (p != null && (l = p.left) != null) {
                TreeNode<K, V> lr = l.right;
                p.left = lr;
                if (lr != null) {
                    lr.parent = p;
                }
                TreeNode<K, V> pp = p.parent;
                l.parent = pp;
                if (pp == null) {
                    root = l;
                    l.red = false;
                } else if (pp.right == p) {
                    pp.right = l;
                } else {
                    pp.left = l;
                }
                l.right = p;
                p.parent = l;
            }
            return root;
        }

        /** Restores the red-black rules after x was linked in as a leaf; returns the root. */
        static <K, V> TreeNode<K, V> balanceInsertion(TreeNode<K, V> root, TreeNode<K, V> x) {
            x.red = true;
            for (;;) {
                TreeNode<K, V> xp = x.parent;
                TreeNode<K, V> xpp;
                if (xp == null) {
                    x.red = false;
                    return x;
                }
                if (!xp.red || (xpp = xp.parent) == null) {
                    return root;
                }
                TreeNode<K, V> xppl = xpp.left;
                if (xp == xppl) {
                    TreeNode<K, V> uncle = xpp.right;
                    if (uncle != null && uncle.red) {
                        uncle.red = false;
                        xp.red = false;
                        xpp.red = true;
                        x = xpp;
                    } else {
                        if (x == xp.right) {
                            x = xp;
                            root = rotateLeft(root, x);
                            xp = x.parent;
                            xpp = xp == null ? null : xp.parent;
                        }
                        if (xp != null) {
                            xp.red = false;
                            if (xpp != null) {
                                xpp.red = true;
                                root = rotateRight(root, xpp);
                            }
                        }
                    }
                } else {
                    if (xppl != null && xppl.red) {
                        xppl.red = false;
                        xp.red = false;
                        xpp.red = true;
                        x = xpp;
                    } else {
                        if (x == xp.left) {
                            x = xp;
                            root = rotateRight(root, x);
                            xp = x.parent;
                            xpp = xp == null ? null : xp.parent;
                        }
                        if (xp != null) {
                            xp.red = false;
                            if (xpp != null) {
                                xpp.red = true;
                                root = rotateLeft(root, xpp);
                            }
                        }
                    }
                }
            }
        }

        /** Restores the red-black rules after a black node was removed above x; returns the root. */
        static <K, V> TreeNode<K, V> balanceDeletion(TreeNode<K, V> root, TreeNode<K, V> x) {
            for (;;) {
                TreeNode<K, V> xp;
                if (x == null || x == root) {
                    return root;
                } else if ((xp = x.parent) == null) {
                    x.red = false;
                    return x;
                } else if (x.red) {
                    x.red = false;
                    return root;
                }
                TreeNode<K, V> xpl = xp.left;
                if (xpl == x) {
                    TreeNode<K, V> xpr = xp.right;
                    if (xpr != null && xpr.red) {
                        xpr.red = false;
                        xp.red = true;
                        root = rotateLeft(root, xp);
                        xp = x.parent;
                        xpr = xp == null ? null : xp.right;
                    }
                    if (xpr == null) {
                        x = xp;
                        continue;
                    }
                    TreeNode<K, V> sl = xpr.left;
                    TreeNode<K, V> sr = xpr.right;
                    if ((sr == null || !sr.red) && (sl == null || !sl.red)) {
                        xpr.red = true;
                        x = xp;
                        continue;
                    }
                    if (sr == null || !sr.red) {
                        if (sl != null) {
                            sl.red = false;
                        }
                        xpr.red = true;
                        root = rotateRight(root, xpr);
                        xp = x.parent;
                        xpr = xp == null ? null : xp.right;
                    }
                    if (xpr != null) {
                        xpr.red = xp == null ? false : xp.red;
                        if ((sr = xpr.right) != null) {
                            sr.red = false;
                        }
                    }
                    if (xp != null) {
                        xp.red = false;
                        root = rotateLeft(root, xp);
                    }
                    x = root;
                } else {
                    if (xpl != null && xpl.red) {
                        xpl.red = false;
                        xp.red = true;
                        root = rotateRight(root, xp);
                        xp = x.parent;
                        xpl = xp == null ? null : xp.left;
                    }
                    if (xpl == null) {
                        x = xp;
                        continue;
                    }
                    TreeNode<K, V> sl = xpl.left;
                    TreeNode<K, V> sr = xpl.right;
                    if ((sl == null || !sl.red) && (sr == null || !sr.red)) {
                        xpl.red = true;
                        x = xp;
                        continue;
                    }
                    if (sl == null || !sl.red) {
                        if (sr != null) {
                            sr.red = false;
                        }
                        xpl.red = true;
                        root = rotateLeft(root, xpl);
                        xp = x.parent;
                        xpl = xp == null ? null : xp.left;
                    }
                    if (xpl != null) {
                        xpl.red = xp == null ? false : xp.red;
                        if ((sl = xpl.left) != null) {
                            sl.red = false;
                        }
                    }
                    if (xp != null) {
                        xp.red = false;
                        root = rotateRight(root, xp);
                    }
                    x = root;
                }
            }
        }
    }

    transient volatile Node<K, V>[] table;
    /** Before the table exists: its initial size (0 for the default); then: the count that doubles it. */
    private transient volatile int sizeCtl;
    private transient long baseCount;
    private transient boolean resizing;
    private final transient Object ctl = new Object();

    private transient KeySetView<K, V> keySet;
    private transient ValuesView<K, V> values;
    private transient EntrySetView<K, V> entrySet;

    static final int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    private boolean casTabAt(Node<K, V>[] tab, int i, Node<K, V> c, Node<K, V> v) {
        synchronized (ctl) {
            if (tab[i] != c) {
                return false;
            }
            tab[i] = v;
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Node<K, V>[] newTable(int n) {
        return (Node<K, V>[]) new Node<?, ?>[n];
    }

    // ---- Construction ----

    public ConcurrentHashMap() {
    }

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, LOAD_FACTOR, 1);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this.sizeCtl = DEFAULT_CAPACITY;
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        if (initialCapacity < concurrencyLevel) {
            initialCapacity = concurrencyLevel;
        }
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        this.sizeCtl = (size >= (long) MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    // ---- Table management ----

    private Node<K, V>[] initTable() {
        synchronized (ctl) {
            Node<K, V>[] tab = table;
            if (tab == null || tab.length == 0) {
                int sc = sizeCtl;
                int n = (sc > 0) ? sc : DEFAULT_CAPACITY;
                tab = newTable(n);
                table = tab;
                sizeCtl = n - (n >>> 2);
            }
            return tab;
        }
    }

    private long sumCount() {
        synchronized (ctl) {
            return baseCount;
        }
    }

    /** Adds x to the count; if check >= 0, doubles the table while the count calls for it. */
    private void addCount(long x, int check) {
        long s;
        synchronized (ctl) {
            s = baseCount += x;
        }
        if (check >= 0) {
            Node<K, V>[] tab;
            while (s >= (long) sizeCtl && (tab = table) != null && tab.length < MAXIMUM_CAPACITY) {
                if (!transfer(tab)) {
                    break;
                }
                s = sumCount();
            }
        }
    }

    /** Grows the table towards `size` entries, as putAll and treeifyBin do before adding. */
    private void tryPresize(int size) {
        int c = (size >= (MAXIMUM_CAPACITY >>> 1)) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        for (;;) {
            int sc = sizeCtl;
            Node<K, V>[] tab = table;
            int n;
            if (tab == null || (n = tab.length) == 0) {
                n = (sc > c) ? sc : c;
                synchronized (ctl) {
                    if (table == tab) {
                        table = newTable(n);
                        sizeCtl = n - (n >>> 2);
                    }
                }
            } else if (c <= sc || n >= MAXIMUM_CAPACITY) {
                break;
            } else if (!transfer(tab)) {
                break;
            }
        }
    }

    /**
     * Doubles `tab` unless another thread is at it or did it already; false then. Each bin is
     * split into its low and high halves: the longest tail whose nodes all go the same way is
     * kept as is, and the nodes before it are copied in front of their half (so in reverse),
     * exactly as the JDK does.
     */
    private boolean transfer(Node<K, V>[] tab) {
        synchronized (ctl) {
            if (resizing || table != tab) {
                return false;
            }
            resizing = true;
        }
        try {
            int n = tab.length;
            Node<K, V>[] nextTab = newTable(n << 1);
            ForwardingNode<K, V> fwd = new ForwardingNode<K, V>(nextTab);
            for (int i = n - 1; i >= 0; i--) {
                for (;;) {
                    Node<K, V> f = tab[i];
                    if (f == null) {
                        if (casTabAt(tab, i, null, fwd)) {
                            break;
                        }
                        continue;
                    }
                    if (f instanceof ForwardingNode) { // left by a transfer that failed
                        Node<K, V>[] older = ((ForwardingNode<K, V>) f).nextTable;
                        nextTab[i] = older[i];
                        nextTab[i + n] = older[i + n];
                        tab[i] = fwd;
                        break;
                    }
                    synchronized (f) {
                        if (tab[i] != f) {
                            continue;
                        }
                        Node<K, V> ln;
                        Node<K, V> hn;
                        if (f.hash >= 0) {
                            int runBit = f.hash & n;
                            Node<K, V> lastRun = f;
                            for (Node<K, V> p = f.next; p != null; p = p.next) {
                                int b = p.hash & n;
                                if (b != runBit) {
                                    runBit = b;
                                    lastRun = p;
                                }
                            }
                            if (runBit == 0) {
                                ln = lastRun;
                                hn = null;
                            } else {
                                hn = lastRun;
                                ln = null;
                            }
                            for (Node<K, V> p = f; p != lastRun; p = p.next) {
                                if ((p.hash & n) == 0) {
                                    ln = new Node<K, V>(p.hash, p.key, p.val, ln);
                                } else {
                                    hn = new Node<K, V>(p.hash, p.key, p.val, hn);
                                }
                            }
                        } else if (f instanceof TreeBin) {
                            TreeBin<K, V> t = (TreeBin<K, V>) f;
                            TreeNode<K, V> lo = null;
                            TreeNode<K, V> loTail = null;
                            TreeNode<K, V> hi = null;
                            TreeNode<K, V> hiTail = null;
                            int lc = 0;
                            int hc = 0;
                            for (Node<K, V> e = t.first; e != null; e = e.next) {
                                TreeNode<K, V> p = new TreeNode<K, V>(e.hash, e.key, e.val, null, null);
                                if ((e.hash & n) == 0) {
                                    p.prev = loTail;
                                    if (loTail == null) {
                                        lo = p;
                                    } else {
                                        loTail.next = p;
                                    }
                                    loTail = p;
                                    ++lc;
                                } else {
                                    p.prev = hiTail;
                                    if (hiTail == null) {
                                        hi = p;
                                    } else {
                                        hiTail.next = p;
                                    }
                                    hiTail = p;
                                    ++hc;
                                }
                            }
                            ln = (lc <= UNTREEIFY_THRESHOLD) ? untreeify(lo) : (hc != 0) ? new TreeBin<K, V>(lo) : t;
                            hn = (hc <= UNTREEIFY_THRESHOLD) ? untreeify(hi) : (lc != 0) ? new TreeBin<K, V>(hi) : t;
                        } else {
                            throw new IllegalStateException("Recursive update");
                        }
                        nextTab[i] = ln;
                        nextTab[i + n] = hn;
                        tab[i] = fwd;
                        break;
                    }
                }
            }
            synchronized (ctl) {
                table = nextTab;
                sizeCtl = (n << 1) - (n >>> 1);
            }
            return true;
        } finally {
            synchronized (ctl) {
                resizing = false;
            }
        }
    }

    /** A list bin that grew long: a tree bin in a big table, else a bigger table. */
    private void treeifyBin(Node<K, V>[] tab, int index) {
        if (tab == null) {
            return;
        }
        if (tab.length < MIN_TREEIFY_CAPACITY) {
            tryPresize(tab.length << 1);
            return;
        }
        Node<K, V> b = tab[index];
        if (b != null && b.hash >= 0) {
            synchronized (b) {
                if (tab[index] == b) {
                    TreeNode<K, V> hd = null;
                    TreeNode<K, V> tl = null;
                    for (Node<K, V> e = b; e != null; e = e.next) {
                        TreeNode<K, V> p = new TreeNode<K, V>(e.hash, e.key, e.val, null, null);
                        p.prev = tl;
                        if (tl == null) {
                            hd = p;
                        } else {
                            tl.next = p;
                        }
                        tl = p;
                    }
                    tab[index] = new TreeBin<K, V>(hd);
                }
            }
        }
    }

    /** The list of a tree bin that became small, as plain nodes in the same order. */
    private static <K, V> Node<K, V> untreeify(Node<K, V> b) {
        Node<K, V> hd = null;
        Node<K, V> tl = null;
        for (Node<K, V> q = b; q != null; q = q.next) {
            Node<K, V> p = new Node<K, V>(q.hash, q.key, q.val);
            if (tl == null) {
                hd = p;
            } else {
                tl.next = p;
            }
            tl = p;
        }
        return hd;
    }

    // ---- Map ----

    public int size() {
        long n = sumCount();
        return (n < 0L) ? 0 : (n > (long) Integer.MAX_VALUE) ? Integer.MAX_VALUE : (int) n;
    }

    public boolean isEmpty() {
        return sumCount() <= 0L;
    }

    public V get(Object key) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        Node<K, V> e;
        if (tab != null && tab.length > 0 && (e = tab[(tab.length - 1) & h]) != null) {
            int eh = e.hash;
            K ek;
            if (eh == h) {
                if ((ek = e.key) == key || (ek != null && key.equals(ek))) {
                    return e.val;
                }
            } else if (eh < 0) {
                Node<K, V> p = e.find(h, key);
                return p != null ? p.val : null;
            }
            while ((e = e.next) != null) {
                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                    return e.val;
                }
            }
        }
        return null;
    }

    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    public boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            V v = p.val;
            if (v == value || (v != null && value.equals(v))) {
                return true;
            }
        }
        return false;
    }

    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    final V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        int hash = spread(key.hashCode());
        int binCount = 0;
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int n;
            int i;
            int fh;
            K fk;
            V fv;
            if (tab == null || (n = tab.length) == 0) {
                tab = initTable();
            } else if ((f = tab[i = (n - 1) & hash]) == null) {
                if (casTabAt(tab, i, null, new Node<K, V>(hash, key, value))) {
                    break;
                }
            } else if ((fh = f.hash) == MOVED) {
                tab = ((ForwardingNode<K, V>) f).nextTable;
            } else if (onlyIfAbsent && fh == hash && ((fk = f.key) == key || (fk != null && key.equals(fk)))
                    && (fv = f.val) != null) {
                return fv;
            } else {
                V oldVal = null;
                synchronized (f) {
                    if (tab[i] == f) {
                        if (fh >= 0) {
                            binCount = 1;
                            for (Node<K, V> e = f;; ++binCount) {
                                K ek;
                                if (e.hash == hash && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                                    oldVal = e.val;
                                    if (!onlyIfAbsent) {
                                        e.val = value;
                                    }
                                    break;
                                }
                                Node<K, V> pred = e;
                                if ((e = e.next) == null) {
                                    pred.next = new Node<K, V>(hash, key, value);
                                    break;
                                }
                            }
                        } else if (f instanceof TreeBin) {
                            binCount = 2;
                            TreeNode<K, V> p = ((TreeBin<K, V>) f).putTreeVal(hash, key, value);
                            if (p != null) {
                                oldVal = p.val;
                                if (!onlyIfAbsent) {
                                    p.val = value;
                                }
                            }
                        } else if (f instanceof ReservationNode) {
                            throw new IllegalStateException("Recursive update");
                        }
                    }
                }
                if (binCount != 0) {
                    if (binCount >= TREEIFY_THRESHOLD) {
                        treeifyBin(tab, i);
                    }
                    if (oldVal != null) {
                        return oldVal;
                    }
                    break;
                }
            }
        }
        addCount(1L, binCount);
        return null;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        tryPresize(m.size());
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            putVal(e.getKey(), e.getValue(), false);
        }
    }

    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    /** Replaces (value != null) or removes the node of key, if its value is cv (null: any). */
    final V replaceNode(Object key, V value, Object cv) {
        int hash = spread(key.hashCode());
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int n;
            int i;
            int fh;
            if (tab == null || (n = tab.length) == 0 || (f = tab[i = (n - 1) & hash]) == null) {
                break;
            } else if ((fh = f.hash) == MOVED) {
                tab = ((ForwardingNode<K, V>) f).nextTable;
            } else {
                V oldVal = null;
                boolean validated = false;
                synchronized (f) {
                    if (tab[i] == f) {
                        if (fh >= 0) {
                            validated = true;
                            for (Node<K, V> e = f, pred = null;;) {
                                K ek;
                                if (e.hash == hash && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                                    V ev = e.val;
                                    if (cv == null || cv == ev || (ev != null && cv.equals(ev))) {
                                        oldVal = ev;
                                        if (value != null) {
                                            e.val = value;
                                        } else if (pred != null) {
                                            pred.next = e.next;
                                        } else {
                                            tab[i] = e.next;
                                        }
                                    }
                                    break;
                                }
                                pred = e;
                                if ((e = e.next) == null) {
                                    break;
                                }
                            }
                        } else if (f instanceof TreeBin) {
                            validated = true;
                            TreeBin<K, V> t = (TreeBin<K, V>) f;
                            TreeNode<K, V> p = (TreeNode<K, V>) t.find(hash, key);
                            if (p != null) {
                                V pv = p.val;
                                if (cv == null || cv == pv || (pv != null && cv.equals(pv))) {
                                    oldVal = pv;
                                    if (value != null) {
                                        p.val = value;
                                    } else if (t.removeTreeNode(p)) {
                                        tab[i] = untreeify(t.first);
                                    }
                                }
                            }
                        } else if (f instanceof ReservationNode) {
                            throw new IllegalStateException("Recursive update");
                        }
                    }
                }
                if (validated) {
                    if (oldVal != null) {
                        if (value == null) {
                            addCount(-1L, -1);
                        }
                        return oldVal;
                    }
                    break;
                }
            }
        }
        return null;
    }

    public void clear() {
        long delta = 0L;
        int i = 0;
        Node<K, V>[] tab = table;
        while (tab != null && i < tab.length) {
            Node<K, V> f = tab[i];
            if (f == null) {
                ++i;
            } else if (f.hash == MOVED) {
                tab = ((ForwardingNode<K, V>) f).nextTable;
                i = 0;
            } else {
                synchronized (f) {
                    if (tab[i] == f) {
                        Node<K, V> p = (f.hash >= 0) ? f : (f instanceof TreeBin) ? ((TreeBin<K, V>) f).first : null;
                        while (p != null) {
                            --delta;
                            p = p.next;
                        }
                        tab[i++] = null;
                    }
                }
            }
        }
        if (delta != 0L) {
            addCount(delta, -1);
        }
    }

    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        return ks != null ? ks : (keySet = new KeySetView<K, V>(this, null));
    }

    public Collection<V> values() {
        ValuesView<K, V> vs = values;
        return vs != null ? vs : (values = new ValuesView<K, V>(this));
    }

    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView<K, V> es = entrySet;
        return es != null ? es : (entrySet = new EntrySetView<K, V>(this));
    }

    public int hashCode() {
        int h = 0;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            h += p.key.hashCode() ^ p.val.hashCode();
        }
        return h;
    }

    public String toString() {
        Traverser<K, V> it = new Traverser<K, V>(table);
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        Node<K, V> p = it.advance();
        if (p != null) {
            for (;;) {
                K k = p.key;
                V v = p.val;
                sb.append(k == this ? "(this Map)" : k);
                sb.append('=');
                sb.append(v == this ? "(this Map)" : v);
                if ((p = it.advance()) == null) {
                    break;
                }
                sb.append(',').append(' ');
            }
        }
        return sb.append('}').toString();
    }

    public boolean equals(Object o) {
        if (o != this) {
            if (!(o instanceof Map)) {
                return false;
            }
            Map<?, ?> m = (Map<?, ?>) o;
            Traverser<K, V> it = new Traverser<K, V>(table);
            for (Node<K, V> p; (p = it.advance()) != null;) {
                V val = p.val;
                Object v = m.get(p.key);
                if (v == null || (v != val && !v.equals(val))) {
                    return false;
                }
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object mk;
                Object mv;
                Object v;
                if ((mk = e.getKey()) == null || (mv = e.getValue()) == null || (v = get(mk)) == null
                        || (mv != v && !mv.equals(v))) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- ConcurrentMap ----

    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    public boolean remove(Object key, Object value) {
        if (key == null) {
            throw new NullPointerException();
        }
        return value != null && replaceNode(key, null, value) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, newValue, oldValue) != null;
    }

    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, value, null);
    }

    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            action.accept(p.key, p.val);
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            V oldValue = p.val;
            for (K key = p.key;;) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) {
                    throw new NullPointerException();
                }
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) {
                    break;
                }
            }
        }
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        V val = null;
        int binCount = 0;
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int n;
            int i;
            int fh;
            K fk;
            V fv;
            if (tab == null || (n = tab.length) == 0) {
                tab = initTable();
            } else if ((f = tab[i = (n - 1) & h]) == null) {
                Node<K, V> r = new ReservationNode<K, V>();
                synchronized (r) {
                    if (casTabAt(tab, i, null, r)) {
                        binCount = 1;
                        Node<K, V> node = null;
                        try {
                            if ((val = mappingFunction.apply(key)) != null) {
                                node = new Node<K, V>(h, key, val);
                            }
                        } finally {
                            tab[i] = node;
                        }
                    }
                }
                if (binCount != 0) {
                    break;
                }
            } else if ((fh = f.hash) == MOVED) {
                tab = ((ForwardingNode<K, V>) f).nextTable;
            } else if (fh == h && ((fk = f.key) == key || (fk != null && key.equals(fk))) && (fv = f.val) != null) {
                return fv;
            } else {
                boolean added = false;
                synchronized (f) {
                    if (tab[i] == f) {
                        if (fh >= 0) {
                            binCount = 1;
                            for (Node<K, V> e = f;; ++binCount) {
                                K ek;
                                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                                    val = e.val;
                                    break;
                                }
                                Node<K, V> pred = e;
                                if ((e = e.next) == null) {
                                    if ((val = mappingFunction.apply(key)) != null) {
                                        if (pred.next != null) {
                                            throw new IllegalStateException("Recursive update");
                                        }
                                        added = true;
                                        pred.next = new Node<K, V>(h, key, val);
                                    }
                                    break;
                                }
                            }
                        } else if (f instanceof TreeBin) {
                            binCount = 2;
                            TreeBin<K, V> t = (TreeBin<K, V>) f;
                            TreeNode<K, V> p = (TreeNode<K, V>) t.find(h, key);
                            if (p != null) {
                                val = p.val;
                            } else if ((val = mappingFunction.apply(key)) != null) {
                                added = true;
                                t.putTreeVal(h, key, val);
                            }
                        } else if (f instanceof ReservationNode) {
                            throw new IllegalStateException("Recursive update");
                        }
                    }
                }
                if (binCount != 0) {
                    if (binCount >= TREEIFY_THRESHOLD) {
                        treeifyBin(tab, i);
                    }
                    if (!added) {
                        return val;
                    }
                    break;
                }
            }
        }
        if (val != null) {
            addCount(1L, binCount);
        }
        return val;
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        V val = null;
        int delta = 0;
        int binCount = 0;
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int n;
            int i;
            int fh;
            if (tab == null || (n = tab.length) == 0) {
                tab = initTable();
            } else if ((f = tab[i = (n - 1) & h]) == null) {
                break;
            } else if ((fh = f.hash) == MOVED) {
                tab = ((ForwardingNode<K, V>) f).nextTable;
            } else {
                synchronized (f) {
                    if (tab[i] == f) {
                        if (fh >= 0) {
                            binCount = 1;
                            for (Node<K, V> e = f, pred = null;; ++binCount) {
                                K ek;
                                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                                    val = remappingFunction.apply(key, e.val);
                                    if (val != null) {
                                        e.val = val;
                                    } else {
                                        delta = -1;
                                        Node<K, V> en = e.next;
                                        if (pred != null) {
                                            pred.next = en;
                                        } else {
                                            tab[i] = en;
                                        }
                                    }
                                    break;
                                }
                                pred = e;
                                if ((e = e.next) == null) {
                                    break;
                                }
                            }
                        } else if (f instanceof TreeBin) {
                            binCount = 2;
                            TreeBin<K, V> t = (TreeBin<K, V>) f;
                            TreeNode<K, V> p = (TreeNode<K, V>) t.find(h, key);
                            if (p != null) {
                                val = remappingFunction.apply(key, p.val);
                                if (val != null) {
                                    p.val = val;
                                } else {
                                    delta = -1;
                                    if (t.removeTreeNode(p)) {
                                        tab[i] = untreeify(t.first);
                                    }
                                }
                            }
                        } else if (f instanceof ReservationNode) {
                            throw new IllegalStateException("Recursive update");
                        }
                    }
                }
                if (binCount != 0) {
                    break;
                }
            }
        }
        if (delta != 0) {
            addCount((long) delta, binCount);
        }
        return val;
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        V val = null;
        int delta = 0;
        int binCount = 0;
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int n;
            int i;
            int fh;
            if (tab == null || (n = tab.length) == 0) {
                tab = initTable();
            } else if ((f = tab[i = (n - 1) & h]) == null) {
                Node<K, V> r = new ReservationNode<K, V>();
                synchronized (r) {
                    if (casTabAt(tab, i, null, r)) {
                        binCount = 1;
                        Node<K, V> node = null;
                        try {
                            if ((val = remappingFunction.apply(key, null)) != null) {
                                delta = 1;
                                node = new Node<K, V>(h, key, val);
                            }
                        } finally {
                            tab[i] = node;
                        }
                    }
                }
                if (binCount != 0) {
                    break;
                }
            } else if ((fh = f.hash) == MOVED) {
                tab = ((ForwardingNode<K, V>) f).nextTable;
            } else {
                synchronized (f) {
                    if (tab[i] == f) {
                        if (fh >= 0) {
                            binCount = 1;
                            for (Node<K, V> e = f, pred = null;; ++binCount) {
                                K ek;
                                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                                    val = remappingFunction.apply(key, e.val);
                                    if (val != null) {
                                        e.val = val;
                                    } else {
                                        delta = -1;
                                        Node<K, V> en = e.next;
                                        if (pred != null) {
                                            pred.next = en;
                                        } else {
                                            tab[i] = en;
                                        }
                                    }
                                    break;
                                }
                                pred = e;
                                if ((e = e.next) == null) {
                                    val = remappingFunction.apply(key, null);
                                    if (val != null) {
                                        if (pred.next != null) {
                                            throw new IllegalStateException("Recursive update");
                                        }
                                        delta = 1;
                                        pred.next = new Node<K, V>(h, key, val);
                                    }
                                    break;
                                }
                            }
                        } else if (f instanceof TreeBin) {
                            binCount = 1;
                            TreeBin<K, V> t = (TreeBin<K, V>) f;
                            TreeNode<K, V> p = (TreeNode<K, V>) t.find(h, key);
                            V pv = p == null ? null : p.val;
                            val = remappingFunction.apply(key, pv);
                            if (val != null) {
                                if (p != null) {
                                    p.val = val;
                                } else {
                                    delta = 1;
                                    t.putTreeVal(h, key, val);
                                }
                            } else if (p != null) {
                                delta = -1;
                                if (t.removeTreeNode(p)) {
                                    tab[i] = untreeify(t.first);
                                }
                            }
                        } else if (f instanceof ReservationNode) {
                            throw new IllegalStateException("Recursive update");
                        }
                    }
                }
                if (binCount != 0) {
                    if (binCount >= TREEIFY_THRESHOLD) {
                        treeifyBin(tab, i);
                    }
                    break;
                }
            }
        }
        if (delta != 0) {
            addCount((long) delta, binCount);
        }
        return val;
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        V val = null;
        int delta = 0;
        int binCount = 0;
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int n;
            int i;
            int fh;
            if (tab == null || (n = tab.length) == 0) {
                tab = initTable();
            } else if ((f = tab[i = (n - 1) & h]) == null) {
                if (casTabAt(tab, i, null, new Node<K, V>(h, key, value))) {
                    delta = 1;
                    val = value;
                    break;
                }
            } else if ((fh = f.hash) == MOVED) {
                tab = ((ForwardingNode<K, V>) f).nextTable;
            } else {
                synchronized (f) {
                    if (tab[i] == f) {
                        if (fh >= 0) {
                            binCount = 1;
                            for (Node<K, V> e = f, pred = null;; ++binCount) {
                                K ek;
                                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                                    val = remappingFunction.apply(e.val, value);
                                    if (val != null) {
                                        e.val = val;
                                    } else {
                                        delta = -1;
                                        Node<K, V> en = e.next;
                                        if (pred != null) {
                                            pred.next = en;
                                        } else {
                                            tab[i] = en;
                                        }
                                    }
                                    break;
                                }
                                pred = e;
                                if ((e = e.next) == null) {
                                    delta = 1;
                                    val = value;
                                    pred.next = new Node<K, V>(h, key, val);
                                    break;
                                }
                            }
                        } else if (f instanceof TreeBin) {
                            binCount = 2;
                            TreeBin<K, V> t = (TreeBin<K, V>) f;
                            TreeNode<K, V> p = (TreeNode<K, V>) t.find(h, key);
                            val = (p == null) ? value : remappingFunction.apply(p.val, value);
                            if (val != null) {
                                if (p != null) {
                                    p.val = val;
                                } else {
                                    delta = 1;
                                    t.putTreeVal(h, key, val);
                                }
                            } else if (p != null) {
                                delta = -1;
                                if (t.removeTreeNode(p)) {
                                    tab[i] = untreeify(t.first);
                                }
                            }
                        } else if (f instanceof ReservationNode) {
                            throw new IllegalStateException("Recursive update");
                        }
                    }
                }
                if (binCount != 0) {
                    if (binCount >= TREEIFY_THRESHOLD) {
                        treeifyBin(tab, i);
                    }
                    break;
                }
            }
        }
        if (delta != 0) {
            addCount((long) delta, binCount);
        }
        return val;
    }

    // ---- Legacy and bulk operations ----

    public boolean contains(Object value) {
        return containsValue(value);
    }

    public Enumeration<K> keys() {
        final KeyIterator<K, V> it = new KeyIterator<K, V>(table, this);
        return new Enumeration<K>() {
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            public K nextElement() {
                return it.next();
            }
        };
    }

    public Enumeration<V> elements() {
        final ValueIterator<K, V> it = new ValueIterator<K, V>(table, this);
        return new Enumeration<V>() {
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            public V nextElement() {
                return it.next();
            }
        };
    }

    public long mappingCount() {
        long n = sumCount();
        return (n < 0L) ? 0L : n;
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) {
            throw new NullPointerException();
        }
        return new KeySetView<K, V>(this, mappedValue);
    }

    // The bulk operations run sequentially, whatever the parallelism threshold.

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    public <U> void forEach(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            U u = transformer.apply(p.key, p.val);
            if (u != null) {
                action.accept(u);
            }
        }
    }

    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            U u = searchFunction.apply(p.key, p.val);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U reduce(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        U r = null;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            U u = transformer.apply(p.key, p.val);
            if (u != null) {
                r = (r == null) ? u : reducer.apply(r, u);
            }
        }
        return r;
    }

    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            action.accept(p.key);
        }
    }

    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            action.accept(p.val);
        }
    }

    public void forEachEntry(long parallelismThreshold, Consumer<? super Map.Entry<K, V>> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            action.accept(p);
        }
    }

    public <U> U searchKeys(long parallelismThreshold, Function<? super K, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            U u = searchFunction.apply(p.key);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U searchValues(long parallelismThreshold, Function<? super V, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            U u = searchFunction.apply(p.val);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {
        if (reducer == null) {
            throw new NullPointerException();
        }
        K r = null;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            K u = p.key;
            r = (r == null) ? u : u == null ? r : reducer.apply(r, u);
        }
        return r;
    }

    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        if (reducer == null) {
            throw new NullPointerException();
        }
        V r = null;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            V v = p.val;
            r = (r == null) ? v : reducer.apply(r, v);
        }
        return r;
    }

    public <U> U reduceValues(long parallelismThreshold, Function<? super V, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        U r = null;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            U u = transformer.apply(p.val);
            if (u != null) {
                r = (r == null) ? u : reducer.apply(r, u);
            }
        }
        return r;
    }

    public long reduceToLong(long parallelismThreshold, ToLongBiFunction<? super K, ? super V> transformer,
            long basis, LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(p.key, p.val));
        }
        return r;
    }

    public int reduceToInt(long parallelismThreshold, ToIntBiFunction<? super K, ? super V> transformer,
            int basis, IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        int r = basis;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            r = reducer.applyAsInt(r, transformer.applyAsInt(p.key, p.val));
        }
        return r;
    }

    public long reduceValuesToLong(long parallelismThreshold, ToLongFunction<? super V> transformer, long basis,
            LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(p.val));
        }
        return r;
    }

    public int reduceValuesToInt(long parallelismThreshold, ToIntFunction<? super V> transformer, int basis,
            IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        int r = basis;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            r = reducer.applyAsInt(r, transformer.applyAsInt(p.val));
        }
        return r;
    }

    public double reduceValuesToDouble(long parallelismThreshold, ToDoubleFunction<? super V> transformer,
            double basis, DoubleBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        double r = basis;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            r = reducer.applyAsDouble(r, transformer.applyAsDouble(p.val));
        }
        return r;
    }

    public long reduceKeysToLong(long parallelismThreshold, ToLongFunction<? super K> transformer, long basis,
            LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(p.key));
        }
        return r;
    }

    public int reduceKeysToInt(long parallelismThreshold, ToIntFunction<? super K> transformer, int basis,
            IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        int r = basis;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null;) {
            r = reducer.applyAsInt(r, transformer.applyAsInt(p.key));
        }
        return r;
    }

    // ---- Traversal ----

    /**
     * Visits the nodes bin by bin, in table order. A moved bin is visited in the next table
     * (its two halves, i and i + n), so that a traversal during a resize still sees each
     * node once.
     */
    static class Traverser<K, V> {
        private final Node<K, V>[] tab;
        private int index;
        private Node<K, V> next;
        // Bins of next tables still to visit, as a stack.
        private Node<K, V>[][] pendingTabs;
        private int[] pendingIdx;
        private int pending;

        Traverser(Node<K, V>[] tab) {
            this.tab = tab;
        }

        @SuppressWarnings("unchecked")
        private void pushPending(Node<K, V>[] t, int i) {
            if (pendingTabs == null) {
                pendingTabs = (Node<K, V>[][]) new Node<?, ?>[4][];
                pendingIdx = new int[4];
            } else if (pending == pendingIdx.length) {
                Node<K, V>[][] nt = (Node<K, V>[][]) new Node<?, ?>[pending * 2][];
                System.arraycopy(pendingTabs, 0, nt, 0, pending);
                pendingTabs = nt;
                int[] ni = new int[pending * 2];
                System.arraycopy(pendingIdx, 0, ni, 0, pending);
                pendingIdx = ni;
            }
            pendingTabs[pending] = t;
            pendingIdx[pending] = i;
            pending++;
        }

        /** The first node of bin i of t, following moved bins. */
        private Node<K, V> binStart(Node<K, V>[] t, int i) {
            for (;;) {
                Node<K, V> f = t[i];
                if (f == null || f.hash >= 0) {
                    return f;
                }
                if (f instanceof ForwardingNode) {
                    Node<K, V>[] nt = ((ForwardingNode<K, V>) f).nextTable;
                    pushPending(nt, i + t.length);
                    t = nt;
                    continue;
                }
                if (f instanceof TreeBin) {
                    return ((TreeBin<K, V>) f).first;
                }
                return null;
            }
        }

        final Node<K, V> advance() {
            Node<K, V> e = next;
            if (e != null) {
                e = e.next;
            }
            for (;;) {
                if (e != null) {
                    return next = e;
                }
                if (pending > 0) {
                    pending--;
                    Node<K, V>[] t = pendingTabs[pending];
                    pendingTabs[pending] = null;
                    e = binStart(t, pendingIdx[pending]);
                    continue;
                }
                if (tab == null || index >= tab.length) {
                    return next = null;
                }
                e = binStart(tab, index++);
            }
        }
    }

    /** A traverser with hasNext/remove for the views' iterators. */
    abstract static class BaseIterator<K, V> extends Traverser<K, V> {
        final ConcurrentHashMap<K, V> map;
        Node<K, V> nextNode;
        Node<K, V> lastReturned;

        BaseIterator(Node<K, V>[] tab, ConcurrentHashMap<K, V> map) {
            super(tab);
            this.map = map;
            nextNode = advance();
        }

        public final boolean hasNext() {
            return nextNode != null;
        }

        final Node<K, V> nextNodeOrThrow() {
            Node<K, V> p = nextNode;
            if (p == null) {
                throw new NoSuchElementException();
            }
            lastReturned = p;
            nextNode = advance();
            return p;
        }

        public final void remove() {
            Node<K, V> p = lastReturned;
            if (p == null) {
                throw new IllegalStateException();
            }
            lastReturned = null;
            map.replaceNode(p.key, null, null);
        }
    }

    static final class KeyIterator<K, V> extends BaseIterator<K, V> implements Iterator<K> {
        KeyIterator(Node<K, V>[] tab, ConcurrentHashMap<K, V> map) {
            super(tab, map);
        }

        public K next() {
            return nextNodeOrThrow().key;
        }
    }

    static final class ValueIterator<K, V> extends BaseIterator<K, V> implements Iterator<V> {
        ValueIterator(Node<K, V>[] tab, ConcurrentHashMap<K, V> map) {
            super(tab, map);
        }

        public V next() {
            return nextNodeOrThrow().val;
        }
    }

    static final class EntryIterator<K, V> extends BaseIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        EntryIterator(Node<K, V>[] tab, ConcurrentHashMap<K, V> map) {
            super(tab, map);
        }

        public Map.Entry<K, V> next() {
            Node<K, V> p = nextNodeOrThrow();
            return new MapEntry<K, V>(p.key, p.val, map);
        }
    }

    /** An entry handed out by the entry iterator: setValue writes through to the map. */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        final K key;
        V val;
        final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return val;
        }

        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public String toString() {
            return key + "=" + val;
        }

        public boolean equals(Object o) {
            Object k;
            Object v;
            Map.Entry<?, ?> e;
            return (o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && (k == key || k.equals(key)) && (v == val || v.equals(val));
        }

        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    // ---- Views ----

    /** The common part of the key, value and entry views. */
    abstract static class CollectionView<K, V, E> implements Collection<E>, java.io.Serializable {
        private static final long serialVersionUID = 7249069246763182397L;

        final ConcurrentHashMap<K, V> map;

        CollectionView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        public final void clear() {
            map.clear();
        }

        public final int size() {
            return map.size();
        }

        public final boolean isEmpty() {
            return map.isEmpty();
        }

        public abstract Iterator<E> iterator();

        public abstract boolean contains(Object o);

        public abstract boolean remove(Object o);

        public final Object[] toArray() {
            long sz = map.mappingCount();
            if (sz > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("Required array size too large");
            }
            int n = (int) sz;
            Object[] r = new Object[n];
            int i = 0;
            for (E e : this) {
                if (i == n) {
                    n = n + (n >>> 1) + 1;
                    r = java.util.Arrays.copyOf(r, n);
                }
                r[i++] = e;
            }
            return (i == n) ? r : java.util.Arrays.copyOf(r, i);
        }

        @SuppressWarnings("unchecked")
        public final <T> T[] toArray(T[] a) {
            long sz = map.mappingCount();
            if (sz > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("Required array size too large");
            }
            int m = (int) sz;
            T[] r = (a.length >= m) ? a
                    : (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), m);
            int n = r.length;
            int i = 0;
            for (E e : this) {
                if (i == n) {
                    n = n + (n >>> 1) + 1;
                    r = java.util.Arrays.copyOf(r, n);
                }
                r[i++] = (T) e;
            }
            if (a == r && i < n) {
                r[i] = null;
                return r;
            }
            return (i == n) ? r : java.util.Arrays.copyOf(r, i);
        }

        public final String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append('[');
            Iterator<E> it = iterator();
            if (it.hasNext()) {
                for (;;) {
                    Object e = it.next();
                    sb.append(e == this ? "(this Collection)" : e);
                    if (!it.hasNext()) {
                        break;
                    }
                    sb.append(',').append(' ');
                }
            }
            return sb.append(']').toString();
        }

        public final boolean containsAll(Collection<?> c) {
            if (c != this) {
                for (Object e : c) {
                    if (e == null || !contains(e)) {
                        return false;
                    }
                }
            }
            return true;
        }

        public boolean removeAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        public final boolean retainAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (!c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }
    }

    /** The keys of a map as a Set; add() maps a key to the view's default value, if it has one. */
    public static class KeySetView<K, V> extends CollectionView<K, V, K> implements Set<K>, java.io.Serializable {
        private static final long serialVersionUID = 7249069246763182397L;

        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            super(map);
            this.value = value;
        }

        public V getMappedValue() {
            return value;
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        public Iterator<K> iterator() {
            return new KeyIterator<K, V>(map.table, map);
        }

        public boolean add(K e) {
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            return map.putVal(e, v, true) == null;
        }

        public boolean addAll(Collection<? extends K> c) {
            boolean added = false;
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            for (K e : c) {
                if (map.putVal(e, v, true) == null) {
                    added = true;
                }
            }
            return added;
        }

        public int hashCode() {
            int h = 0;
            for (K e : this) {
                h += e.hashCode();
            }
            return h;
        }

        public boolean equals(Object o) {
            Set<?> c;
            return (o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this)));
        }

        public void forEach(Consumer<? super K> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            Traverser<K, V> it = new Traverser<K, V>(map.table);
            for (Node<K, V> p; (p = it.advance()) != null;) {
                action.accept(p.key);
            }
        }
    }

    /** The values of a map as a Collection; it cannot add. */
    static final class ValuesView<K, V> extends CollectionView<K, V, V> implements java.io.Serializable {
        private static final long serialVersionUID = 2249069246763182397L;

        ValuesView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        public boolean remove(Object o) {
            if (o != null) {
                for (Iterator<V> it = iterator(); it.hasNext();) {
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
                }
            }
            return false;
        }

        public Iterator<V> iterator() {
            return new ValueIterator<K, V>(map.table, map);
        }

        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        public boolean addAll(Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }

        public boolean removeIf(Predicate<? super V> filter) {
            if (filter == null) {
                throw new NullPointerException();
            }
            boolean removed = false;
            for (Iterator<V> it = iterator(); it.hasNext();) {
                if (filter.test(it.next())) {
                    it.remove();
                    removed = true;
                }
            }
            return removed;
        }

        public void forEach(Consumer<? super V> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            Traverser<K, V> it = new Traverser<K, V>(map.table);
            for (Node<K, V> p; (p = it.advance()) != null;) {
                action.accept(p.val);
            }
        }
    }

    /** The entries of a map as a Set; add() puts the entry's mapping. */
    static final class EntrySetView<K, V> extends CollectionView<K, V, Map.Entry<K, V>>
            implements Set<Map.Entry<K, V>>, java.io.Serializable {
        private static final long serialVersionUID = 2249069246763182397L;

        EntrySetView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public boolean contains(Object o) {
            Object k;
            Object v;
            Object r;
            Map.Entry<?, ?> e;
            return (o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (r = map.get(k)) != null && (v = e.getValue()) != null && (v == r || v.equals(r));
        }

        public boolean remove(Object o) {
            Object k;
            Object v;
            Map.Entry<?, ?> e;
            return (o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && map.remove(k, v);
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<K, V>(map.table, map);
        }

        public boolean add(Map.Entry<K, V> e) {
            return map.putVal(e.getKey(), e.getValue(), false) == null;
        }

        public boolean addAll(Collection<? extends Map.Entry<K, V>> c) {
            boolean added = false;
            for (Map.Entry<K, V> e : c) {
                if (add(e)) {
                    added = true;
                }
            }
            return added;
        }

        public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
            if (filter == null) {
                throw new NullPointerException();
            }
            boolean removed = false;
            for (Iterator<Map.Entry<K, V>> it = iterator(); it.hasNext();) {
                if (filter.test(it.next())) {
                    it.remove();
                    removed = true;
                }
            }
            return removed;
        }

        public final int hashCode() {
            int h = 0;
            Traverser<K, V> it = new Traverser<K, V>(map.table);
            for (Node<K, V> p; (p = it.advance()) != null;) {
                h += p.hashCode();
            }
            return h;
        }

        public final boolean equals(Object o) {
            Set<?> c;
            return (o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this)));
        }

        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            Traverser<K, V> it = new Traverser<K, V>(map.table);
            for (Node<K, V> p; (p = it.advance()) != null;) {
                action.accept(new MapEntry<K, V>(p.key, p.val, map));
            }
        }
    }
}
