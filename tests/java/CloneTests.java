// Checks clone(): arrays, a Cloneable class (shallow copy), deep-copy override, and CloneNotSupportedException for non-Cloneable.
public class CloneTests {
    static class Sheep implements Cloneable {
        String name;
        int[] data;

        Sheep(String n, int[] d) { name = n; data = d; }

        @Override
        public Sheep clone() {
            try {
                return (Sheep) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class DeepSheep extends Sheep {
        DeepSheep(String n, int[] d) { super(n, d); }

        @Override
        public DeepSheep clone() {
            DeepSheep s = (DeepSheep) super.clone();
            s.data = data.clone();
            return s;
        }
    }

    static class NotCloneable {
        int v = 3;

        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    static class Wide implements Cloneable {
        long l = 1L << 50;
        double d = 2.5;
        boolean z = true;
        char c = 'w';
        byte b = -1;
        short s = 999;
        float f = 0.5f;
        Object ref = "ref";

        Wide copy() throws CloneNotSupportedException { return (Wide) clone(); }
    }

    public static void main(String[] args) throws Exception {
        int[] arr = {1, 2, 3};
        int[] copy = arr.clone();
        copy[0] = 9;
        System.out.println(arr[0] + " " + copy[0] + " " + copy.length + " " + (arr != copy));
        Sheep dolly = new Sheep("dolly", new int[]{10, 20});
        Sheep twin = dolly.clone();
        twin.name = "twin";
        twin.data[0] = 11;
        System.out.println(dolly.name + " " + twin.name + " " + dolly.data[0] + " " + (dolly.data == twin.data) + " "
                + (twin.getClass() == Sheep.class));
        DeepSheep deep = new DeepSheep("deep", new int[]{5});
        DeepSheep deep2 = deep.clone();
        deep2.data[0] = 6;
        System.out.println(deep.data[0] + " " + deep2.data[0] + " " + deep2.getClass().getSimpleName() + " " + deep2.name);
        try {
            new NotCloneable().tryClone();
            System.out.println("cloned?");
        } catch (CloneNotSupportedException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        Wide w = new Wide();
        w.l++;
        Wide w2 = w.copy();
        System.out.println(w2.l + " " + w2.d + " " + w2.z + " " + w2.c + " " + w2.b + " " + w2.s + " " + w2.f + " " + (w2.ref == w.ref));
        Object[][] grid = {{"a"}, {"b"}};
        Object[][] g2 = grid.clone();
        g2[0][0] = "changed";
        g2[1] = new Object[]{"new"};
        System.out.println(grid[0][0] + " " + grid[1][0] + " " + g2[1][0]);
        long[] la = {Long.MAX_VALUE, -1};
        double[] da = {Double.NaN, -0.0};
        char[] ca = "clone".toCharArray();
        System.out.println(la.clone()[0] + " " + da.clone()[1] + " " + new String(ca.clone()) + " " + new boolean[]{true}.clone()[0]);
    }
}
