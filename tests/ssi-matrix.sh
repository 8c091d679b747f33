#!/usr/bin/env bash
# ssi-matrix.sh BUILD_DIR — `make ssi`: every Java test program on 4 nodes under every
# --force mode and every object policy (threads round-robin), and under every thread
# placement (policy nop); each output against HotSpot's, platforms taken in turn (a
# program in java/REAL_TIME skips the platforms it names there). `make
# test` runs one pair per program (ssi/NAME, ssip/NAME); this runs them all (slow: some
# 3,700 runs). Prints one line per failure and a summary; exits 1 if any failed.
set -u
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
djsim=$build/djsim
platforms=(cloud myrinet beowulf-10mb)
modes=()
for f in proxy rpc cache migrate; do modes+=("--place round-robin --force $f"); done
for p in $("$djsim" policies --names); do modes+=("--place round-robin --policy $p"); done
for l in local least-loaded data-affinity; do modes+=("--place $l --policy nop"); done
runs=0 failed=0 i=0
for src in "$here"/java/*.java; do
  name=$(basename "$src" .java)
  dir=$build/tests/java/$name
  [ -d "$dir" ] || continue
  opts=$(sed -n 's|^// run: \(.*\)$|\1|p' "$src" | head -1)
  # A program whose output depends on real time skips the platforms java/REAL_TIME names.
  skip=$(awk -v n="$name" '$1 == n { print $2 }' "$here/java/REAL_TIME" | tr , ' ')
  for mode in "${modes[@]}"; do
    p=$((i % 3))
    for _ in 1 2; do
      case " $skip " in *" ${platforms[$p]} "*) p=$(((p + 1) % 3)) ;; esac
    done
    platform=${platforms[$p]}
    i=$((i + 1)) runs=$((runs + 1))
    # shellcheck disable=SC2086
    if ! JAVA=${JAVA:-java} timeout 300 "$here/harness/java-vs-hotspot" "$dir" "$name" $opts -- \
      "$djsim" sim --platform "$platform" --nodes 4 $mode >/dev/null 2>&1; then
      failed=$((failed + 1))
      echo "FAIL: $name on $platform with $mode"
    fi
  done
done
echo "$runs runs, $failed failed"
[ "$failed" = 0 ]
