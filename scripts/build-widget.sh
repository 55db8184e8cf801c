#!/usr/bin/env bash
# Builds the embeddable widget <sop-checklist> (DESIGN.md §7, docs/widget.md) into a
# folder a site copies as is (default target/widget):
#
#   widget.js                  ES module loader: defines <sop-checklist> (widget/widget.js)
#   sop_web-<hash>.js          wasm-bindgen glue (--target web)
#   sop_web-<hash>_bg.wasm     the app (wasm-opt -Oz)
#   widget-<hash>.css          widget/widget-base.css + style/app.css, adopted by each shadow root
#   EMBED.md                   the snippet
#
# No HTML and no inline script (Trunk's index.html has one): the host page needs only
#   script-src <origin> 'wasm-unsafe-eval'; style-src <origin>; connect-src <origin>.
#
#   scripts/build-widget.sh [OUT_DIR]
# Builds the wasm like `make dist` (scripts/release-env: the pinned nightly, build-std, its
# own target dir); wasm-bindgen (same version as Cargo.lock) and wasm-opt (npm binaryen
# 132, tests/e2e/node_modules/.bin) from PATH.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/target/widget}"
# shellcheck source=release-env
source "$ROOT/scripts/release-env"
TARGET_DIR="$CARGO_TARGET_DIR"
export PATH="$ROOT/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$ROOT"

start=$SECONDS
# `cargo rustc --crate-type cdylib` rather than `crate-type = ["cdylib", "rlib"]` in
# Cargo.toml: with rlib in the list cargo does not apply fat LTO to the cdylib (measured:
# +180 KB wasm after wasm-opt), and Trunk's and the native builds stay as they were.
echo "==> cargo rustc --profile wasm-release --target wasm32-unknown-unknown -p sop-web --lib --crate-type cdylib  (toolchain ${RUSTUP_TOOLCHAIN:-stable})"
cargo rustc --profile wasm-release --target wasm32-unknown-unknown -p sop-web --lib --crate-type cdylib
WASM="$TARGET_DIR/wasm32-unknown-unknown/wasm-release/sop_web.wasm"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
echo "==> wasm-bindgen --target web"
wasm-bindgen --target web --no-typescript --out-dir "$STAGE" --out-name sop_web "$WASM"
echo "==> wasm-opt -Oz"
wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$STAGE/sop_web_bg.wasm" -o "$STAGE/sop_web_bg.opt.wasm"

hash() { sha256sum "$1" | cut -c1-12; }
wasm_name="sop_web-$(hash "$STAGE/sop_web_bg.opt.wasm")_bg.wasm"
# The stylesheet: widget/widget-base.css, then style/app.css with `:root` as `:host` (its
# custom properties) and rem lengths as calc(N * var(--sop-rem)) (rem is the HOST page's
# root font size; media queries keep rem, which there means the browser default).
{
  cat "$ROOT/widget/widget-base.css"
  echo
  perl -pe 'next if /^\s*\@media/; s/:root\b/:host/g; s/(?<![\w.#-])(-?\d*\.?\d+)rem\b/calc($1 * var(--sop-rem))/g' "$ROOT/style/app.css"
} >"$STAGE/widget.css"
css_name="widget-$(hash "$STAGE/widget.css").css"
# The glue's default URL (`new URL('sop_web_bg.wasm', import.meta.url)`) points at the
# hashed wasm, so its own hash covers the wasm's.
sed "s/sop_web_bg\.wasm/$wasm_name/g" "$STAGE/sop_web.js" >"$STAGE/glue.js"
glue_name="sop_web-$(hash "$STAGE/glue.js").js"

rm -rf "$OUT"
mkdir -p "$OUT"
cp "$STAGE/sop_web_bg.opt.wasm" "$OUT/$wasm_name"
cp "$STAGE/glue.js" "$OUT/$glue_name"
cp "$STAGE/widget.css" "$OUT/$css_name"
# widget.js keeps its name (the one URL sites write); it imports the hashed files.
sed -e "s#\./sop_web\.js#./$glue_name#" -e "s#widget\.css#$css_name#" \
  "$ROOT/widget/widget.js" >"$OUT/widget.js"
cp "$ROOT/widget/EMBED.md" "$OUT/EMBED.md"
grep -q "$glue_name" "$OUT/widget.js" && grep -q "$css_name" "$OUT/widget.js" || {
  echo "build-widget: widget/widget.js no longer names ./sop_web.js and widget.css" >&2
  exit 1
}
echo "<== widget built in ${OUT#"$ROOT"/} ($((SECONDS - start))s)"
# Same budget as the app (DESIGN.md §8), reported here; not fatal to the build (the e2e
# test widget.test.mjs reports it too).
"$ROOT/scripts/size-report" "$OUT" || echo "build-widget: WARNING: the widget folder is over the size budget" >&2
