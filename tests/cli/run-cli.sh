#!/usr/bin/env bash
# run-cli.sh DJSIM [WORKDIR] — `djsim run`, `djsim baseline` and `djsim check`.
# The experiment files are in expfiles/: each bad-*.yaml states the errors it must produce in
# its `# expect: LINE:COLUMN: message` lines (test and oracle in one file). Points run under
# expfiles/fake-sim (through the DJSIM_SIM_EXE test hook), which writes figures from its
# arguments; when `djsim sim` exists, a tiny real experiment runs end to end too.
set -u
djsim=$1
work=${2:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
files=$here/expfiles
fake=$files/fake-sim
passed=0 failed=0
check() { # check NAME STATUS [DETAIL]: STATUS 0 passes
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1))
    echo "ok:   $1"
  else
    failed=$((failed + 1))
    echo "FAIL: $1${3:+ — $3}"
  fi
}
has() { grep -qF -- "$2" "$1"; } # has FILE TEXT
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 2
export DJSIM_SIM_EXE=$fake FAKE_SIM_LOG=$work/sim.log

# ---- bad experiment files: FILE:LINE:COLUMN: message, exit 2, nothing run ---------------
for f in "$files"/bad-*.yaml; do
  name=$(basename "$f")
  : >"$FAKE_SIM_LOG"
  "$djsim" run "$f" --out "$work/bad" >out.txt 2>err.txt
  rc=$?
  check "$name exits 2" $((rc != 2)) "exit $rc"
  while IFS= read -r want; do
    has err.txt "$f:$want"
    check "$name: $want" $? "stderr: $(head -c 300 err.txt)"
  done < <(sed -n 's/^# expect: //p' "$f")
  [ ! -s "$FAKE_SIM_LOG" ] && [ ! -e "$work/bad" ]
  check "$name runs nothing" $?
done

# ---- command-line errors -------------------------------------------------------------
"$djsim" run "$files/good.yaml" --only threads=4 --list >/dev/null 2>err.txt
check "--only with an unknown key exits 2" $(($? != 2))
has err.txt "KEY one of platform, nodes, policy, place, args"
check "--only names the valid keys" $?
"$djsim" run "$files/good.yaml" --only nodes=3 --list >/dev/null 2>err.txt
check "--only matching no point exits 2" $(($? != 2))
"$djsim" run "$files/sizes.yaml" --size huge --list >/dev/null 2>err.txt
check "an unknown --size exits 2" $(($? != 2))
has err.txt "$files/sizes.yaml:10:3: no size 'huge' in sizes (valid: small, full)"
check "an unknown --size names the sizes" $?
"$djsim" run "$work/nope.yaml" >/dev/null 2>&1
check "a missing experiment file exits 2" $(($? != 2))

# ---- expanding the sweep ------------------------------------------------------------------
"$djsim" run "$files/good.yaml" --list >list.txt 2>&1
check "--list prints 8 points" $(($(wc -l <list.txt) != 8))
has list.txt "$(printf '4-cloud-n4-mofa-round-robin\tcloud n=4 mofa(min_interval=0.001) round-robin')"
check "points are numbered in sweep order" $?
"$djsim" run "$files/good.yaml" --list --only platform=loopback --only policy=mofa >list.txt
check "--only on two keys keeps 2 points" $(($(wc -l <list.txt) != 2))
"$djsim" run "$files/good.yaml" --list --only nodes=1 --only nodes=4 --only policy=nop >list.txt
check "--only twice on one key means either" $(($(wc -l <list.txt) != 4))
"$djsim" run "$files/sizes.yaml" --list >list.txt
check "sizes: small is the default" $(($(wc -l <list.txt) != 2))
"$djsim" run "$files/sizes.yaml" --list --size full >list.txt
check "sizes: --size full applies its sweep" $(($(wc -l <list.txt) != 8))

# ---- a sweep under fake-sim ------------------------------------------------------------------
: >"$FAKE_SIM_LOG"
"$djsim" run "$files/good.yaml" --jobs 2 --out r1 >table.txt 2>progress.txt
check "good.yaml runs (exit 0)" $? "$(tail -5 progress.txt)"
for f in results.json results.csv summary.md points/1-cloud-n1-nop-round-robin/figures.json \
  points/8-loopback-n4-mofa-round-robin/stdout.txt points/8-loopback-n4-mofa-round-robin/stderr.txt; do
  [ -s "r1/$f" ]
  check "r1/$f written" $?
done
check "8 points run" $(($(wc -l <"$FAKE_SIM_LOG") != 8))
has "$FAKE_SIM_LOG" "sim --platform cloud --nodes 4 --policy mofa --param min_interval=0.001 --place round-robin --heap 64m --stats-json r1/points/4-cloud-n4-mofa-round-robin/figures.json -cp $files/.:$files/../expfiles TreeDfs 8 2"
check "a point's command line" $?
has progress.txt "[8/8] "
check "progress lines when not on a terminal" $?
has table.txt "| loopback | 4     | mofa(min_interval=0.001) | round-robin | ok     | 0.065e1    | 280 "
check "the table is printed, numbers as the child wrote them" $?
has r1/results.json '"makespan_s": 0.035e1,'
check "results.json keeps the numbers' text" $?
has r1/results.csv "platform,nodes,policy,place,args,status,makespan_s,messages.count,remote_ops.latency_s.p99,nodes.0.cpu_busy_s,no.such.figure"
check "results.csv header" $?
has r1/results.csv 'cloud,1,mofa(min_interval=0.001),round-robin,8 2,ok,0.015e1,70,0.0004,0.01,'
check "results.csv row" $?
if command -v gnuplot >/dev/null; then
  [ -s r1/makespan.png ] && [ -s r1/makespan.svg ] && [ -s r1/latency.png ] && [ -s r1/latency.svg ]
  check "plots drawn by gnuplot" $?
fi
[ -s r1/latency.gp ] && [ -s r1/latency.dat ]
check "plot script and data written" $?

"$djsim" run "$files/good.yaml" --jobs 1 --quiet --out r2 >table2.txt 2>progress2.txt
check "a second run (--jobs 1 --quiet)" $?
[ ! -s progress2.txt ]
check "--quiet prints nothing on stderr" $? "$(head -3 progress2.txt)"
cmp -s table.txt table2.txt
check "--quiet prints the same table" $?
for f in results.json results.csv summary.md makespan.dat latency.dat makespan.gp; do
  cmp -s "r1/$f" "r2/$f"
  check "$f is byte-identical across runs" $?
done
GNUPLOT=/nonexistent "$djsim" run "$files/good.yaml" --out r3 >/dev/null 2>err.txt
check "without gnuplot the run still succeeds" $?
has err.txt "warning: gnuplot not found"
check "without gnuplot a warning" $?

# ---- derived figures: speedup, and a plot's ideal line -------------------------------------
# fake-sim's makespans: nop 0.35, 0.65 and 0.125 s at 1, 2 and 4 nodes; mofa 0.15, 0.35, 0.65.
"$djsim" run "$files/speedup.yaml" --quiet --out rsp >table.txt 2>err.txt
check "speedup.yaml runs" $? "$(cat err.txt)"
has table.txt "| cloud    | 4     | nop    | round-robin | ok     | 0.0125e1   | 2.8      |"
check "speedup: makespan at 1 node over makespan at n" $? "$(cat table.txt)"
has table.txt "| cloud    | 1     | mofa   | round-robin | ok     | 0.015e1    | 1        |"
check "speedup: 1 at 1 node" $?
has rsp/results.csv "cloud,4,mofa,round-robin,8 2,ok,0.065e1,0.230769"
check "speedup: in results.csv, 6 significant digits" $?
has rsp/results.json '"derived": {"speedup": 2.8}'
check "speedup: under derived in results.json, not in figures" $?
"$djsim" baseline rsp -o rsp.jsonl 2>/dev/null && ! grep -q speedup rsp.jsonl
check "speedup: baselines leave derived figures out" $?
printf '# series nop\n1 1\n2 0.538462\n4 2.8\n\n\n# series mofa\n1 1\n2 0.428571\n4 0.230769\n\n\n# series ideal\n1 1\n2 2\n4 4\n' >want.dat
tail -n +2 rsp/speedup.dat | cmp -s - want.dat
check "ideal: the line y = x as the last series of the data" $? "$(cat rsp/speedup.dat)"
has rsp/speedup.gp "'speedup.dat' index 2 using 1:2 with lines dt 2 lc rgb 'black' title 'ideal'"
check "ideal: drawn dashed, titled ideal" $? "$(cat rsp/speedup.gp)"
"$djsim" run "$files/speedup.yaml" --quiet --only nodes=2 --only nodes=4 --out rsp2 >table.txt 2>&1
has table.txt "| cloud    | 4     | nop    | round-robin | ok     | 0.0125e1   | -       |"
check "speedup: none without the 1-node point" $? "$(cat table.txt)"

# ---- failing points ----------------------------------------------------------------------
"$djsim" run "$files/failing.yaml" --out rf >/dev/null 2>err.txt
check "failed points make the exit status 1" $(($? != 1))
for want in "[ok]: ok" "[fail]: FAILED (exit status 3)" "    | something went wrong" \
  "[crash]: FAILED (killed by signal 11" "[hang]: FAILED (timed out after 1 s)" \
  "[nofigures]: FAILED (exit status 0 but no figures.json)"; do
  has err.txt "$want"
  check "failing.yaml reports: $want" $? "$(cat err.txt)"
done
[ "$(grep -c '"status": "failed"' rf/results.json)" = 4 ] && [ "$(grep -c '"status": "ok"' rf/results.json)" = 1 ]
check "results.json: 1 ok, 4 failed" $?

# ---- sources compiled into the results folder --------------------------------------------
if command -v "${JAVAC:-javac}" >/dev/null; then
  mkdir -p src/demo
  printf 'package demo;\npublic class Hello { public static void main(String[] a) { System.out.println("hi " + a.length); } }\n' >src/demo/Hello.java
  cat >sources.yaml <<'YAML'
name: sources
description: Compiles its sources before running.
program: {sources: src, main: demo.Hello, args: [x]}
sweep: {platforms: [loopback], nodes: [1], policies: [nop]}
YAML
  "$djsim" run sources.yaml --out rs >/dev/null 2>err.txt
  check "sources.yaml runs" $? "$(cat err.txt)"
  [ -s rs/classes/demo/Hello.class ]
  check "sources compiled into OUT/classes" $?
  has rs/points/1-loopback-n1-nop-local/stderr.txt "class path rs/classes"
  check "compiled classes on the class path" $?
  echo 'class Broken {' >src/Broken.java
  "$djsim" run sources.yaml --out rs >/dev/null 2>err.txt
  check "a javac failure exits 1" $(($? != 1))
  rm src/Broken.java
fi

# ---- baseline and check on a fabricated results folder -------------------------------------
fab_point() { # fab_point KEY COUNT LATENCY STATUS
  printf '{"key": "%s", "status": "%s", "figures": {"run": {"exit_status": 0}, "makespan_s": 0.5, "messages": {"count": %s, "bytes": 900, "by_type": {"READ": {"count": 3, "bytes": 90}}}, "remote_ops": {"count": 3, "latency_s": {"min": 0.001, "median": %s, "max": 0.003}}, "migrations": 0, "forwards": 0, "replicas_made": 1, "class_bytes_shipped": 0, "threads": [{"id": 1, "run_s": 0.4}], "nodes": [{"node": 0, "cpu_busy_s": 0.25}]}}' "$1" "$4" "$2" "$3"
}
fab() { # fab DIR POINT...
  local dir=$1 sep=
  shift
  mkdir -p "$dir"
  { printf '{"name": "fab", "points": ['; for p in "$@"; do printf '%s%s' "$sep" "$p"; sep=,; done; printf ']}\n'; } >"$dir/results.json"
}
fab fab "$(fab_point "cloud n=2 nop round-robin" 10 0.002 ok)" "$(fab_point "cloud n=4 nop round-robin" 20 0.002 ok)"
"$djsim" baseline fab -o base.jsonl 2>/dev/null
check "baseline exits 0" $?
[ "$(wc -l <base.jsonl)" = 30 ]
check "baseline: 15 figures per point" $? "$(wc -l <base.jsonl) lines"
has base.jsonl '{"point": "cloud n=4 nop round-robin", "figure": "messages.by_type.READ.count", "value": 3}'
check "baseline line format" $?
grep -q 'threads\|nodes\.0' base.jsonl
check "baseline leaves out threads and nodes" $((!$?))
"$djsim" check fab --baseline base.jsonl >out.txt
check "check: unchanged exits 0" $?
has out.txt "2 points, 30 figures: no regression"
check "check: says no regression" $?
fab fab2 "$(fab_point "cloud n=2 nop round-robin" 10 0.002 ok)" "$(fab_point "cloud n=4 nop round-robin" 21 0.002 ok)"
"$djsim" check fab2 --baseline base.jsonl >out.txt
check "check: a changed figure exits 1" $(($? != 1))
has out.txt "cloud n=4 nop round-robin: messages.count: 20 -> 21"
check "check: names point, figure, old and new" $? "$(cat out.txt)"
"$djsim" check fab2 --baseline base.jsonl --tolerance 0.1 >out.txt
check "check: --tolerance 0.1 accepts 20 -> 21" $?
"$djsim" check fab2 --baseline base.jsonl --tolerance 0.01 >/dev/null
check "check: --tolerance 0.01 does not" $(($? != 1))
fab fab3 "$(fab_point "cloud n=2 nop round-robin" 10 0.002 failed)"
"$djsim" check fab3 --baseline base.jsonl >out.txt
check "check: a missing point exits 1" $(($? != 1))
has out.txt "cloud n=4 nop round-robin: point missing from the results" && has out.txt "cloud n=2 nop round-robin: status: ok -> failed"
check "check: names the missing point and the changed status" $? "$(cat out.txt)"
fab fab4 "$(fab_point "cloud n=2 nop round-robin" 10 0.002 ok)" "$(fab_point "cloud n=4 nop round-robin" 20 0.002 ok)" "$(fab_point "cloud n=8 nop round-robin" 20 0.002 ok)"
"$djsim" check fab4 --baseline base.jsonl >out.txt
check "check: an extra point exits 1" $(($? != 1))
has out.txt "cloud n=8 nop round-robin: point not in the baseline"
check "check: names the extra point" $?
"$djsim" baseline r1 -o r1.jsonl 2>/dev/null && "$djsim" check r2 --baseline r1.jsonl >out.txt
check "check: two runs of good.yaml agree" $? "$(cat out.txt)"
echo '{"point": "x", "figure": ' >broken.jsonl
"$djsim" check fab --baseline broken.jsonl 2>err.txt >/dev/null
check "check: a malformed baseline exits 2" $(($? != 2))
has err.txt "broken.jsonl:1:"
check "check: a malformed baseline names its line" $?
"$djsim" check fab >/dev/null 2>&1
check "check without --baseline exits 2" $(($? != 2))

# ---- end to end, when `djsim sim` exists -----------------------------------------------------
unset DJSIM_SIM_EXE
if "$djsim" sim --help >/dev/null 2>&1 && command -v "${JAVAC:-javac}" >/dev/null; then
  mkdir -p real/src
  printf 'public class Sum { public static void main(String[] a) { long s = 0; for (int i = 0; i < Integer.parseInt(a[0]); i++) s += i; System.out.println(s); } }\n' >real/src/Sum.java
  cat >real/real.yaml <<'YAML'
name: real
description: A tiny real experiment, end to end.
program: {sources: src, main: Sum, args: [1000]}
sweep: {platforms: [cloud], nodes: [1, 2], policies: [nop], place: [round-robin]}
timeout: 120
YAML
  "$djsim" run real/real.yaml --out real/r1 --quiet >real/t1.txt 2>real/err.txt
  check "a real experiment runs" $? "$(tail -15 real/err.txt)"
  has real/r1/points/1-cloud-n1-nop-round-robin/stdout.txt 499500
  check "the real program's output" $?
  "$djsim" run real/real.yaml --out real/r2 --quiet >/dev/null 2>&1
  cmp -s real/r1/results.json real/r2/results.json
  check "a real experiment is byte-identical across runs" $?
else
  echo "skip: \`djsim sim\` not available, no end-to-end run"
fi

echo "run-cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
