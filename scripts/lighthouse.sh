#!/usr/bin/env bash
# Lighthouse of the standalone web app, as DESIGN.md §8 measures it: mobile form factor,
# default (simulated) throttling, the release build served gzip. Prints performance,
# accessibility, best practices, SEO, FCP, LCP, TTI, TBT, CLS (median of RUNS runs).
# Not part of `make test` (a score, not a test); `make lighthouse` builds the bundle first.
#
#   scripts/lighthouse.sh [DIST_DIR]      default target/e2e-dist (make dist)
#   RUNS=3  CHROME_PATH=/usr/bin/chromium  LIGHTHOUSE_JSON=<file> (keep the median report)
#
# lighthouse 12.2.3 (13.x needs Node 22) is installed from npm into bench/lighthouse on
# first use (its own package-lock; ~45 s), apart from the test dependencies.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="$(cd "${1:-$ROOT/target/e2e-dist}" && pwd)"
LH="$ROOT/bench/lighthouse"
[ -f "$DIST/index.html" ] || { echo "lighthouse: no index.html in $DIST (run: make dist)" >&2; exit 1; }

if [ ! -d "$LH/node_modules/lighthouse" ]; then
  echo "==> npm ci in bench/lighthouse (lighthouse 12.2.3)"
  (cd "$LH" && npm ci --no-audit --no-fund --loglevel=error)
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
echo "==> lighthouse (mobile, simulated throttling, gzip) of $DIST"
node "$LH/run.mjs" "$DIST"
