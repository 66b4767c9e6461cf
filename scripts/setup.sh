#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks, and nothing twice: Chromium and, on Debian, its headless
# shell (for PDFs and tests),
# poppler-utils and qpdf (to read PDFs in tests), LibreOffice Impress (to open .pptx files in tests), the npm packages, and the compiled CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null && ! command -v google-chrome >/dev/null; then
  missing+=(chromium)
fi
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
# LibreOffice Impress opens the .pptx files in tests, as a co-teacher's office suite would.
command -v soffice >/dev/null || missing+=(libreoffice-impress)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
# Debian's chromium-headless-shell prints the same PDFs as chromium, a third faster (no browser UI to start);
# Lectern prefers it when it is there. Where apt does not know the package, chromium alone is used.
# (Packaged where apt knows it, so a machine without it does not run apt-get update on every set-up.)
shell_known() { apt-cache show chromium-headless-shell >/dev/null 2>&1; }
want_shell=""
if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}${CHROME_PATH:-}" ] && [ ! -x /usr/lib/chromium/chromium-headless-shell ] && command -v apt-get >/dev/null; then
  if shell_known; then missing+=(chromium-headless-shell); else want_shell=1; fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  # A fresh machine's apt knows no package before its first update.
  if [ -n "$want_shell" ] && shell_known; then missing+=(chromium-headless-shell); fi
  echo "setup: installing ${missing[*]} with apt-get"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file, then the compiled CLI (npm run compile) when
# the packages changed or src/ is newer than it. (Compiling is not npm's prepare script: npm warns about a package
# installed from its tarball that has one.)
installed=""
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
  installed=1
fi
if [ -n "$installed" ] || [ ! -f lib/cli.js ] || [ -n "$(find src -name '*.ts' -newer lib/cli.js | head -1)" ]; then
  npm run --silent compile
fi
