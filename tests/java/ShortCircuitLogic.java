// Checks && and || short-circuit evaluation order, non-short-circuit & | ^ on booleans, side effects in conditions, and nested conditions.
public class ShortCircuitLogic {
    static StringBuilder log = new StringBuilder();

    static boolean v(String name, boolean val) {
        log.append(name);
        return val;
    }

    public static void main(String[] args) {
        boolean[] bs = {false, true};
        for (boolean a : bs) {
            for (boolean b : bs) {
                log.setLength(0);
                boolean r1 = v("a", a) && v("b", b);
                log.append('|');
                boolean r2 = v("a", a) || v("b", b);
                log.append('|');
                boolean r3 = v("a", a) & v("b", b);
                log.append('|');
                boolean r4 = v("a", a) | v("b", b);
                log.append('|');
                boolean r5 = v("a", a) ^ v("b", b);
                log.append('|');
                boolean r6 = !v("a", a) && (v("b", b) || v("c", true));
                System.out.println(a + " " + b + ": " + r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " " + r6 + " log=" + log);
            }
        }
        int[] arr = null;
        boolean safe = arr != null && arr[0] > 0;
        System.out.println(safe);
        String s = null;
        boolean safe2 = s == null || s.length() > 0;
        System.out.println(safe2);
        int i = 0;
        boolean x = (i++ > 0) && (i++ > 0);
        boolean y = (i++ > 0) || (i++ > 0);
        System.out.println(x + " " + y + " " + i);
        int count = 0;
        for (int k = 0; k < 100; k++) {
            if ((k % 3 == 0 && k % 5 == 0) || (k % 7 == 0 && !(k % 2 == 0))) count++;
        }
        System.out.println(count);
        boolean flag = true;
        flag &= false;
        flag |= true;
        flag ^= true;
        System.out.println(flag);
    }
}
