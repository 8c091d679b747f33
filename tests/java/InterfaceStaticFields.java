// Checks interface static fields: compile-time constants, non-constant fields computed at init, arrays in interfaces, inherited constants.
public class InterfaceStaticFields {
    interface Config {
        int MAX = 100;
        String NAME = "config";
        long BIG = 1L << 50;
        double RATIO = 1.0 / 3;
        int[] TABLE = {1, 1, 2, 3, 5, 8};
        String COMPUTED = NAME.toUpperCase() + MAX;
        Object SENTINEL = new Object();
    }

    interface Extended extends Config {
        int MAX2 = MAX * 2;
        String NAME = "extended";
    }

    static class User implements Extended {
        String show() { return MAX + " " + MAX2 + " " + NAME + " " + Config.NAME + " " + BIG + " " + RATIO; }
    }

    public static void main(String[] args) {
        System.out.println(Config.MAX + " " + Config.NAME + " " + Config.BIG + " " + Config.RATIO);
        System.out.println(Config.COMPUTED + " " + Config.TABLE.length + " " + Config.TABLE[5]);
        Config.TABLE[0] = 99;
        System.out.println(Config.TABLE[0] + " " + Extended.TABLE[0]);
        System.out.println(new User().show());
        System.out.println(Extended.MAX2 + " " + Extended.NAME + " " + Extended.COMPUTED);
        System.out.println((Config.SENTINEL == Extended.SENTINEL) + " " + (Config.SENTINEL != null));
        int sum = 0;
        for (int v : Config.TABLE) sum += v;
        System.out.println(sum);
    }
}
