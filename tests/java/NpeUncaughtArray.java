// Checks an uncaught NullPointerException storing into a missing row of a static 2-D array from a method: exit code 1 and the message "NpeUncaughtArray.rows[<parameter1>]".
public class NpeUncaughtArray {
    static int[][] rows = new int[3][];

    static void put(int r, int c, int v) {
        rows[r][c] = v;
    }

    public static void main(String[] args) {
        rows[0] = new int[4];
        put(0, 1, 5);
        System.out.println("row 0: " + rows[0][1]);
        put(2, 1, 6);
        System.out.println("not reached");
    }
}
