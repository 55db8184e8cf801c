#!/usr/bin/env bash
# `make fuzz`: time-boxed libFuzzer run of fuzz/fuzz_targets/parse_check_layout.rs on the
# nightly toolchain (not part of `make test`). The corpus is seeded with the templates,
# the corpus fixtures and the hostile cases; crashes land in fuzz/artifacts/.
#
#   FUZZ_SECONDS=300 make fuzz
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/fuzz"
SECONDS_BOX="${FUZZ_SECONDS:-120}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
rustup toolchain list | grep -q '^nightly' || { echo "make fuzz needs the nightly toolchain (rustup toolchain install nightly)"; exit 2; }
CORPUS=corpus/parse_check_layout
mkdir -p "$CORPUS"
cp -n "$ROOT"/crates/sop-core/templates/*.sop.yaml "$ROOT"/tests/fixtures/corpus/*.sop.yaml \
  "$ROOT"/crates/sop-core/tests/data/*.sop.yaml "$CORPUS"/ 2>/dev/null || true
for f in "$ROOT"/tests/hostile/*.sop.*; do
  # Seeds stay small: libFuzzer's default -max_len would cut them anyway.
  [ "$(stat -c %s "$f")" -le 65536 ] && cp -n "$f" "$CORPUS"/ || true
done
echo "==> cargo +nightly fuzz run parse_check_layout for ${SECONDS_BOX}s"
cargo +nightly fuzz run parse_check_layout "$CORPUS" -- \
  -max_total_time="$SECONDS_BOX" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
