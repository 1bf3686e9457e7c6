#!/usr/bin/env bash
# Installs the Debian packages ReformGraph uses when they are missing:
#   fonts-noto-cjk            CJK glyphs for exported PNG/SVG/PDF images
#   chromium                  the real browser for the explorer's end-to-end tests
#   libreoffice-writer-nogui  reads old Word .doc / WPS .wps files (converted to .docx, tables kept)
#   libreoffice-calc-nogui    the ledger tests open the exported 台账 in LibreOffice Calc (its formulas, its saving)
#   antiword                  reads old Word .doc files fast (text, tables as |cell| rows); the fallback
#   catdoc                    reads old Word .doc files as plain text; the last fallback
#   poppler-utils             pdftoppm: the ledger test draws the 台账 as LibreOffice prints it, to look at
#   mupdf-tools               mutool: the PDF tests draw each exported slide with a second reader (MuPDF)
# Needs root (or passwordless sudo) and the Debian package registry. Never fails the build:
# without them, image exports warn, browser tests skip, and .doc/.wps files get a one-line
# error naming the package to install (their tests skip, printing the same).
set -u
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v mutool >/dev/null 2>&1 || need+=(mupdf-tools)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
ls /usr/lib/libreoffice/program/libsclo.* >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v antiword >/dev/null 2>&1 || need+=(antiword)
command -v catdoc >/dev/null 2>&1 || need+=(catdoc)
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "system-deps: missing Debian packages: ${need[*]} (not root; install them with apt-get to enable exports, browser tests and .doc/.wps files)"; exit 0
  fi
fi
echo "system-deps: installing ${need[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || true
for package in "${need[@]}"; do  # one at a time: a package that cannot be had does not block the others
  $SUDO apt-get install -y -qq --no-install-recommends "$package" >/dev/null 2>&1 \
    || echo "system-deps: apt-get could not install $package; what needs it falls back or skips, naming it"
done
exit 0
