// Checks heavy allocation of short-lived objects, arrays and strings (garbage collection pressure) while long-lived data stays intact.
public class AllocationChurn {
    static final class Node {
        final int v;
        Node next;
        final long[] payload;

        Node(int v, Node next) {
            this.v = v;
            this.next = next;
            this.payload = new long[v % 8];
        }
    }

    public static void main(String[] args) {
        Node keep = null;
        for (int i = 0; i < 1000; i++) keep = new Node(i, keep);
        long garbageSum = 0;
        for (int round = 0; round < 200; round++) {
            Node tmp = null;
            for (int i = 0; i < 2000; i++) tmp = new Node(i ^ round, tmp);
            int len = 0;
            for (Node n = tmp; n != null; n = n.next) {
                len++;
                garbageSum += n.v + n.payload.length;
            }
            garbageSum += len;
        }
        System.out.println(garbageSum);
        long strSum = 0;
        for (int i = 0; i < 50000; i++) {
            String s = "item-" + i + "-" + (i * 31);
            strSum += s.length() + s.charAt(s.length() - 1);
        }
        System.out.println(strSum);
        long arrSum = 0;
        for (int i = 0; i < 20000; i++) {
            int[] a = new int[i % 100 + 1];
            a[a.length - 1] = i;
            double[] d = new double[3];
            d[1] = i * 0.5;
            arrSum += a[a.length - 1] + a.length + (long) d[1];
        }
        System.out.println(arrSum);
        int count = 0;
        long check = 0;
        for (Node n = keep; n != null; n = n.next) {
            count++;
            check = check * 7 + n.v + n.payload.length;
        }
        System.out.println(count + " " + check);
        Object[] holders = new Object[100];
        for (int i = 0; i < 100000; i++) holders[i % 100] = new int[]{i};
        long hs = 0;
        for (Object o : holders) hs += ((int[]) o)[0];
        System.out.println(hs);
    }
}
