#!/usr/bin/env bash
# `make bench`: time `sopcheck check --format json` against ajv-cli + ajv-formats and
# check-jsonschema (+ ruamel.yaml.clib) validating the same generated SOP files against
# `sopcheck schema`, plus the floor of reading the files (cat), side by side in one run.
#
#   bench/run.sh [N]          N files (default 10000; BENCH_FILES also works)
#
# Environment:
#   BENCH_OUT=DIR        where the venv, the corpus and the results go (default bench-out/)
#   BENCH_RUNS=R         timed runs per tool after one warm-up (default 3)
#   BENCH_CJ_FILES=K     give check-jsonschema only the first K files (it does ~30 files/s,
#                        so 10 000 files take ~6 min); default: all N
#
# Installs what it needs on first use, from the registries only: npm ci in bench/
# (pinned in package-lock.json), a Python venv with bench/requirements.txt, and the
# release binary (`cargo build --release -p sop-cli`, the profile `cargo install` uses). The corpus is deterministic
# (bench/gen_corpus.py, fixed seed) and regenerated only when N or the generator change.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-${BENCH_FILES:-10000}}"
OUT="${BENCH_OUT:-$ROOT/bench-out}"
RUNS="${BENCH_RUNS:-3}"
CJ_FILES="${BENCH_CJ_FILES:-0}"
mkdir -p "$OUT"

step() { printf '==> %s\n' "$*"; }

step "cargo build --release -p sop-cli"
cargo build --quiet --release -p sop-cli
SOPCHECK="$ROOT/target/release/sopcheck"

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

CORPUS="$OUT/corpus-$N"
STAMP="$(sha256sum bench/gen_corpus.py | cut -c1-16)-$N"
step "corpus: $N files in $CORPUS"
if [ "$(cat "$CORPUS/.stamp" 2>/dev/null || true)" != "$STAMP" ]; then
  rm -rf "$CORPUS"
  python3 bench/gen_corpus.py "$N" --out "$CORPUS"
  echo "$STAMP" > "$CORPUS/.stamp"
fi
printf '    sha256 of the files in order: %s\n' "$(cat "$CORPUS"/*.sop.yaml | sha256sum | cut -c1-16)"

"$SOPCHECK" schema > "$OUT/schema.json"

step "measuring (versions: $("$SOPCHECK" --version), node $(node --version), ajv-cli $(node -p 'require("./bench/node_modules/ajv-cli/package.json").version'), $("$VENV/bin/check-jsonschema" --version))"
python3 bench/measure.py \
  --corpus "$CORPUS" \
  --schema "$OUT/schema.json" \
  --sopcheck "$SOPCHECK" \
  --ajv "$AJV" \
  --check-jsonschema "$VENV/bin/check-jsonschema" \
  --runs "$RUNS" \
  --cj-files "$CJ_FILES" \
  --out "$OUT/results-$N"
