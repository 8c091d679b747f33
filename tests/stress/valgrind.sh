#!/usr/bin/env bash
# valgrind.sh BUILD_DIR — the unit tests and a sample of Java programs (every subsystem:
# lambdas, records, exceptions, initialisation failures, the collector, stack overflow,
# number formatting, NPE messages, threads) under valgrind's memcheck: no error and no
# definite leak allowed, and the Java output still equal to HotSpot's. About ten minutes.
set -u
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
vg=(valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite)
pass=0 fail=0
for t in test_vm test_classfile test_npe; do
  if "${vg[@]}" "$build/tests/$t" >"$build/valgrind-$t.log" 2>&1; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL $t (see $build/valgrind-$t.log)"; fi
done
for j in LambdaCaptures RecordBasics ExceptionsAcrossFrames InitFailure GcTreesRepeated \
  StackOverflowCaught FormatAndFloatText NpeMessages SynchronizedReentrant; do
  opts=$(grep -m1 '^// run:' "$here/java/$j.java" | sed 's|^// run: ||')
  "${vg[@]}" "$build/djsim" exec $opts -cp "$build/tests/java/$j" "$j" >"$build/valgrind-$j.out" 2>"$build/valgrind-$j.log"
  rc=$?
  java $opts -cp "$build/tests/java/$j" "$j" >"$build/valgrind-$j.java" 2>/dev/null
  if [ $rc -eq 0 ] && cmp -s "$build/valgrind-$j.out" "$build/valgrind-$j.java"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL $j (exit $rc; see $build/valgrind-$j.log)"; fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
