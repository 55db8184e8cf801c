#!/usr/bin/env bash
# `make test-sarif`: Microsoft's SARIF multitool validates the SARIF that sopcheck writes
# for the corpus and the hostile files, named in every way a user names them — relative,
# through `..`, absolute with `..`, outside the working directory — and must report
# nothing at its default levels (errors and warnings).
#
#   tests/sarif/validate.sh [SOPCHECK]     (default: target/debug/sopcheck, built if missing)
#
# The multitool (npm @microsoft/sarif-multitool, a self-contained .NET program shipped in
# the npm package; nothing is downloaded at run time) is installed by scripts/setup.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SOPCHECK="${1:-$ROOT/target/debug/sopcheck}"
MULTITOOL="$ROOT/tests/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$MULTITOOL" ]; then
  echo "test-sarif: $MULTITOOL is missing; run \`make setup\`" >&2
  exit 1
fi
if [ ! -x "$SOPCHECK" ]; then
  cargo build --quiet -p sop-cli
fi
# .NET without ICU data: the validator needs no culture-specific behaviour.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
failed=0

# check NAME DIR ARGS…: sopcheck's SARIF run in DIR, validated.
check() {
  local name="$1" dir="$2"
  shift 2
  local code=0
  (cd "$dir" && "$SOPCHECK" check --format sarif --today 2026-11-27 "$@") >"$OUT/$name.sarif" || code=$?
  if [ "$code" -ne 1 ]; then
    echo "test-sarif: $name: sopcheck exited $code, expected 1 (findings)" >&2
    failed=1
    return
  fi
  "$MULTITOOL" validate "$OUT/$name.sarif" --output "$OUT/$name.validation.sarif" \
    --log ForceOverwrite --quiet >/dev/null || true
  local results
  results="$(python3 - "$OUT/$name.validation.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
results = [r for run in log["runs"] for r in run.get("results", [])]
notifications = [n for run in log["runs"]
                 for inv in run.get("invocations", [])
                 for n in inv.get("toolExecutionNotifications", [])
                 if n.get("level") == "error"]
for r in results:
    args = r["message"].get("arguments", [])
    print("  %s %s: %s" % (r.get("level", "warning"), r["ruleId"], " ".join(args)[:300]))
for n in notifications:
    print("  tool error: %s" % n["message"].get("text", "")[:300])
PY
)"
  local count
  count="$(python3 -c 'import json,sys; print(sum(len(r["results"]) for r in json.load(open(sys.argv[1]))["runs"]))' "$OUT/$name.sarif")"
  if [ -n "$results" ]; then
    echo "test-sarif: $name: the multitool reports:" >&2
    echo "$results" | head -20 >&2
    failed=1
  else
    echo "test-sarif: $name: $count sopcheck results, multitool validation clean"
  fi
}

HOSTILE="$ROOT/tests/hostile"
check corpus-relative "$ROOT" tests/fixtures/corpus
check hostile-and-dotdot "$HOSTILE" . ../fixtures/corpus
check absolute-dotdot "$HOSTILE" "$HOSTILE/../fixtures/corpus" "$ROOT/tests/./hostile"
check outside-cwd "$ROOT/crates" ../tests/hostile "$ROOT/tests/fixtures/../fixtures/corpus"
exit "$failed"
