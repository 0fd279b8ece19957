#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller, smoke-test it as a member's
# machine would run it (no venv, offscreen), measure size and start time, and pack
# it as a tar.gz with the desktop file, AppStream metadata and icons.
#
# Usage: packaging/build-bundle.sh [--out DIR] [--python PY] [--no-smoke] [--no-archive]
#   --out DIR      where build/, dist/namndklient/ and the archive go (default: dist/bundle)
#   --python PY    interpreter with the project installed (default: .venv/bin/python);
#                  PyInstaller is installed into it from packaging/requirements-bundle.txt if missing
# Exit status: 0 when the build and every smoke check passed; 1 otherwise (every
# check still runs, so one failure does not hide the others). The last lines
# (also in DIR/smoke-report.txt) are `key=value` figures for the README.
# Build on the oldest distribution you support: the bundle carries the build
# machine's system libraries (glibc excepted).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/dist/bundle"
PY="$ROOT/.venv/bin/python"
SMOKE=1
ARCHIVE=1
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --python) PY=$2; shift 2 ;;
    --no-smoke) SMOKE=0; shift ;;
    --no-archive) ARCHIVE=0; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "Okänt argument: $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
DIST="$OUT/dist"
BUNDLE="$DIST/namndklient"
REPORT="$OUT/smoke-report.txt"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# --- Build -----------------------------------------------------------------
if [ ! -x "$PY" ]; then
  echo "Hittar inte $PY: kör 'make venv' eller ange --python." >&2
  exit 2
fi
if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
  echo "Installerar PyInstaller i $("$PY" -c 'import sys; print(sys.prefix)')"
  "$PY" -m pip install --quiet --disable-pip-version-check -r "$ROOT/packaging/requirements-bundle.txt"
fi
VERSION=$("$PY" -c 'from nämndklient import about; print(about.version())')
echo "Bygger nämndklient $VERSION med PyInstaller $("$PY" -m PyInstaller --version) i $OUT"
t0=$(now)
(cd "$ROOT" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$OUT/build" packaging/pyinstaller/namndklient.spec)
BUILD_S=$(elapsed "$t0" "$(now)")

# Desktop integration files travel inside the folder, ready to copy to /usr/local/share.
SHARE="$BUNDLE/share"
rm -rf "$SHARE"
install -Dm644 "$ROOT/packaging/linux/se.regionjh.Namndklient.desktop" "$SHARE/applications/se.regionjh.Namndklient.desktop"
install -Dm644 "$ROOT/packaging/linux/se.regionjh.Namndklient.metainfo.xml" "$SHARE/metainfo/se.regionjh.Namndklient.metainfo.xml"
mkdir -p "$SHARE/icons"
cp -r "$ROOT/packaging/linux/icons/hicolor" "$SHARE/icons/"

SIZE_MB=$(du -sm "$BUNDLE" | cut -f1)
FILES=$(find "$BUNDLE" -type f | wc -l)
echo "Byggt på ${BUILD_S} s: $BUNDLE (${SIZE_MB} MB, $FILES filer)"

# --- Smoke test ------------------------------------------------------------
failures=0
pass() { echo "OK    $1"; }
fail() { echo "FEL   $1" >&2; failures=$((failures + 1)); }

if [ "$SMOKE" = 1 ]; then
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/namndklient-smoke.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
  # A member's session: no venv on PATH or PYTHONPATH, an empty home, no display.
  run() {
    (cd "$WORK" && env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
      XDG_DATA_HOME="$WORK/home/data" XDG_STATE_HOME="$WORK/home/state" \
      XDG_CONFIG_HOME="$WORK/home/config" XDG_CACHE_HOME="$WORK/home/cache" ${RUN_ENV:-} \
      "$BUNDLE/namndklient" "$@")
  }
  median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

  # Alembic reads these from disk; the About dialog needs the dist-info.
  for f in nämndklient/persistence/migrations/env.py nämndklient/persistence/migrations/script.py.mako \
           nämndklient/resources/fonts/DejaVuSans.ttf nämndklient/ui/notes_pane.ui; do
    [ -f "$BUNDLE/_internal/$f" ] && pass "i paketet: $f" || fail "saknas i paketet: $f"
  done
  ls "$BUNDLE"/_internal/nämndklient/persistence/migrations/versions/*.py >/dev/null 2>&1 \
    && pass "i paketet: migrations/versions/*.py" || fail "saknas i paketet: migrations/versions/*.py"
  ls -d "$BUNDLE"/_internal/namndklient-*.dist-info >/dev/null 2>&1 \
    && pass "i paketet: namndklient dist-info" || fail "saknas i paketet: namndklient dist-info"

  t0=$(now)
  got=$(run --version 2>&1) || true
  FIRST_VERSION_S=$(elapsed "$t0" "$(now)")
  [ "$got" = "nämndklient $VERSION" ] && pass "--version: $got" || fail "--version gav '$got', väntade 'nämndklient $VERSION'"
  VERSION_S=$(for _ in 1 2 3 4 5; do t0=$(now); run --version >/dev/null 2>&1; elapsed "$t0" "$(now)"; echo; done | median)

  t0=$(now)
  if run --db "$WORK/x/db.sqlite" list meetings >"$WORK/meetings.txt" 2>"$WORK/meetings.err"; then
    CREATE_DB_S=$(elapsed "$t0" "$(now)")
    n=$(grep -cE '^[A-ZÅÄÖ]+:[0-9]{4}-[0-9]{2}-[0-9]{2} ' "$WORK/meetings.txt" || true)
    [ "$n" = 10 ] && pass "demodatabas byggd, list meetings: $n sammanträden" || fail "list meetings: $n sammanträden, väntade 10"
  else
    CREATE_DB_S=NA
    fail "list meetings misslyckades: $(tail -3 "$WORK/meetings.err")"
  fi
  LIST_S=$(for _ in 1 2 3; do t0=$(now); run --db "$WORK/x/db.sqlite" list meetings >/dev/null 2>&1; elapsed "$t0" "$(now)"; echo; done | median)

  # The GUI, drawn offscreen: proves Qt's plugins, fonts and the widgets work from the bundle.
  if run --db "$WORK/x/db.sqlite" screenshot start -o "$WORK/x.png" >"$WORK/shot.out" 2>&1 \
      && [ "$(head -c 8 "$WORK/x.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
    pass "screenshot start: PNG $(stat -c %s "$WORK/x.png") byte"
  else
    fail "screenshot start: $(tail -3 "$WORK/shot.out")"
  fi

  # A meeting pack: reportlab, the bundled fonts and the PDF merge.
  if run --db "$WORK/x/db.sqlite" pack RS:2024-01-26 -o "$WORK/pack.pdf" >"$WORK/pack.out" 2>&1; then
    said=$(grep -oE '\(([0-9]+) sidor\)' "$WORK/pack.out" | tr -dc 0-9)
    if [ "$(head -c 5 "$WORK/pack.pdf")" != "%PDF-" ]; then
      fail "pack: pack.pdf börjar inte med %PDF-"
    elif command -v qpdf >/dev/null && ! qpdf --check "$WORK/pack.pdf" >"$WORK/qpdf.out" 2>&1; then
      fail "pack: qpdf --check: $(tail -2 "$WORK/qpdf.out")"
    else
      pages=$(command -v pdfinfo >/dev/null && pdfinfo "$WORK/pack.pdf" | awk '/^Pages:/ { print $2 }' || echo "$said")
      [ -n "$pages" ] && [ "$pages" = "$said" ] && [ "$pages" -gt 0 ] \
        && pass "pack RS:2024-01-26: $pages sidor$(command -v qpdf >/dev/null && echo ', qpdf --check utan fel')" \
        || fail "pack: pdfinfo säger $pages sidor, programmet $said"
    fi
  else
    fail "pack misslyckades: $(tail -3 "$WORK/pack.out")"
  fi

  # Encryption at rest: SQLCipher and the keyring come along (no keyring here: the passphrase file).
  printf 'en lång lösenfras för röktestet\n' >"$WORK/pw.txt"
  cp "$WORK/x/db.sqlite" "$WORK/secret.sqlite"
  if run --db "$WORK/secret.sqlite" encrypt --passphrase-file "$WORK/pw.txt" >"$WORK/enc.out" 2>&1 \
      && ! head -c 16 "$WORK/secret.sqlite" | grep -qa "SQLite format 3" \
      && n=$(RUN_ENV="NAMNDKLIENT_PASSPHRASE_FILE=$WORK/pw.txt" run --db "$WORK/secret.sqlite" list meetings \
             2>>"$WORK/enc.out" | grep -cE '^[A-ZÅÄÖ]+:[0-9]{4}-[0-9]{2}-[0-9]{2} ') && [ "$n" = 10 ]; then
    pass "encrypt + list meetings med lösenfras: $n sammanträden ur krypterad databas"
  else
    fail "kryptering: $(tail -3 "$WORK/enc.out")"
  fi
fi

# --- Archive ---------------------------------------------------------------
ARCHIVE_MB=NA
if [ "$ARCHIVE" = 1 ]; then
  TARBALL="$OUT/namndklient-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$DIST" --owner=0 --group=0 --numeric-owner -czf "$TARBALL" namndklient
  ARCHIVE_MB=$(du -m "$TARBALL" | cut -f1)
  echo "Arkiv: $TARBALL (${ARCHIVE_MB} MB)"
fi

{
  echo "version=$VERSION"
  echo "build_seconds=$BUILD_S"
  echo "bundle_mb=$SIZE_MB"
  echo "bundle_files=$FILES"
  echo "archive_mb=$ARCHIVE_MB"
  if [ "$SMOKE" = 1 ]; then
    echo "first_version_seconds=$FIRST_VERSION_S"
    echo "version_seconds_median=$VERSION_S"
    echo "create_demo_db_seconds=$CREATE_DB_S"
    echo "list_meetings_seconds_median=$LIST_S"
    echo "smoke_failures=$failures"
  fi
} | tee "$REPORT"
[ "$failures" = 0 ]
