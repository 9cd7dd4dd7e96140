#!/usr/bin/env bash
# The figure-rendering end-to-end test draws exported SVGs outside the
# browser with rsvg-convert (Debian's librsvg2-bin, the renderer of most Linux
# tools), in Liberation Sans (Arial's metrics) and in DejaVu Sans (the wider
# font a program falls back to without them). Installed when missing and we
# can (root with apt); otherwise we stop with the one-line instruction.
set -euo pipefail
have_tools() {
  command -v rsvg-convert >/dev/null 2>&1 &&
    fc-list 2>/dev/null | grep -q 'Liberation Sans' &&
    fc-list 2>/dev/null | grep -q 'DejaVu Sans'
}
if have_tools; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "rsvg-convert or the figure fonts are missing: installing librsvg2-bin, fonts-liberation and fonts-dejavu-core…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq librsvg2-bin fonts-liberation fonts-dejavu-core fontconfig >&2
  have_tools && exit 0
fi
echo "The figure-rendering test needs rsvg-convert and the Liberation Sans and DejaVu Sans fonts: run 'sudo apt-get install -y librsvg2-bin fonts-liberation fonts-dejavu-core' and try again." >&2
exit 1
