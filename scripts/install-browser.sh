#!/usr/bin/env bash
# Debian's Chromium and ChromeDriver for the browser and end-to-end tests
# (a test tool's own browser download cannot work here). Idempotent.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
echo "==> installing Debian's chromium and chromium-driver" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
