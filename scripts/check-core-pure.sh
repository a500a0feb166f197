#!/usr/bin/env bash
# The core crate stays pure on every target: no leptos, web-sys, js-sys or
# wasm-bindgen anywhere in its dependency tree (dev-dependencies included),
# natively and for wasm32. A web API in a decision then fails to compile,
# and a dependency that would bring one fails here.
set -euo pipefail
cd "$(dirname "$0")/.."
CRATE=${1:-live-agenda-core}
status=0
for target in "$(rustc -vV | awk '/^host:/{print $2}')" wasm32-unknown-unknown; do
  found=$(cargo tree --offline -p "$CRATE" --target "$target" -e all --prefix none \
    | awk '{print $1}' | grep -xE 'leptos[a-z_-]*|web-sys|js-sys|wasm-bindgen[a-z-]*' | sort -u || true)
  if [ -n "$found" ]; then
    echo "$CRATE must stay pure, but for $target it depends on: $(echo $found)" >&2
    status=1
  fi
done
exit $status
