#!/usr/bin/env bash
# experiment-guard.sh DJSIM WORKDIR NAME... — runs each shipped experiment experiments/NAME.yaml
# at its small size and checks its figures against experiments/baselines/NAME.jsonl, exactly
# (runs are deterministic). A change that sends one more message anywhere fails here, naming
# the point and the figure. tests/CMakeLists.txt registers one test per baseline
# (experiments/regression/NAME). To accept a deliberate change, see docs/experiments.md.
set -u
djsim=$1 work=$2
shift 2
here=$(cd "$(dirname "$0")/../.." && pwd)
fail=0
mkdir -p "$work"
for name in "$@"; do
  file=$here/experiments/$name.yaml baseline=$here/experiments/baselines/$name.jsonl
  out=$work/$name
  if [ ! -f "$file" ] || [ ! -f "$baseline" ]; then
    echo "FAIL: experiments/$name.yaml and experiments/baselines/$name.jsonl must both exist"
    fail=1
    continue
  fi
  rm -rf "$out"
  if ! "$djsim" run "$file" --out "$out" --quiet >"$work/$name.table" 2>"$work/$name.err"; then
    echo "FAIL: djsim run experiments/$name.yaml (results in $out)"
    tail -n 20 "$work/$name.err"
    fail=1
    continue
  fi
  "$djsim" check "$out" --baseline "$baseline" || fail=1
done
exit $fail
