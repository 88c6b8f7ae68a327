#!/usr/bin/env bash
# Opens the programme report page of the sample partnership in headless Chromium: no console message may appear
# (the page runs no script and loads nothing, so any message is a fault), and the screenshot must not be blank.
# Needs the built jar (adpack-examples/target/adpack.jar). Installs Debian's chromium when it is missing.
# Usage: .ci/check-report-page.sh [SCREENSHOT.png]   (default: a temporary file)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shot="${1:-$work/report.png}"
java -jar adpack-examples/target/adpack.jar report --partnership adpack-examples/samples/adpack2-partnership.json \
  --as-of 2019-12-01 --html "$work/report.html" > "$work/report.json"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --enable-logging=stderr --v=0 \
  --hide-scrollbars --run-all-compositor-stages-before-draw --virtual-time-budget=5000 --window-size=1280,2300 --screenshot="$shot" "file://$work/report.html" \
  > "$work/chromium.out" 2> "$work/chromium.err" || { cat "$work/chromium.err" >&2; exit 1; }
if grep -E 'CONSOLE|Uncaught|Failed to load resource' "$work/chromium.err"; then
  echo "check-report-page: the report page logged console messages (above)" >&2
  exit 1
fi
java .ci/ImageCheck.java "$shot"
echo "check-report-page: ok: no console messages, screenshot $shot has content"
