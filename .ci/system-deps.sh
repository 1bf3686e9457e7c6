#!/usr/bin/env bash
# Installs the Debian packages ReformGraph uses when they are missing:
#   fonts-noto-cjk  CJK glyphs for exported PNG/SVG/PDF images
#   chromium        the real browser for the explorer's end-to-end tests
#   mupdf-tools     mutool: the PDF tests draw each exported slide with a second reader (MuPDF)
# Needs root (or passwordless sudo) and the Debian package registry. Never fails the build:
# without them, image exports warn and browser tests skip, each naming the missing package.
set -u
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v mutool >/dev/null 2>&1 || need+=(mupdf-tools)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "system-deps: missing Debian packages: ${need[*]} (not root; install them with apt-get to enable exports/browser tests)"; exit 0
  fi
fi
echo "system-deps: installing ${need[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || true
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "system-deps: apt-get could not install ${need[*]}; exports fall back and browser tests skip"
exit 0
