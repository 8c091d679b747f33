#!/usr/bin/env bash
# policy-counts.sh DJSIM WORKDIR — each shipped policy's effect, pinned exactly on small
# programs whose counts are reasoned out below. Figures come from --stats-json: message
# counts by type, and the per-class figures (what moved, was replicated, invalidated or
# served remotely), so objects the runtime itself shares (Thread objects, Runnables) do
# not blur the count being checked.
set -u
djsim=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work/classes"
"${JAVAC:-javac}" -nowarn -d "$work/classes" "$here"/TreeWalk.java "$here"/ReadTable.java \
  "$here"/CacheWrite.java "$here"/HotCall.java "$here"/Affinity.java "$here"/Spread.java \
  "$here"/LoadSpread.java || exit 1
fail=0 n=0

run() { # [PLATFORM=FILE] run NAME NODES POLICY PLACE MAIN ARG [--param K=V]
  local name=$1 nodes=$2 policy=$3 place=$4 main=$5 arg=$6
  shift 6
  "$djsim" sim --platform "${PLATFORM:-cloud}" --nodes "$nodes" --policy "$policy" --place "$place" "$@" \
    --stats-json "$work/$name.json" -cp "$work/classes" "$main" "$arg" \
    >"$work/$name.out" 2>"$work/$name.err" ||
    { echo "FAIL: run $name exited $?"; cat "$work/$name.err"; exit 1; }
}

# fig NAME PATH: a figure of run NAME. PATH is "msg TYPE" (count of a message type),
# "class NAME KEY" (a per-class figure), "thread NAME" (the node a thread ran on), "total"
# (all messages) or a top-level key.
fig() {
  python3 - "$work/$1.json" "${@:2}" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
a = sys.argv[2:]
if a[0] == "msg":
    print(d["messages"]["by_type"].get(a[1], {}).get("count", 0))
elif a[0] == "class":
    print(d["classes"].get(a[1], {}).get(a[2], 0))
elif a[0] == "total":
    print(d["messages"]["count"])
elif a[0] == "thread":
    print(",".join(str(t["node"]) for t in d["threads"] if t["name"] == a[1]))
else:
    print(d[a[0]])
PY
}

check() { # check WHAT GOT WANT
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok: $1 = $3"; else echo "FAIL: $1 = $2, expected $3"; fail=1; fi
}

le() { # le WHAT GOT MAX
  n=$((n + 1))
  if [ "$2" -le "$3" ]; then echo "ok: $1 = $2 <= $3"; else echo "FAIL: $1 = $2, expected <= $3"; fail=1; fi
}

# mofa: TreeWalk builds a 15-node tree on node 0; one thread on node 1 walks it WALKS times.
# The first walk moves each tree node to node 1 once (15 MOVEs, 15 migrations of Node); a
# second walk finds them all there and sends nothing.
run mofa0 2 mofa round-robin TreeWalk 0
run mofa1 2 mofa round-robin TreeWalk 1
run mofa2 2 mofa round-robin TreeWalk 2
check "mofa: MOVEs of the first walk" $(($(fig mofa1 msg MOVE) - $(fig mofa0 msg MOVE))) 15
check "mofa: tree nodes moved" "$(fig mofa1 class 'TreeWalk$Node' migrations)" 15
check "mofa: messages of the second walk" $(($(fig mofa2 total) - $(fig mofa1 total))) 0

# mofa-predict (depth 3): the root comes alone (nothing learned yet). Reaching root.left
# teaches "Node.left": the left child comes with its left chain (L, LL, LLL). LL.right
# teaches "Node.right": LLR comes (a leaf). Then L.right brings LR, LRL, LRR, and
# root.right brings the whole right subtree (7 nodes): 5 round trips for 15 nodes, at most
# half of mofa's 15. A second walk sends nothing.
run pred0 2 mofa-predict round-robin TreeWalk 0
run pred1 2 mofa-predict round-robin TreeWalk 1
run pred2 2 mofa-predict round-robin TreeWalk 2
pm=$(($(fig pred1 msg MOVE) - $(fig pred0 msg MOVE)))
check "mofa-predict: MOVEs of the first walk" "$pm" 5
le "mofa-predict: MOVEs against mofa's 15 / 2" "$((2 * pm))" 15
check "mofa-predict: tree nodes moved" "$(fig pred1 class 'TreeWalk$Node' migrations)" 15
check "mofa-predict: MOVEs of the second walk" $(($(fig pred2 msg MOVE) - $(fig pred1 msg MOVE))) 0

# readonly: a Table (final fields) holding 8 Rows (final fields) in an array, read by
# threads on nodes 1, 2, 3 and 0: each other node gets one replica of each, whatever the
# number of reads (1 or 5 rounds), and no read of them is ever served remotely.
run ro1 4 readonly round-robin ReadTable 1
run ro5 4 readonly round-robin ReadTable 5
for r in ro1 ro5; do
  check "readonly ($r): Table replicas" "$(fig $r class 'ReadTable$Table' replicas)" 3
  check "readonly ($r): Row replicas" "$(fig $r class 'ReadTable$Row' replicas)" 24
  check "readonly ($r): row array replicas" "$(fig $r class '[LReadTable$Row;' replicas)" 3
  check "readonly ($r): Table reads served remotely" "$(fig $r class 'ReadTable$Table' reads_served)" 0
done
check "readonly: CACHEs do not grow with reads" "$(fig ro5 msg CACHE)" "$(fig ro1 msg CACHE)"

# cache (ratio 4): three readers on nodes 1-3 read Shared and Other 8 times each: reads 1-3
# are remote, the 4th makes a replica, the rest are local (9 remote reads of each). Then
# main writes Shared once: exactly its 3 replicas are invalidated, Other's none.
run cache 4 cache round-robin CacheWrite 8
check "cache: Shared replicas" "$(fig cache class 'CacheWrite$Shared' replicas)" 3
check "cache: Other replicas" "$(fig cache class 'CacheWrite$Other' replicas)" 3
check "cache: Shared reads served remotely" "$(fig cache class 'CacheWrite$Shared' reads_served)" 9
check "cache: Shared replicas invalidated by the write" "$(fig cache class 'CacheWrite$Shared' invalidated)" 3
check "cache: Other replicas invalidated" "$(fig cache class 'CacheWrite$Other' invalidated)" 0
check "cache: the write is seen" "$(cat "$work/cache.out")" "sums 48 48 48, x 42"

# rpc-hot (accesses 2): sum() reads 10 fields of a remote Account. Its first call runs on
# node 1 (10 remote reads); 10 > 2 per call, so the next calls are shipped: 4 INVOKEs for 5
# calls, and no more remote reads.
run hot1 2 rpc-hot round-robin HotCall 1
run hot5 2 rpc-hot round-robin HotCall 5
check "rpc-hot: Account reads, 1 call" "$(fig hot1 class 'HotCall$Account' reads_served)" 10
check "rpc-hot: Account reads, 5 calls" "$(fig hot5 class 'HotCall$Account' reads_served)" 10
check "rpc-hot: INVOKEs, 5 calls" "$(fig hot5 class 'HotCall$Account' invokes_served)" 4
check "rpc-hot: the result" "$(cat "$work/hot5.out")" "calls 5, total 275"

# threshold (the worked example of docs/policies.md, accesses 8): sum()'s first 7 reads of
# the Account are remote, the 8th moves it to node 1, the rest are local.
run thr 2 threshold round-robin HotCall 1
check "threshold: Account reads served remotely" "$(fig thr class 'HotCall$Account' reads_served)" 7
check "threshold: Account moved" "$(fig thr class 'HotCall$Account' migrations)" 1

# round-robin: the main thread is thread 0 on node 0; the i-th thread it starts (Thread-0 is
# the first) is thread i and runs on node i mod 4.
for i in 0 1 2 3; do
  check "round-robin: Thread-$i's node" "$(fig ro1 thread Thread-$i)" $(((i + 1) % 4))
done

# data-affinity: producers hold no data, so they spread (nodes 1, 2, 3) and each makes its
# array there; worker k holds producer k's array (4,000 bytes, against main's 24-byte
# result array) and must run where it is.
run aff 4 nop data-affinity Affinity 0
for k in 0 1 2; do
  check "data-affinity: worker-$k runs next to its data" "$(fig aff thread worker-$k)" "$(fig aff thread producer-$k)"
done

# spread: two pool workers on node 0 (--place local). Job 0 is made before the pool queued
# any Job, so it stays on node 0; queueing it teaches node 0 the class, and Jobs 1..8 are
# made on nodes 1, 2, 3, 0, 1, 2, 3, 0: six pushed (PUSH, 6 migrations of Job), each with its
# constructor and its run() shipped (12 INVOKEs), so the arrays they make and sum are where
# they run (no read of a Job served remotely). Under nop nothing is pushed.
run spread 4 spread local Spread 8
check "spread: PUSH messages" "$(fig spread msg PUSH)" 6
check "spread: Jobs moved" "$(fig spread class 'Spread$Job' migrations)" 6
check "spread: Job invocations served (constructors and runs)" "$(fig spread class 'Spread$Job' invokes_served)" 12
check "spread: Job reads served remotely" "$(fig spread class 'Spread$Job' reads_served)" 0
run spread-nop 4 nop local Spread 8
check "spread under nop: PUSH messages" "$(fig spread-nop msg PUSH)" 0
# Job k sums i * (k + 1) for i < 500, that is 124,750 (k + 1); Jobs 0..8 make 45 times that.
check "spread: the program's output" "$(cat "$work/spread.out")" "total 5613750"

# least-loaded on uneven.xml (node 1 has 4 cores): LoadSpread's comment reasons it out.
PLATFORM=$here/uneven.xml run ll 4 nop least-loaded LoadSpread 0
i=0
for want in 1 2 3 1 1 1 0; do
  check "least-loaded: Spinner-$i's node" "$(fig ll thread Spinner-$i)" $want
  i=$((i + 1))
done

echo "$n checks, $([ $fail = 0 ] && echo all passed || echo some FAILED)"
exit $fail
