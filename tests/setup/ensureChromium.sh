#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests, with Debian's Noto fonts so that
# the Thai and Khmer editions' screenshots show glyphs, not boxes; never downloads a browser
# itself. Run by `npm test` (pretest) and by .ci/run; does nothing when both are installed.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# fonts-noto-core holds Noto Sans Thai and Noto Sans Khmer among its scripts.
FONT_DIR=/usr/share/fonts/truetype/noto
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
ls "$FONT_DIR"/NotoSansThai-Regular.* "$FONT_DIR"/NotoSansKhmer-Regular.* >/dev/null 2>&1 || missing+=(fonts-noto-core)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Not installed: ${missing[*]}; installing Debian's packages…" >&2
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "error: ${missing[*]} missing and this user cannot install packages; run: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
"$CHROMIUM" --version >&2
