#!/usr/bin/env bash
# Runs every test: type check, lint, unit and integration tests (jest, including the ones that
# open workbooks in LibreOffice), and the task pane end to end in Chromium.
# System tools the tests need are installed when missing (as root, with apt-get); otherwise this
# says what to install and stops.
# The browser: any Chrome or Chromium binary. PLAN_TRACKER_CHROMIUM=/path/to/chrome names it;
# otherwise /usr/bin/chromium (Debian's package) or another usual place (test/e2e/browser.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
browser="${PLAN_TRACKER_CHROMIUM:-}"
if [ -z "$browser" ]; then
  for b in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable /snap/bin/chromium; do
    if [ -x "$b" ]; then browser=$b; break; fi
  done
fi
if [ -n "$browser" ] && [ ! -x "$browser" ]; then
  echo "PLAN_TRACKER_CHROMIUM=$browser is not an executable file: point it at a Chrome or Chromium binary."
  exit 1
fi
if [ -z "$browser" ]; then
  # Debian has a real chromium package; Ubuntu's is a stub for a snap, and other systems have none.
  if command -v apt-cache >/dev/null 2>&1 && apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    need+=(chromium)
  else
    echo "The task pane tests need Chrome or Chromium, and chromium is not a Debian package here. Install one:"
    echo "  Ubuntu:         sudo snap install chromium            (then PLAN_TRACKER_CHROMIUM=/snap/bin/chromium)"
    echo "  Fedora / RHEL:  sudo dnf install chromium             (/usr/bin/chromium-browser)"
    echo "  Arch:           sudo pacman -S chromium               (/usr/bin/chromium)"
    echo "  Any system:     Google Chrome from google.com/chrome  (/usr/bin/google-chrome)"
    echo "and run again, with PLAN_TRACKER_CHROMIUM=/path/to/the/binary when it is not in one of those places."
    exit 1
  fi
fi
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
# (fc-list into a variable: with pipefail, grep -q closing the pipe early would read as "missing")
fonts=$(fc-list 2>/dev/null || true)
grep -qi "Liberation Serif\|Times New Roman" <<<"$fonts" || need+=(fonts-liberation)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing test tools: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "The tests need these Debian packages: ${need[*]}"
    echo "Install them with: sudo apt-get update && sudo apt-get install -y ${need[*]}"
    exit 1
  fi
fi

[ -d node_modules ] || npm ci

echo "== type check and lint"
npm run --silent lint

echo "== licences of what ships (docs/licenses.md current, all permissive)"
node scripts/licenses.js --check
if ! diff -q <(node scripts/licenses.js) docs/licenses.md >/dev/null; then
  echo "docs/licenses.md is not current: run npm run licenses and commit it"
  exit 1
fi

# A loop that never ends inside one call cannot be stopped by jest's own timeouts (they only
# fire between awaits): each run is bounded here instead, so a hang fails in minutes, not hours.
bounded() {
  local limit=$1
  shift
  local code=0
  timeout --kill-after=30 "$limit" "$@" || code=$?
  if [ "$code" = 124 ] || [ "$code" = 137 ]; then
    echo "Stopped after $limit s: a test hangs. The test files without a PASS or FAIL line above are where to look."
  fi
  return "$code"
}

echo "== unit and integration tests (jest; workbooks opened in LibreOffice)"
bounded 1200 npx jest --ci "$@"

echo "== the task pane, built and driven in Chromium"
npx webpack --mode production >/dev/null
bounded 600 npx jest --ci -c jest.e2e.config.js
