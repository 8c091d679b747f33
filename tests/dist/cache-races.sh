#!/usr/bin/env bash
# cache-races.sh DJSIM WORKDIR — replicas never serve a value older than a completed write.
# Each program sets up one race of write-invalidate with simulated delays (see its leading
# comment) and prints what a reader saw after a write had completed; the figures say the
# race really happened.
set -u
djsim=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work/classes"
"${JAVAC:-javac}" -nowarn -d "$work/classes" "$here/CacheRace.java" "$here/CacheWriters.java" || exit 1
fail=0 n=0

run() { # run NAME NODES MAIN
  "$djsim" sim --platform beowulf-10mb --nodes "$2" --place round-robin --force cache \
    --stats-json "$work/$1.json" -cp "$work/classes" "$3" >"$work/$1.out" 2>"$work/$1.err" ||
    { echo "FAIL: run $1 exited $?"; cat "$work/$1.err"; exit 1; }
}

figure() { # figure FILE NAME: a number of a --stats-json file, summed over its occurrences
  grep -o "\"$2\": [0-9]*" "$1" | grep -o '[0-9]*$' | awk '{ s += $1 } END { print s + 0 }'
}

check() { # check WHAT GOT WANT
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok: $1 = $3"; else echo "FAIL: $1 = $2, expected $3"; fail=1; fi
}

# The INVALIDATE of node 0's write overtakes the 4 MB CACHE reply it follows: node 1 drops
# that state on arrival (one replica dropped stale) and reads the written value.
run race 2 CacheRace
check "overtaken CACHE: the read after the write" "$(cat "$work/race.out")" "after the write: 1 (before: true)"
check "overtaken CACHE: states dropped stale (all nodes)" "$(figure "$work/race.json" replicas_stale)" 1

# Writer B's write waits for writer A's INVALIDATE, which node 1 serves only after a 4 MB
# copy: B completes after node 1 dropped its replica, so the reader does not read 0.
run writers 4 CacheWriters
check "two writers: the read after both" "$(cat "$work/writers.out")" "after both writes: fresh (before: 0)"

echo "$n checks, $([ $fail = 0 ] && echo all passed || echo some FAILED)"
exit $fail
