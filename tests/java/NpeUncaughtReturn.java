// Checks an uncaught NullPointerException on a method's null result: exit code 1 and HotSpot's message quoting the method with its parameter types.
public class NpeUncaughtReturn {
    static String find(String[] keys, String key) {
        for (String k : keys) {
            if (k.startsWith(key)) return k;
        }
        return null;
    }

    public static void main(String[] args) {
        String[] keys = {"alpha", "beta", "gamma"};
        System.out.println(find(keys, "be").length());
        System.out.println(find(keys, "zeta").length());
    }
}
