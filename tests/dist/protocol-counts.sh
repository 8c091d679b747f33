#!/usr/bin/env bash
# protocol-counts.sh DJSIM WORKDIR — message counts known by reasoning, asserted exactly.
# Each check compares two runs that differ only in what is being counted, so the messages
# every run makes (starting the thread, class bytes, System.out) cancel out.
set -u
djsim=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work/classes"
"${JAVAC:-javac}" -nowarn -d "$work/classes" "$here/TreeWalk.java" "$here/Callback.java" || exit 1
fail=0 n=0

# figure FILE TYPE: the count of message TYPE ("messages" for all) in a --stats-json file.
figure() {
  if [ "$2" = messages ]; then
    grep -o '"messages": {"count": [0-9]*' "$1" | grep -o '[0-9]*$'
  else
    (grep -o "\"$2\": {\"count\": [0-9]*" "$1" || echo 0) | grep -o '[0-9]*$'
  fi
}

run() { # run NAME FORCE MAIN ARG
  "$djsim" sim --platform cloud --nodes 2 --place round-robin --force "$2" \
    --stats-json "$work/$1.json" -cp "$work/classes" "$3" "$4" >"$work/$1.out" 2>"$work/$1.err" ||
    { echo "FAIL: run $1 exited $?"; cat "$work/$1.err"; exit 1; }
}

check() { # check WHAT GOT WANT
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok: $1 = $3"; else echo "FAIL: $1 = $2, expected $3"; fail=1; fi
}

# --force proxy: a walk of the 15-node tree reads value, left and right of every node at
# its owner: 45 READs, each a request and a reply.
run p0 proxy TreeWalk 0
run p1 proxy TreeWalk 1
run p2 proxy TreeWalk 2
check "proxy: READs of one walk" $(($(figure "$work/p1.json" READ) - $(figure "$work/p0.json" READ))) 45
check "proxy: messages of one walk" $(($(figure "$work/p1.json" messages) - $(figure "$work/p0.json" messages))) 90
check "proxy: messages of a second walk" $(($(figure "$work/p2.json" messages) - $(figure "$work/p1.json" messages))) 90

# --force migrate: the first walk moves each of the 15 tree nodes to node 1, once (a MOVE
# and its reply); the second walk finds them all local and sends nothing.
run m0 migrate TreeWalk 0
run m1 migrate TreeWalk 1
run m2 migrate TreeWalk 2
check "migrate: MOVEs of the first walk" $(($(figure "$work/m1.json" MOVE) - $(figure "$work/m0.json" MOVE))) 15
check "migrate: messages of the first walk" $(($(figure "$work/m1.json" messages) - $(figure "$work/m0.json" messages))) 30
check "migrate: messages of the second walk" $(($(figure "$work/m2.json" messages) - $(figure "$work/m1.json" messages))) 0

# --force rpc: work() is shipped to node 0 and calls back callback() on node 1's object:
# two INVOKEs and two replies.
run r0 rpc Callback 0
run r1 rpc Callback 1
check "rpc: INVOKEs of a call that calls back" $(($(figure "$work/r1.json" INVOKE) - $(figure "$work/r0.json" INVOKE))) 2
check "rpc: messages of a call that calls back" $(($(figure "$work/r1.json" messages) - $(figure "$work/r0.json" messages))) 4
check "rpc: the result" "$(cat "$work/r1.out")" "result 42"

# Determinism: the same command twice gives byte-identical output and figures.
run d1 migrate TreeWalk 2
cmp -s "$work/m2.json" "$work/d1.json" && cmp -s "$work/m2.out" "$work/d1.out"
check "determinism: identical output and JSON figures" $? 0

echo "$n checks, $([ $fail = 0 ] && echo all passed || echo some FAILED)"
exit $fail
