#!/usr/bin/env bash
# Installs what building and serving the widget needs, only what is missing.
# Idempotent: a second run only checks versions. Offline-safe: everything
# comes from crates.io, npm or Debian, never from a GitHub release download.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock 2>/dev/null || true)
WB_VERSION=${WB_VERSION:-0.2.130}

say() { printf '==> %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The plugin's check-programme: a static Linux executable (musl), any host.
if ! rustup target list --installed | grep -qx x86_64-unknown-linux-musl; then
  say "adding the x86_64-unknown-linux-musl target"
  rustup target add x86_64-unknown-linux-musl
fi

# The release build's pinned nightly (the Makefile's RELEASE_TOOLCHAIN),
# minimal, with std's sources: the release wasm rebuilds std for size.
RELEASE_TOOLCHAIN=${RELEASE_TOOLCHAIN:?set by the Makefile}
if ! rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
  || ! rustup component list --installed --toolchain "$RELEASE_TOOLCHAIN" | grep -q '^rust-src'; then
  say "installing $RELEASE_TOOLCHAIN with rust-src for the release build (~15 s)"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src
fi

if ! command -v trunk >/dev/null || ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (a cold build takes ~15 min)"
  # 0.22.x declares rustc 1.96; it builds and runs fine on 1.95.
  cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION"
fi

if ! command -v wasm-bindgen >/dev/null || ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION (~5 min)"
  # No --locked: its lock pins a webpki-roots the registry lacks.
  cargo install --force wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
  say "installing npm dev dependencies (binaryen's wasm-opt, playwright-core, axe-core)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

if [ -f Cargo.lock ]; then
  # Trunk builds with --offline: the crates must be in the local registry.
  cargo fetch --locked >/dev/null
fi
# The same for std's own crates, rebuilt by the release build.
SYSROOT=$(rustc +"$RELEASE_TOOLCHAIN" --print sysroot)
cargo +"$RELEASE_TOOLCHAIN" fetch -q --manifest-path "$SYSROOT/lib/rustlib/src/rust/library/Cargo.toml"
