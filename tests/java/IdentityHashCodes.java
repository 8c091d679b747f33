// Checks System.identityHashCode and Object.hashCode consistency across calls (only agreement is printed, never the values).
public class IdentityHashCodes {
    static class Custom {
        @Override
        public int hashCode() { return 12345; }
    }

    public static void main(String[] args) {
        Object o = new Object();
        int h1 = System.identityHashCode(o);
        int h2 = System.identityHashCode(o);
        System.out.println("same object agrees: " + (h1 == h2));
        System.out.println("hashCode equals identity: " + (o.hashCode() == h1));
        Custom c = new Custom();
        System.out.println("custom hashCode: " + c.hashCode());
        System.out.println("identity ignores override: " + (System.identityHashCode(c) == System.identityHashCode(c)));
        String s = "interned";
        System.out.println("string identity stable: " + (System.identityHashCode(s) == System.identityHashCode("interned")));
        System.out.println("null: " + System.identityHashCode(null));
        Object[] objs = new Object[50];
        int[] first = new int[50];
        for (int i = 0; i < objs.length; i++) {
            objs[i] = (i % 2 == 0) ? new Object() : new int[i];
            first[i] = System.identityHashCode(objs[i]);
        }
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 2000; i++) garbage.append(new Object().hashCode() & 1);
        boolean stable = true;
        for (int i = 0; i < objs.length; i++) stable &= first[i] == System.identityHashCode(objs[i]) && first[i] == objs[i].hashCode();
        System.out.println("stable after allocation: " + stable + " " + garbage.length());
        Object a = new Object(), b = a;
        System.out.println("alias agrees: " + (System.identityHashCode(a) == System.identityHashCode(b)));
    }
}
