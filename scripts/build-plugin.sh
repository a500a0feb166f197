#!/usr/bin/env bash
# `make plugin`: target/plugin/live-agenda.zip, the WordPress plugin
# (wordpress/live-agenda/) with the release widget (dist/) in its widget/
# folder and check-programme in its bin/ folder, as wp-admin's "Upload
# Plugin" takes it. Zipped with Python's zipfile: every machine of this
# kind has Python, not always zip.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/plugin
target=x86_64-unknown-linux-musl
checker=bin/check-programme-x86_64-linux

# The plugin validates and renders every saved programme with the checker
# (`--json --html`): a static executable, so that it runs on any x86-64
# Linux host whatever its C library. The `cli` profile is the release one,
# stripped (Cargo.toml).
cargo build --offline --profile cli --bin check-programme --target "$target"
built=target/$target/cli/check-programme

rm -rf "$out"
mkdir -p "$out/live-agenda/widget" "$out/live-agenda/bin"
cp -R wordpress/live-agenda/. "$out/live-agenda/"
cp -R dist/. "$out/live-agenda/widget/"
cp "$built" "$out/live-agenda/$checker"

# It must run here, and need no dynamic loader there.
"$out/live-agenda/$checker" --json assets/programme.json >/dev/null

python3 - "$out" "$checker" <<'PY'
import os, struct, sys, zipfile

out, checker = sys.argv[1], sys.argv[2]
exe = os.path.join(out, "live-agenda", checker)

# A dynamically linked ELF names its loader in a PT_INTERP program header.
with open(exe, "rb") as f:
    elf = f.read()
phoff, = struct.unpack_from("<Q", elf, 0x20)
phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
types = [struct.unpack_from("<I", elf, phoff + i * phentsize)[0] for i in range(phnum)]
if 3 in types:
    sys.exit(f"{exe} is dynamically linked: the plugin needs a static one")

# Modes written explicitly, whatever the checkout's umask: 0755 for the
# folders and the checker, 0644 for the rest (what `unzip` restores; note
# that WordPress's own installer rewrites every file 0644).
with zipfile.ZipFile(os.path.join(out, "live-agenda.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in os.walk(os.path.join(out, "live-agenda")):
        dirs.sort()
        rel_root = os.path.relpath(root, out)
        info = zipfile.ZipInfo(rel_root + "/")
        info.external_attr = (0o40755 << 16) | 0x10
        z.writestr(info, b"")
        for name in sorted(files):
            path = os.path.join(root, name)
            info = zipfile.ZipInfo.from_file(path, os.path.join(rel_root, name))
            info.compress_type = zipfile.ZIP_DEFLATED
            mode = 0o755 if os.path.join(rel_root, name) == os.path.join("live-agenda", checker) else 0o644
            info.external_attr = (0o100000 | mode) << 16
            with open(path, "rb") as f:
                z.writestr(info, f.read())
PY
echo "plugin: $out/live-agenda.zip ($(du -k "$out/live-agenda.zip" | cut -f1) KB;" \
  "$checker $(du -k "$out/live-agenda/$checker" | cut -f1) KB)"
