#!/usr/bin/env bash
# migrate-races.sh DJSIM WORKDIR — migration when requests overlap: counts reasoned out in
# each program's leading comment, asserted on the --stats-json figures. Each check compares
# two runs that differ only in what is being counted, so the messages every run makes
# (starting threads, class bytes, System.out) cancel out. A run that hangs fails.
set -u
djsim=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work/classes"
"${JAVAC:-javac}" -nowarn -d "$work/classes" "$here/RefusedMoves.java" "$here/ArrivalWakeup.java" \
  "$here/AddrefWhileMoving.java" || exit 1
fail=0 n=0

figure() { # figure FILE TYPE: the count of message TYPE in a --stats-json file
  (grep -o "\"$2\": {\"count\": [0-9]*" "$1" || echo 0) | grep -o '[0-9]*$'
}

run() { # run NAME PLATFORM NODES FORCE MAIN ARGS...
  local name=$1 platform=$2 nodes=$3 force=$4
  shift 4
  timeout 60 "$djsim" sim --platform "$platform" --nodes "$nodes" --place round-robin --force "$force" \
    --stats-json "$work/$name.json" -cp "$work/classes" "$@" >"$work/$name.out" 2>"$work/$name.err" ||
    { echo "FAIL: run $name exited $? (124: it hung)"; cat "$work/$name.err"; exit 1; }
}

check() { # check WHAT GOT WANT
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok: $1 = $3"; else echo "FAIL: $1 = $2, expected $3"; fail=1; fi
}

# Two readers of node 1, 50 reads each, of an object whose monitor node 0 holds: every read
# is a READ at the owner (100), and each read sends at most one refused MOVE (a reader that
# waited for the other's MOVE reads at once), so between 1 and 100 MOVEs.
run r0 cloud 2 migrate RefusedMoves 0
run r50 cloud 2 migrate RefusedMoves 50
check "refused moves: the sums" "$(cat "$work/r50.out")" "sums 350 350"
check "refused moves: READs of 100 reads" $(($(figure "$work/r50.json" READ) - $(figure "$work/r0.json" READ))) 100
moves=$(($(figure "$work/r50.json" MOVE) - $(figure "$work/r0.json" MOVE)))
check "refused moves: at most one MOVE per read" $([ "$moves" -ge 1 ] && [ "$moves" -le 100 ] && echo yes || echo "no ($moves)") yes

# A worker that finds box MOVING and charges 10,000 loop rounds of CPU before it waits: the
# MOVE completes meanwhile, and the worker must still read box (no deadlock, exit 0).
run w myrinet 2 migrate ArrivalWakeup 10000
check "arrival during the charge: both reads" "$(cat "$work/w.out")" "read 7 7"

# ADDREFs that reach node 1 while it encodes `a` for a MOVE to node 3 are counted at node 3:
# after every other holder released `a` and node 3 collected, node 2's proxy still works
# (with the counts lost, node 3 freed `a` and node 2's read died of a protocol error).
run aw beowulf-10mb 4 migrate AddrefWhileMoving
check "ADDREF during a MOVE: the reads" "$(cat "$work/aw.out")" "node 3 read a[0] true
node 2 read 400 elements, then a[0] true"

echo "$n checks, $([ $fail = 0 ] && echo all passed || echo some FAILED)"
exit $fail
