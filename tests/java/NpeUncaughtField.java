// Checks an uncaught NullPointerException from a field chain: output before it, exit code 1, and HotSpot's message naming "<local1>.next.next".
public class NpeUncaughtField {
    static class Cell {
        int value;
        Cell next;
        Cell(int value, Cell next) { this.value = value; this.next = next; }
    }

    public static void main(String[] args) {
        Cell list = new Cell(1, new Cell(2, null));
        int sum = 0;
        for (Cell c = list; c != null; c = c.next) sum += c.value;
        System.out.println("sum " + sum);
        System.out.println(list.next.next.value);
    }
}
