#!/usr/bin/env bash
# threads-cli.sh DJSIM WORKDIR — what HotSpot cannot judge: a deadlock (HotSpot hangs; djsim
# must print a thread dump and exit 99) and determinism (an interleaving-dependent program
# gives the same output and simulated times on every run).
set -u
djsim=$1 work=$2
javac=${JAVAC:-javac}
passed=0 failed=0
check() {
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; fi
}
rm -rf "$work" && mkdir -p "$work/src" "$work/classes"
cat >"$work/src/Deadlock.java" <<'JAVA'
public class Deadlock {
  static void pause() { try { Thread.sleep(50); } catch (InterruptedException e) { } }
  public static void main(String[] args) {
    Object a = new Object(), b = new Object();
    Thread t = new Thread(() -> { synchronized (b) { pause(); synchronized (a) { System.out.println("never"); } } }, "worker");
    t.start();
    synchronized (a) { pause(); synchronized (b) { System.out.println("never"); } }
  }
}
JAVA
cat >"$work/src/Racy.java" <<'JAVA'
public class Racy {
  static int shared;
  public static void main(String[] args) throws Exception {
    StringBuilder order = new StringBuilder();
    Thread[] ts = new Thread[6];
    for (int i = 0; i < ts.length; i++) {
      final int id = i;
      ts[i] = new Thread(() -> {
        for (int k = 0; k < 2000 + 500 * id; k++) { shared = shared * 31 + id; if (k % 700 == 0) synchronized (order) { order.append(id); } }
      });
      ts[i].start();
    }
    for (Thread t : ts) t.join();
    System.out.println(order + " " + shared + " " + System.nanoTime());
  }
}
JAVA
# A thread waits forever, main joins it; on 2 nodes under --force migrate, main's wait runs
# at the node its Thread object went to: the dump still names it and says it waits.
cat >"$work/src/JoinForever.java" <<'JAVA'
public class JoinForever {
  public static void main(String[] args) throws Exception {
    final Object lock = new Object();
    Thread t = new Thread(() -> { synchronized (lock) { try { lock.wait(); } catch (InterruptedException e) { } } }, "sleeper");
    t.start();
    t.join();
  }
}
JAVA
"$javac" -d "$work/classes" "$work/src/Deadlock.java" "$work/src/Racy.java" "$work/src/JoinForever.java" || exit 1

timeout 60 "$djsim" exec -cp "$work/classes" Deadlock >"$work/out" 2>"$work/err"
rc=$?
[ $rc -eq 99 ]; check "deadlock exits 99 (got $rc)" $?
grep -q "^djsim: deadlock: 2 live threads" "$work/err"; check "deadlock is announced" $?
grep -q '^"main" (node 0) BLOCKED on the monitor of java.lang.Object@[0-9a-f]*, held by "worker"' "$work/err"; check "main's state and owner" $?
grep -q '^"worker" (node 0) BLOCKED on the monitor of java.lang.Object@[0-9a-f]*, held by "main"' "$work/err"; check "worker's state and owner" $?
[ "$(grep -c 'holds the monitor of java.lang.Object@' "$work/err")" -eq 2 ]; check "held monitors listed" $?
grep -q "at Deadlock.main(Deadlock.java:7)" "$work/err"; check "main's Java stack" $?
[ ! -s "$work/out" ]; check "nothing printed" $?

timeout 60 "$djsim" sim --platform myrinet --nodes 2 --place round-robin --force migrate \
  -cp "$work/classes" JoinForever >"$work/out" 2>"$work/err"
rc=$?
[ $rc -eq 99 ]; check "distributed deadlock exits 99 (got $rc)" $?
grep -q '^"main" (node 0) WAITING in Object.wait() on java.lang.Thread@' "$work/err"; check "main, waiting at another node, is named and WAITING" $?
grep -q '^"sleeper" (node 1) WAITING in Object.wait() on java.lang.Object@' "$work/err"; check "sleeper's state on node 1" $?

"$djsim" exec -cp "$work/classes" Racy >"$work/r1" 2>&1
"$djsim" exec -cp "$work/classes" Racy >"$work/r2" 2>&1
cmp -s "$work/r1" "$work/r2" && [ -s "$work/r1" ]; check "two runs of a racy program are identical" $?
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
