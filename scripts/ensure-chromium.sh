#!/usr/bin/env bash
# Browser tests need Debian's Chromium at /usr/bin/chromium (never a downloaded
# browser build). Install it when missing and possible; otherwise stop with the
# exact command to run.
set -euo pipefail
CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing Debian's chromium for the browser tests (about a minute)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "Chromium is missing at $CHROMIUM and cannot be installed from here." >&2
echo "Run:  sudo apt-get update && sudo apt-get install -y chromium" >&2
exit 1
