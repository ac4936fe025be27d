#!/usr/bin/env bash
# Remakes docs/img/compare.png, the picture of the compare page in docs/compare.md: the default matrix (4 systems x 5 fault
# kinds, seed 1) run into store/compare/readme, then the page's top screenshotted by headless Chromium
# (Debian: apt-get install -y chromium). Usage: bash scripts/compare-picture.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "error: no chromium on PATH; install it (apt-get install -y chromium) and run again" >&2
  exit 3
fi
cd "$root"
./faultline compare --out store/compare/readme
profile=$(mktemp -d "${TMPDIR:-/tmp}/faultline-chromium.XXXXXX")
trap 'rm -rf "$profile"' EXIT
# 1400 x 1125 holds the title, the legend chips, the whole grid and the first two rows of the table
"$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --window-size=1400,1125 --screenshot="$root/docs/img/compare.png" "file://$root/store/compare/readme/compare.html" \
  2>/dev/null
echo "wrote docs/img/compare.png"
