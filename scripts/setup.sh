#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks, and nothing twice: Chromium (for PDFs and tests),
# poppler-utils and qpdf (to read PDFs in tests), the npm packages, and the compiled CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null && ! command -v google-chrome >/dev/null; then
  missing+=(chromium)
fi
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt-get"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file; it also compiles src/ (the prepare script).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
elif [ ! -f lib/cli.js ] || [ -n "$(find src -name '*.ts' -newer lib/cli.js | head -1)" ]; then
  npm run --silent compile
fi
