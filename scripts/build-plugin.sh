#!/usr/bin/env bash
# `make plugin`: target/plugin/live-agenda.zip, the WordPress plugin
# (wordpress/live-agenda/) with the release widget (dist/) in its widget/
# folder, as wp-admin's "Upload Plugin" takes it. Zipped with Python's
# zipfile: every machine of this kind has Python, not always zip.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/plugin
rm -rf "$out"
mkdir -p "$out/live-agenda/widget"
cp -R wordpress/live-agenda/. "$out/live-agenda/"
cp -R dist/. "$out/live-agenda/widget/"
(cd "$out" && python3 -m zipfile -c live-agenda.zip live-agenda/)
echo "plugin: $out/live-agenda.zip ($(du -k "$out/live-agenda.zip" | cut -f1) KB)"
