#!/usr/bin/env bash
# policies-doc.sh SOURCE_DIR — the worked example in docs/policies.md is policies/threshold.c,
# verbatim, and under 60 lines; every shipped policy and placement has a row in the doc.
set -u
src=$1 djsim=$2
got=$(sed -n '/^<!-- policies\/threshold.c -->/,/^<!-- end of policies\/threshold.c -->/p' "$src/docs/policies.md" | sed '1,2d;$d' | sed '$d')
if [ "$got" != "$(cat "$src/policies/threshold.c")" ]; then
  echo "FAIL: docs/policies.md's example differs from policies/threshold.c"
  diff <(echo "$got") "$src/policies/threshold.c"
  exit 1
fi
lines=$(wc -l <"$src/policies/threshold.c")
[ "$lines" -lt 60 ] || { echo "FAIL: the worked example has $lines lines (60 at most)"; exit 1; }
for name in $("$djsim" policies --names) local round-robin least-loaded data-affinity; do
  grep -q "^| \`$name\` |" "$src/docs/policies.md" || { echo "FAIL: docs/policies.md has no row for $name"; exit 1; }
done
echo "ok: the example is policies/threshold.c ($lines lines); every policy has a row"
