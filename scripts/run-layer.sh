#!/usr/bin/env bash
# Runs one test layer and fails if it fails *or runs no test at all*: a layer
# that silently finds nothing to run is a broken layer, not a green one.
# Usage: run-layer.sh NAME COMMAND...
set -uo pipefail
name=$1; shift
log=$(mktemp)
echo "==> $name tests: $*" >&2
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# cargo and wasm-bindgen-test print "test result: ok. N passed"; node --test
# prints "# pass N".
passed=$(grep -Eo '(test result: [a-zA-Z]+\. [0-9]+ passed|^# pass [0-9]+)' "$log" \
  | grep -Eo '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
rm -f "$log"
if [ "$status" -ne 0 ]; then
  echo "==> $name tests FAILED (exit $status)" >&2
  exit "$status"
fi
if [ "${passed:-0}" -eq 0 ]; then
  echo "==> $name tests ran no test: failing" >&2
  exit 1
fi
echo "==> $name tests: $passed passed" >&2
