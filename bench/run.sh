#!/usr/bin/env bash
# `make bench`: time `sopcheck check --format json` against ajv-cli + ajv-formats and
# check-jsonschema (+ ruamel.yaml.clib) validating the same SOP files against
# `sopcheck schema`, plus the floor of reading the files (cat), side by side in one run,
# on two corpora: files of real shape (bench/gen_real.py: variants of the transcribed
# signed SOPs in tests/fixtures/corpus and of the templates) and generated files
# (bench/gen_corpus.py: 40-80 steps each). The budget (DESIGN.md §8) is for the first.
#
#   bench/run.sh [N]          N generated files (default 10000; BENCH_FILES also works)
#
# Environment:
#   BENCH_REAL_FILES=M   real-shaped files (default 2000)
#   BENCH_OUT=DIR        where the install, the venv, the corpora and the results go
#                        (default bench-out/)
#   BENCH_RUNS=R         timed runs per tool after one warm-up (default 3)
#   BENCH_CJ_FILES=K     give check-jsonschema only the first K files of each corpus (it
#                        does ~60 files/s, so 10 000 files take ~3 min); default: all
#
# Installs what it needs on first use, from the registries only: npm ci in bench/
# (pinned in package-lock.json), a Python venv with bench/requirements.txt, and sopcheck
# itself as users install it: `cargo install --locked --path crates/sop-cli` (the release
# profile) into BENCH_OUT/install. The corpora are deterministic (fixed seeds) and
# regenerated only when their size or their generator change.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-${BENCH_FILES:-10000}}"
N_REAL="${BENCH_REAL_FILES:-2000}"
OUT="${BENCH_OUT:-$ROOT/bench-out}"
RUNS="${BENCH_RUNS:-3}"
CJ_FILES="${BENCH_CJ_FILES:-0}"
mkdir -p "$OUT"

step() { printf '==> %s\n' "$*"; }

step "cargo install --locked --path crates/sop-cli --root $OUT/install"
cargo install --quiet --locked --path crates/sop-cli --root "$OUT/install" --target-dir "$ROOT/target" --force
SOPCHECK="$OUT/install/bin/sopcheck"

step "ajv-cli + ajv-formats (npm, bench/package-lock.json)"
LOCK="$(sha256sum bench/package-lock.json | cut -c1-16)"
if [ "$(cat bench/node_modules/.stamp 2>/dev/null || true)" != "$LOCK" ]; then
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
  echo "$LOCK" > bench/node_modules/.stamp
fi
AJV="$ROOT/bench/node_modules/.bin/ajv"

step "check-jsonschema + ruamel.yaml.clib (pip, bench/requirements.txt)"
VENV="$OUT/venv"
if ! cmp -s bench/requirements.txt "$VENV/requirements.txt" 2>/dev/null; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r bench/requirements.txt
  cp bench/requirements.txt "$VENV/requirements.txt"
fi
"$VENV/bin/python" -c 'import _ruamel_yaml' # the C parser must be there, or the peer is 2.7x slower

# corpus DIR STAMP COMMAND…: (re)generates DIR with COMMAND when STAMP changed.
corpus() {
  local dir="$1" stamp="$2"
  shift 2
  step "corpus: $dir"
  if [ "$(cat "$dir/.stamp" 2>/dev/null || true)" != "$stamp" ]; then
    rm -rf "$dir"
    "$@"
    echo "$stamp" > "$dir/.stamp"
  fi
  printf '    sha256 of the files in order: %s\n' "$(cat "$dir"/*.sop.yaml | sha256sum | cut -c1-16)"
}
REAL="$OUT/real-$N_REAL"
BASES="$(cat tests/fixtures/corpus/*.sop.yaml crates/sop-core/templates/*.sop.yaml | sha256sum | cut -c1-16)"
corpus "$REAL" "$(sha256sum bench/gen_real.py | cut -c1-16)-$BASES-$N_REAL" \
  python3 bench/gen_real.py "$N_REAL" --root "$ROOT" --out "$REAL"
CORPUS="$OUT/corpus-$N"
corpus "$CORPUS" "$(sha256sum bench/gen_corpus.py | cut -c1-16)-$N" \
  python3 bench/gen_corpus.py "$N" --out "$CORPUS"

"$SOPCHECK" schema > "$OUT/schema.json"

step "measuring (versions: $("$SOPCHECK" --version), node $(node --version), ajv-cli $(node -p 'require("./bench/node_modules/ajv-cli/package.json").version'), $("$VENV/bin/check-jsonschema" --version))"
python3 bench/measure.py \
  --corpus "real-shaped=$REAL" \
  --corpus "generated=$CORPUS" \
  --schema "$OUT/schema.json" \
  --sopcheck "$SOPCHECK" \
  --ajv "$AJV" \
  --check-jsonschema "$VENV/bin/check-jsonschema" \
  --runs "$RUNS" \
  --cj-files "$CJ_FILES" \
  --out "$OUT/results-$N"
