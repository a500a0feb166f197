# live-agenda: every set-up step lives here (or in scripts/ it calls) and is
# idempotent: on a fresh machine the first run installs, later runs only check.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Tools installed by the set-up come first: binaryen's wasm-opt from npm
# (never Debian's, which breaks the module), cargo-installed trunk and
# wasm-bindgen.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver

PREVIEW := http://127.0.0.1:8080/?now=2022-11-24T14:20:00%2B01:00

# The release wasm (what `dist/`, the plugin and the e2e tests use) is built
# with a pinned nightly that rebuilds std for size and aborts on a panic
# without formatting its message (-16 KB brotli: BENCHMARKS.md, Decisions).
# Lint, native and browser tests stay on stable. scripts/install-tools.sh
# installs this toolchain with rust-src and fetches std's crates.
export RELEASE_TOOLCHAIN := nightly-2026-05-19
RELEASE_BUILD := RUSTUP_TOOLCHAIN=$(RELEASE_TOOLCHAIN) \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"

.PHONY: help setup setup-browser serve dist plugin test lint test-native test-browser test-e2e test-wordpress bench fuzz clean

help:
	@echo "make serve   build and serve the widget with the seed's programme on http://127.0.0.1:8080"
	@echo "make test    every test: lint, native, browser (headless Chromium), end to end"
	@echo "make dist    the release files into dist/"
	@echo "make plugin  the WordPress plugin, target/plugin/live-agenda.zip"
	@echo "make fuzz    fuzz the programme parser for a bounded time (nightly toolchain)"
	@echo "make bench   measure sizes, load time, ticks and memory into BENCHMARKS.md"

setup:
	@scripts/install-tools.sh

setup-browser:
	@scripts/install-browser.sh

serve: setup
	@echo "live-agenda: http://127.0.0.1:8080/"
	@echo "preview during Leiber's talk: $(PREVIEW)"
	# Its own folder: dist/ stays the release build the tests and the web editor use.
	$(RELEASE_BUILD) trunk serve --release --dist target/serve

dist: setup
	$(RELEASE_BUILD) trunk build --release
	@# Trunk's lock file is no file of the widget's: it must not be uploaded.
	@rm -f dist/.trunk-lock
	@# The organisers' editor: its own wasm, in dist/editor/ (never loaded
	@# by the widget), built beside and copied in.
	$(RELEASE_BUILD) trunk build --release --config Trunk.editor.toml
	@rm -f target/editor-dist/.trunk-lock
	@rm -rf dist/editor && cp -R target/editor-dist dist/editor
	@scripts/check-dist.sh dist

# The WordPress plugin with the release widget inside (wp-admin's "Upload Plugin").
plugin: dist
	@scripts/build-plugin.sh

test: setup setup-browser lint test-native test-browser test-e2e test-wordpress
	@echo "make test: every layer passed"

lint:
	cargo fmt --all --check
	cargo clippy --offline --workspace --all-targets -- -D warnings
	cargo clippy --offline --lib --bins --test web --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --offline -p live-agenda-core --lib --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --offline -p live-agenda-core --lib --features editor --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --offline -p live-agenda-editor --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --offline -p live-agenda-import --bins --target wasm32-unknown-unknown -- -D warnings
	@scripts/check-core-pure.sh
	@python3 scripts/check-import-cycles.py

test-native:
	@scripts/run-layer.sh native cargo test --offline --workspace

test-browser:
	@scripts/run-layer.sh browser cargo test --offline --target wasm32-unknown-unknown --test web

test-e2e: dist
	@scripts/run-layer.sh e2e node --test --test-concurrency=1 tests/e2e/

# A real WordPress from Debian's packages on 127.0.0.1:8181, set up as the
# README says (scripts/wordpress/: idempotent, needs root), started for the
# suite and stopped after it, pass or fail.
test-wordpress: plugin
	@bash scripts/wordpress/start.sh
	@status=0; scripts/run-layer.sh wordpress node --test --test-concurrency=1 tests/wordpress/ || status=$$?; \
	  bash scripts/wordpress/stop.sh; exit $$status

# DESIGN §7's budgets, measured in one run into BENCHMARKS.md (about 4 min).
# A measurement, not a test: an unmet budget is reported, not a failure.
bench: dist
	node scripts/bench.mjs

# Bounded: two minutes of libFuzzer on programme::load (on the release's
# pinned nightly; cargo-fuzz is installed on first use). Not part of `make test`.
FUZZ_SECONDS ?= 120
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	mkdir -p fuzz/corpus/load && cp tests/fixtures/*.json assets/programme.json fuzz/corpus/load/
	cargo +$(RELEASE_TOOLCHAIN) fuzz run load fuzz/corpus/load -- -max_total_time=$(FUZZ_SECONDS)

clean:
	rm -rf dist tests/e2e/out
