#!/usr/bin/env bash
# gc-stress.sh BUILD_DIR [EVERY] — runs every Java test program against HotSpot with the
# collector forced to run every EVERY allocations (default 200) in a small heap, so that
# collections happen at every allocation site of the VM and the class library. Slow: not
# part of `make test`; run it with `make stress`.
set -u
build=${1:-build}
every=${2:-200}
here=$(cd "$(dirname "$0")/.." && pwd)
djsim=$(cd "$build" && pwd)/djsim
pass=0 fail=0
for dir in "$build"/tests/java/*/; do
  name=$(basename "$dir")
  src=$here/java/$name.java
  [ -f "$src" ] || continue
  # Programs that allocate tens of millions of objects would take hours; they are the
  # collector's own tests and run in the normal suite.
  case $name in GcChurn | AllocationChurn | ChecksumLoop) continue ;; esac
  opts=$(grep -m1 '^// run:' "$src" | sed 's|^// run: ||')
  if DJSIM_GC_STRESS=$every "$here/harness/java-vs-hotspot" "$(cd "$dir" && pwd)" "$name" $opts \
    -- "$djsim" exec >"$build/stress-$name.log" 2>&1; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name (see $build/stress-$name.log)"
  fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
