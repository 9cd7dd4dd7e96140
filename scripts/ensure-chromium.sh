#!/usr/bin/env bash
# The end-to-end tests need a real Chromium. Playwright cannot download its
# own browser here, so Debian's package is used; it is installed when missing
# and we can (root with apt), otherwise we stop with the one-line instruction.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium fonts-dejavu-core >&2
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "End-to-end tests need Chromium at $CHROMIUM: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and try again." >&2
exit 1
