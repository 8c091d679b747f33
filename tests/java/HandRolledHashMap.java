// Checks a hand-written open hash map (String -> int) with resizing, removal and iteration in bucket order; exercises objects and arrays.
public class HandRolledHashMap {
    static final class Entry {
        final String key;
        int value;
        Entry next;

        Entry(String key, int value, Entry next) {
            this.key = key;
            this.value = value;
            this.next = next;
        }
    }

    static final class Map {
        Entry[] table = new Entry[4];
        int size;

        static int spread(int h) { return h ^ (h >>> 16); }

        void put(String k, int v) {
            int idx = spread(k.hashCode()) & (table.length - 1);
            for (Entry e = table[idx]; e != null; e = e.next) {
                if (e.key.equals(k)) {
                    e.value = v;
                    return;
                }
            }
            table[idx] = new Entry(k, v, table[idx]);
            if (++size > table.length * 3 / 4) resize();
        }

        Integer get(String k) {
            for (Entry e = table[spread(k.hashCode()) & (table.length - 1)]; e != null; e = e.next) if (e.key.equals(k)) return e.value;
            return null;
        }

        boolean remove(String k) {
            int idx = spread(k.hashCode()) & (table.length - 1);
            Entry prev = null;
            for (Entry e = table[idx]; e != null; prev = e, e = e.next) {
                if (e.key.equals(k)) {
                    if (prev == null) table[idx] = e.next;
                    else prev.next = e.next;
                    size--;
                    return true;
                }
            }
            return false;
        }

        void resize() {
            Entry[] old = table;
            table = new Entry[old.length * 2];
            for (Entry head : old) {
                for (Entry e = head; e != null; ) {
                    Entry next = e.next;
                    int idx = spread(e.key.hashCode()) & (table.length - 1);
                    e.next = table[idx];
                    table[idx] = e;
                    e = next;
                }
            }
        }
    }

    public static void main(String[] args) {
        Map m = new Map();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness "
                + "it was the epoch of belief it was the epoch of incredulity it was the season of light it was the season of darkness";
        for (String w : text.split(" ")) {
            Integer c = m.get(w);
            m.put(w, c == null ? 1 : c + 1);
        }
        System.out.println("size " + m.size + " table " + m.table.length);
        String[] probe = {"it", "was", "the", "of", "times", "wisdom", "darkness", "missing"};
        StringBuilder sb = new StringBuilder();
        for (String p : probe) sb.append(p).append('=').append(m.get(p)).append(' ');
        System.out.println(sb);
        System.out.println(m.remove("the") + " " + m.remove("the") + " " + m.get("the") + " " + m.size);
        sb.setLength(0);
        for (int i = 0; i < m.table.length; i++) {
            for (Entry e = m.table[i]; e != null; e = e.next) sb.append(e.key).append(':').append(e.value).append(' ');
        }
        System.out.println(sb);
        Map big = new Map();
        for (int i = 0; i < 20000; i++) big.put("k" + (i % 5000), i);
        long sum = 0;
        for (int i = 0; i < 5000; i++) sum += big.get("k" + i);
        System.out.println(big.size + " " + big.table.length + " " + sum);
        m.put("Aa", 1);
        m.put("BB", 2);
        System.out.println(m.get("Aa") + " " + m.get("BB"));
    }
}
