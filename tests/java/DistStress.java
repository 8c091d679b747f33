// Checks shared objects under 8 threads (a stress for object migration): locked counters, transfers under two locks, items moved between linked lists, pair handoffs with wait/notify.
// The main thread creates every shared object (on a cluster: node 0) and starts 8 threads;
// each runs ROUNDS rounds, 2,000 rounds in all, touching the shared objects remotely:
//   - every round: adds to one of three Counter objects inside synchronized (counter);
//   - every 2nd round: moves an amount between two counters, taking both locks in index order;
//   - every 4th round: moves an item between two of three shared linked lists, under the
//     locks of all three lists taken in index order, and counts the move in the item;
//   - rounds 0..4: allocates a new item itself (on its own node) and publishes it on a list;
//   - every 8th round: a handoff with its partner (threads 2p and 2p+1) through a one-slot
//     mailbox with wait/notifyAll: the even thread sends a value, the odd one answers.
// Every printed number is a total that does not depend on the interleaving.
public class DistStress {
  static final int THREADS = 8;
  static final int ROUNDS = 250;
  static final int NEW_ITEMS = 5;

  static final class Counter {
    long value;
    int updates;
  }

  static final class Item {
    final int id;
    int moves;
    Item next;

    Item(int id) { this.id = id; }
  }

  /** A linked list of items threaded through Item.next; callers hold its lock. */
  static final class ItemList {
    final int index;
    Item head;
    int size;

    ItemList(int index) { this.index = index; }

    void push(Item item) {
      item.next = head;
      head = item;
      size++;
    }

    Item pop() {
      Item item = head;
      if (item != null) {
        head = item.next;
        item.next = null;
        size--;
      }
      return item;
    }
  }

  /** A one-slot mailbox: put waits while full, take while empty. */
  static final class Mailbox {
    private long value;
    private boolean full;

    synchronized void put(long v) throws InterruptedException {
      while (full) wait();
      value = v;
      full = true;
      notifyAll();
    }

    synchronized long take() throws InterruptedException {
      while (!full) wait();
      full = false;
      notifyAll();
      return value;
    }
  }

  static final class Shared {
    final Counter[] counters = new Counter[3];
    final ItemList[] lists = new ItemList[3];
    final Mailbox[] toOdd = new Mailbox[THREADS / 2];
    final Mailbox[] toEven = new Mailbox[THREADS / 2];

    Shared() {
      for (int k = 0; k < 3; k++) counters[k] = new Counter();
      for (int k = 0; k < 3; k++) lists[k] = new ItemList(k);
      for (int p = 0; p < THREADS / 2; p++) {
        toOdd[p] = new Mailbox();
        toEven[p] = new Mailbox();
      }
      for (int id = 0; id < 30; id++) lists[id % 3].push(new Item(id));
    }
  }

  static final class Worker implements Runnable {
    final Shared shared;
    final int id;
    long sent, received;

    Worker(Shared shared, int id) {
      this.shared = shared;
      this.id = id;
    }

    /** Moves one item from a to b (or back when a is empty, or from the third list when both
     * are): all three lists are locked, in index order, so a move always finds an item. */
    void move(ItemList a, ItemList b) {
      ItemList[] lists = shared.lists;
      synchronized (lists[0]) {
        synchronized (lists[1]) {
          synchronized (lists[2]) {
            Item item = a.pop();
            if (item != null) {
              b.push(item);
            } else if ((item = b.pop()) != null) {
              a.push(item);
            } else {
              item = lists[3 - a.index - b.index].pop();
              a.push(item);
            }
            item.moves++;
          }
        }
      }
    }

    void transfer(Counter from, Counter to, int amount, int fromIndex, int toIndex) {
      Counter first = fromIndex < toIndex ? from : to;
      Counter second = first == from ? to : from;
      synchronized (first) {
        synchronized (second) {
          from.value -= amount;
          to.value += amount;
          from.updates++;
          to.updates++;
        }
      }
    }

    public void run() {
      try {
        int pair = id / 2;
        for (int r = 0; r < ROUNDS; r++) {
          Counter c = shared.counters[(id + r) % 3];
          synchronized (c) {
            c.value += id + 1;
            c.updates++;
          }
          if (r % 2 == 0) {
            int a = (id + r / 2) % 3, b = (a + 1 + id % 2) % 3;
            transfer(shared.counters[a], shared.counters[b], r % 7 + 1, a, b);
          }
          if (r % 4 == 1) {
            int a = (id * 5 + r) % 3, b = (a + 1 + (r / 4) % 2) % 3;
            move(shared.lists[a], shared.lists[b]);
          }
          if (r < NEW_ITEMS) {
            ItemList list = shared.lists[(id + r) % 3];
            synchronized (list) {
              list.push(new Item(1000 * (id + 1) + r));
            }
          }
          if (r % 8 == 3) {
            long v = id * 100000L + r;
            if (id % 2 == 0) {
              shared.toOdd[pair].put(v);
              sent += v;
              received += shared.toEven[pair].take();
            } else {
              long got = shared.toOdd[pair].take();
              received += got;
              shared.toEven[pair].put(got * 2 + 1);
              sent += got * 2 + 1;
            }
          }
        }
      } catch (InterruptedException e) {
        throw new RuntimeException(e);
      }
    }
  }

  public static void main(String[] args) throws InterruptedException {
    Shared shared = new Shared();
    Worker[] workers = new Worker[THREADS];
    Thread[] threads = new Thread[THREADS];
    for (int i = 0; i < THREADS; i++) {
      workers[i] = new Worker(shared, i);
      threads[i] = new Thread(workers[i]);
    }
    for (int i = 0; i < THREADS; i++) threads[i].start();
    for (int i = 0; i < THREADS; i++) threads[i].join();

    long valueTotal = 0, updateTotal = 0;
    for (int k = 0; k < 3; k++) {
      valueTotal += shared.counters[k].value;
      updateTotal += shared.counters[k].updates;
    }
    System.out.println("rounds " + THREADS * ROUNDS);
    System.out.println("counters: value total " + valueTotal + ", updates " + updateTotal);

    long items = 0, idSum = 0, moves = 0, sizes = 0;
    for (int k = 0; k < 3; k++) {
      ItemList list = shared.lists[k];
      sizes += list.size;
      for (Item it = list.head; it != null; it = it.next) {
        items++;
        idSum += it.id;
        moves += it.moves;
      }
    }
    System.out.println("lists: items " + items + " (sizes " + sizes + "), id sum " + idSum
        + ", moves " + moves);

    for (int p = 0; p < THREADS / 2; p++) {
      Worker even = workers[2 * p], odd = workers[2 * p + 1];
      System.out.println("pair " + p + ": even sent " + even.sent + ", odd received "
          + odd.received + ", odd sent " + odd.sent + ", even received " + even.received
          + (even.sent == odd.received && odd.sent == even.received ? " ok" : " MISMATCH"));
    }
  }
}
