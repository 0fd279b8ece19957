#!/bin/sh
# Install what Qt, the tests and the packs need from Debian when it is missing.
# Usage: install-system-deps.sh run|test
# Checks each package with dpkg and installs only what is absent, so a machine
# that has everything is not touched and needs no network.
set -eu
purpose=${1:-run}

# Qt's runtime libraries (even offscreen), QtPdf's brotli, a font, and venv support.
packages="python3-venv libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libbrotli1 fonts-dejavu-core"
# A real X display (make run on a desktop) needs the xcb plugin's libraries.
packages="$packages libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1"
if [ "$purpose" = test ]; then
  # Reading packs back (pdftotext, pdffonts, pdftoppm), checking them (qpdf), a virtual screen,
  # and the validators for the desktop entry and the AppStream metadata.
  packages="$packages poppler-utils qpdf xvfb desktop-file-utils appstream"
  # Word and PDF test material made by an office suite (LibreOffice converts python-docx files to PDF),
  # and Tesseract with Swedish for scanned pages (OCR is also used by `make run` when present).
  packages="$packages libreoffice-writer-nogui tesseract-ocr tesseract-ocr-swe"
  # LibreOffice Calc headless (soffice --convert-to): spreadsheets saved as a member's program saves them.
  packages="$packages libreoffice-calc-nogui"
  # Calendar exports are read back by khal, and by ical.js (Thunderbird's parser) under node.
  packages="$packages khal"
  command -v node >/dev/null 2>&1 || packages="$packages nodejs"
  command -v npm >/dev/null 2>&1 || packages="$packages npm"
fi

if ! command -v dpkg >/dev/null 2>&1; then
  echo "Inte Debian/Ubuntu: installera motsvarande paket själv (se README, 'Andra plattformar')." >&2
  exit 0
fi
# python3-venv is only needed when python3 itself cannot make a venv with pip.
if python3 -c 'import ensurepip, venv' 2>/dev/null; then
  packages=$(echo "$packages" | sed 's/python3-venv //')
fi
missing=""
for p in $packages; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
echo "Installerar systempaket:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "Saknar root-rättigheter: installera själv:$missing" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# ical.js for the calendar tests, pinned by tests/js/package-lock.json, into tests/js/node_modules (never global).
if [ "$purpose" = test ] && [ ! -f "$(dirname "$0")/../../tests/js/node_modules/ical.js/package.json" ]; then
  echo "Installerar ical.js i tests/js/node_modules"
  (cd "$(dirname "$0")/../../tests/js" && npm ci --no-audit --no-fund --silent)
fi
