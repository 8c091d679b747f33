// A RELEASE frees an object at its owner. Run on 2 nodes under --force proxy, threads placed
// round-robin (the thread goes to node 1). Node 0 makes a 4 MB array; with SHARE=1 its
// reference is put in a static (statics live on node 0), so the array gets a global id and
// becomes a root of node 0 (exported) once the thread on node 1 reads the static and holds a
// proxy. The thread drops the proxy and collects node 1 (System.gc), which sends RELEASE; the
// thread's end reaches node 0 after it (messages between two nodes are served in order), so
// by the time join() returns the array is no longer exported. Node 0 then drops its own
// references and collects: the array is freed. With SHARE=0 the array never leaves node 0.
public class ReleaseFrees {
  static int[] shared;

  static int lengthOfShared() {
    int[] p = shared;
    return p == null ? 0 : p.length;
  }

  public static void main(String[] args) throws Exception {
    boolean share = args[0].equals("1");
    int[] big = new int[1 << 20];
    if (share) shared = big;
    Thread t = new Thread(() -> {
      int n = lengthOfShared();
      System.gc();
      System.out.println("node 1 saw " + n + " elements");
    });
    t.start();
    t.join();
    shared = null;
    big = null;
    System.gc();
    System.out.println("done");
  }
}
