// run: -Xmx32m
// Checks java.lang.ref: weak references to dead objects are cleared and queued, live ones
// kept; soft references survive a collection but are cleared before OutOfMemoryError.
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;

public class GcReferences {
  static Object[] keep = new Object[100];

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    ReferenceQueue<Object> q = new ReferenceQueue<>();
    WeakReference<Object>[] refs = new WeakReference[1000];
    for (int i = 0; i < refs.length; i++) {
      Object o = new int[16];
      if (i % 10 == 0) keep[i / 10] = o;
      refs[i] = new WeakReference<>(o, q);
    }
    System.gc();
    int cleared = 0, keptAlive = 0;
    for (int i = 0; i < refs.length; i++) {
      if (refs[i].get() == null) cleared++;
      if (i % 10 == 0 && refs[i].get() == keep[i / 10]) keptAlive++;
    }
    System.out.println("live referents kept: " + keptAlive);
    System.out.println("most dead referents cleared: " + (cleared >= 850));
    int queued = 0;
    Reference<?> r;
    while ((r = q.poll()) != null) {
      if (r.get() != null) System.out.println("queued but not cleared!");
      queued++;
    }
    System.out.println("queued as many as cleared: " + (queued == cleared));

    PhantomReference<Object> ph = new PhantomReference<>(new Object(), q);
    System.out.println("phantom get: " + ph.get());

    SoftReference<int[]> soft = new SoftReference<>(new int[1000]);
    System.gc();
    System.out.println("soft kept by a collection: " + (soft.get() != null));
    SoftReference<int[]>[] softs = new SoftReference[64];
    for (int i = 0; i < softs.length; i++) softs[i] = new SoftReference<>(new int[256 * 1024]); // 1 MB each
    int softCleared = 0;
    for (SoftReference<int[]> s : softs) if (s.get() == null) softCleared++;
    System.out.println("soft references cleared before running out of memory: " + (softCleared > 0));
  }
}
