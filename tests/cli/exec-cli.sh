#!/usr/bin/env bash
# exec-cli.sh DJSIM WORKDIR — the command line of `djsim exec`, checked against `java` where
# java defines the behaviour (missing main class, jar class paths, exit codes).
set -u
djsim=$1 work=$2
java=${JAVA:-java}
javac=${JAVAC:-javac}
jar=${JAR:-jar}
passed=0 failed=0
check() { # NAME CONDITION-EXIT-STATUS
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1"; fi
}
rm -rf "$work" && mkdir -p "$work/src" "$work/classes"
cat >"$work/src/Hello.java" <<'JAVA'
public class Hello {
  static int depth(int n) { return depth(n + 1) + 1; }
  public static void main(String[] args) {
    System.out.println("hello " + args.length + (args.length > 0 ? " " + args[0] : ""));
    System.out.println(System.getProperty("demo.key", "unset"));
    if (args.length > 0 && args[0].equals("exit")) System.exit(42);
    if (args.length > 0 && args[0].equals("deep")) {
      try { depth(0); } catch (StackOverflowError e) { System.out.println("overflow caught"); }
    }
  }
}
JAVA
"$javac" -d "$work/classes" "$work/src/Hello.java" || exit 1
(cd "$work/classes" && "$jar" cf ../hello.jar Hello.class) || exit 1

same() { # NAME ARGS... : djsim exec ARGS vs java ARGS, stdout + stderr + exit code
  local name=$1
  shift
  "$java" "$@" >"$work/j.out" 2>"$work/j.err" </dev/null
  local jrc=$?
  "$djsim" exec "$@" >"$work/d.out" 2>"$work/d.err" </dev/null
  local drc=$?
  cmp -s "$work/j.out" "$work/d.out" && cmp -s "$work/j.err" "$work/d.err" && [ $jrc -eq $drc ]
  local ok=$?
  [ $ok -ne 0 ] && { echo "-- $name: java rc=$jrc djsim rc=$drc"; diff "$work/j.out" "$work/d.out"; diff "$work/j.err" "$work/d.err"; }
  check "$name" $ok
}

same "directory class path" -cp "$work/classes" Hello
same "jar class path" -cp "$work/hello.jar" Hello a
same "jar after a missing entry" -cp "$work/nothing:$work/hello.jar" Hello
same "system property" -Ddemo.key=value -cp "$work/classes" Hello
same "System.exit status" -cp "$work/classes" Hello exit
same "missing main class" -cp "$work/classes" NoSuchClass
same "StackOverflowError with a small stack" -Xss256k -cp "$work/classes" Hello deep

"$djsim" exec --version | grep -q "^djsim " ; check "exec --version" $?
"$djsim" --version | grep -q "^djsim " ; check "--version" $?
"$djsim" exec --help | grep -q "usage: djsim exec" ; check "exec --help" $?
"$djsim" --help | grep -q "usage: djsim" ; check "--help" $?
"$djsim" exec --bogus Hello >/dev/null 2>&1; [ $? -eq 2 ]; check "unknown option exits 2" $?
"$djsim" exec -Xmx12q Hello >/dev/null 2>"$work/e"; [ $? -eq 2 ] && grep -q "bad size" "$work/e"; check "bad size exits 2" $?
"$djsim" nonsense >/dev/null 2>&1; [ $? -eq 2 ]; check "unknown command exits 2" $?
"$djsim" platforms >"$work/p" 2>&1; [ $? -eq 0 ]; check "platforms exits 0" $?
grep -q "^cloud .* 1024 .* 355.970 us" "$work/p"; check "platforms: cloud has 1,024 hosts and DJ's 0.356 ms ping" $?
[ "$(grep -cE '^(beowulf-10mb|cloud|loopback|myrinet) ' "$work/p")" -eq 4 ]; check "platforms lists the four bundled platforms" $?
"$djsim" platforms /nonexistent.xml >"$work/p" 2>&1; [ $? -ne 0 ] && grep -q "error" "$work/p"; check "platforms: a missing file is an error" $?
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
