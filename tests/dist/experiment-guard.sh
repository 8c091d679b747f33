#!/usr/bin/env bash
# experiment-guard.sh DJSIM WORKDIR NAME... — runs each shipped experiment at its small size
# and checks its figures against experiments/baselines/NAME.jsonl, exactly (runs are
# deterministic). A change that sends one more message anywhere fails here, naming the
# point and the figure. To accept a deliberate change, see docs/experiments.md.
set -u
djsim=$1 work=$2
shift 2
here=$(cd "$(dirname "$0")/../.." && pwd)
fail=0
mkdir -p "$work"
for name in "$@"; do
  out=$work/$name
  rm -rf "$out"
  if ! "$djsim" run "$here/experiments/$name.yaml" --out "$out" --quiet >"$work/$name.table" 2>"$work/$name.err"; then
    echo "FAIL: djsim run experiments/$name.yaml"
    tail -n 20 "$work/$name.err"
    fail=1
    continue
  fi
  "$djsim" check "$out" --baseline "$here/experiments/baselines/$name.jsonl" || fail=1
done
exit $fail
