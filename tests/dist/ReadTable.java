// A shared immutable table (a Table holding ROWS Row objects in an array, all fields final)
// built by main on node 0 and read READS times by each of 4 threads, which round-robin
// placement puts on nodes 1, 2, 3 and 0.
public class ReadTable {
  static final int ROWS = 8;

  static final class Row {
    final int key, value;

    Row(int key, int value) {
      this.key = key;
      this.value = value;
    }
  }

  static final class Table {
    final Row[] rows;

    Table(Row[] rows) { this.rows = rows; }
  }

  public static void main(String[] args) throws Exception {
    final int reads = Integer.parseInt(args[0]);
    Row[] rows = new Row[ROWS];
    for (int i = 0; i < ROWS; i++) rows[i] = new Row(i, i * i);
    final Table table = new Table(rows);
    final long[] sums = new long[4];
    Thread[] ts = new Thread[4];
    for (int k = 0; k < 4; k++) {
      final int me = k;
      ts[k] = new Thread(new Runnable() {
        public void run() {
          long s = 0;
          for (int r = 0; r < reads; r++)
            for (int i = 0; i < ROWS; i++) s += table.rows[i].key + table.rows[i].value;
          sums[me] = s;
        }
      });
      ts[k].start();
    }
    for (Thread t : ts) t.join();
    System.out.println("sums " + sums[0] + " " + sums[1] + " " + sums[2] + " " + sums[3]);
  }
}
