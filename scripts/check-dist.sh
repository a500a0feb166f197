#!/usr/bin/env bash
# Guards the promise that dist/ works from any folder of any static host:
# no absolute URL in the built HTML, and the files the page names exist.
set -euo pipefail
dist=${1:-dist}
html="$dist/index.html"
[ -f "$html" ] || { echo "check-dist: $html missing" >&2; exit 1; }
if grep -Eo '(src|href)="?/[^" >]*' "$html"; then
  echo "check-dist: absolute URLs in $html (dist/ must work from any folder)" >&2
  exit 1
fi
[ -f "$dist/programme.json" ] || { echo "check-dist: $dist/programme.json missing" >&2; exit 1; }
ls "$dist"/*.wasm >/dev/null 2>&1 || { echo "check-dist: no .wasm in $dist" >&2; exit 1; }
# Only the widget's files: nothing hidden (a build tool's lock file) that a
# web editor would upload along.
if ls -A "$dist" | grep -q '^\.'; then
  echo "check-dist: hidden files in $dist: $(ls -A "$dist" | grep '^\.' | tr '\n' ' ')" >&2
  exit 1
fi
