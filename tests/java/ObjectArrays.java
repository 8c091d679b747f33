// Checks arrays of objects: null defaults, storing subclasses, polymorphic calls through arrays, arrays of arrays of objects.
public class ObjectArrays {
    static class Item {
        final String name;
        final int weight;

        Item(String name, int weight) { this.name = name; this.weight = weight; }

        String label() { return name + "(" + weight + ")"; }
    }

    static class Heavy extends Item {
        Heavy(String n) { super(n, 100); }

        @Override
        String label() { return "HEAVY " + super.label(); }
    }

    public static void main(String[] args) {
        Item[] items = new Item[5];
        System.out.println(items[0] + " " + items.length);
        items[0] = new Item("a", 1);
        items[1] = new Heavy("b");
        items[3] = new Item("d", 4);
        int total = 0;
        StringBuilder sb = new StringBuilder();
        for (Item it : items) {
            if (it == null) {
                sb.append("<null> ");
                continue;
            }
            sb.append(it.label()).append(' ');
            total += it.weight;
        }
        System.out.println(sb + "total=" + total);
        for (int i = 0; i < items.length - 1; i++) {
            for (int j = 0; j < items.length - 1 - i; j++) {
                int wj = items[j] == null ? -1 : items[j].weight;
                int wk = items[j + 1] == null ? -1 : items[j + 1].weight;
                if (wj < wk) {
                    Item t = items[j];
                    items[j] = items[j + 1];
                    items[j + 1] = t;
                }
            }
        }
        sb.setLength(0);
        for (Item it : items) sb.append(it == null ? "null" : it.name).append(',');
        System.out.println(sb);
        String[] words = "the quick brown fox jumps over the lazy dog".split(" ");
        String longest = "";
        for (String w : words) if (w.length() > longest.length()) longest = w;
        System.out.println(words.length + " " + longest + " " + (words[0] == words[6]) + " " + words[0].equals(words[6]));
        Object[] mixed = {1, "two", 3.0, '4', 5L, null, new int[]{6}, new String[]{"7"}, true};
        sb.setLength(0);
        for (Object o : mixed) {
            if (o instanceof int[]) sb.append("int[]:").append(((int[]) o)[0]);
            else if (o instanceof String[]) sb.append("String[]:").append(((String[]) o)[0]);
            else sb.append(o);
            sb.append(' ');
        }
        System.out.println(sb);
        Item[][] shelves = new Item[2][3];
        shelves[1][2] = new Heavy("z");
        System.out.println(shelves[1][2].label() + " " + shelves[0][0]);
        Integer[] boxed = new Integer[4];
        for (int i = 0; i < boxed.length; i++) boxed[i] = i * i;
        int s = 0;
        for (Integer b : boxed) s += b;
        System.out.println(s);
        CharSequence[] seqs = {"abc", new StringBuilder("de")};
        System.out.println(seqs[0].length() + seqs[1].length() + " " + seqs[1].charAt(1));
    }
}
