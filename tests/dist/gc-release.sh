#!/usr/bin/env bash
# gc-release.sh DJSIM WORKDIR — a RELEASE frees an object at its owner (ReleaseFrees.java).
# Two runs differ only in whether node 1 ever holds a proxy of node 0's 4 MB array (SHARE=1)
# or not (SHARE=0), so everything else (the thread, its Runnable, class bytes) cancels out:
#   - SHARE=1 sends exactly one RELEASE more: node 1's collection reports its one proxy;
#   - node 0 takes exactly one more object out of its export table on a RELEASE
#     (nodes[0].released) and frees exactly one more object that had a global id
#     (nodes[0].freed): the array, which in the SHARE=0 run never got an id;
#   - node 0's heap ends the same in both runs, and smaller than the array: it was freed.
set -u
djsim=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work/classes"
"${JAVAC:-javac}" -nowarn -d "$work/classes" "$here/ReleaseFrees.java" "$here/ReleaseForwarded.java" || exit 1
fail=0 n=0

run() { # run NAME SHARE
  "$djsim" sim --platform cloud --nodes 2 --place round-robin --force proxy \
    --stats-json "$work/$1.json" -cp "$work/classes" ReleaseFrees "$2" >"$work/$1.out" 2>"$work/$1.err" ||
    { echo "FAIL: run $1 exited $?"; cat "$work/$1.err"; exit 1; }
}

count() { # count FILE TYPE: the count of message TYPE
  (grep -o "\"$2\": {\"count\": [0-9]*" "$1" || echo 0) | grep -o '[0-9]*$'
}

node_figure() { # node_figure FILE NODE NAME: a number of nodes[NODE]
  grep -o "{\"node\": $2, [^}]*}" "$1" | grep -o "\"$3\": [0-9]*" | grep -o '[0-9]*$'
}

check() { # check WHAT GOT WANT
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok: $1 = $3"; else echo "FAIL: $1 = $2, expected $3"; fail=1; fi
}

run kept 0
run shared 1
check "output" "$(cat "$work/shared.out")" "node 1 saw 1048576 elements
done"
check "RELEASEs of one dropped proxy" $(($(count "$work/shared.json" RELEASE) - $(count "$work/kept.json" RELEASE))) 1
check "objects node 0 unexported on a RELEASE" $(($(node_figure "$work/shared.json" 0 released) - $(node_figure "$work/kept.json" 0 released))) 1
check "objects with an id node 0 freed" $(($(node_figure "$work/shared.json" 0 freed) - $(node_figure "$work/kept.json" 0 freed))) 1
heap_kept=$(node_figure "$work/kept.json" 0 heap_used_bytes)
heap_shared=$(node_figure "$work/shared.json" 0 heap_used_bytes)
check "node 0's heap at the end, same as without sharing" "$heap_shared" "$heap_kept"
check "node 0's heap at the end is smaller than the array" $([ "$heap_shared" -lt 4194304 ] && echo yes || echo "no ($heap_shared)") yes

# A forwarded RELEASE lowers the count of the node whose proxy died (ReleaseForwarded.java):
# node 2 ends with o out of its export table whether node 1 ever held it (READER=1) or not.
for r in 0 1; do
  "$djsim" sim --platform cloud --nodes 3 --place round-robin --force migrate \
    --stats-json "$work/fwd$r.json" -cp "$work/classes" ReleaseForwarded $r >"$work/fwd$r.out" 2>"$work/fwd$r.err" ||
    { echo "FAIL: ReleaseForwarded $r exited $?"; cat "$work/fwd$r.err"; exit 1; }
done
check "forwarded RELEASE: node 1 held o" "$(tail -n 1 "$work/fwd1.out")" "node 1 held o: true"
check "forwarded RELEASE: objects node 2 released, with node 1 a holder as without" \
  "$(node_figure "$work/fwd1.json" 2 released)" "$(node_figure "$work/fwd0.json" 2 released)"

echo "$n checks, $([ $fail = 0 ] && echo all passed || echo some FAILED)"
exit $fail
