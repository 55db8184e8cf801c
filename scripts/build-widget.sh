#!/usr/bin/env bash
# Builds the embeddable widget <sop-checklist> (DESIGN.md §7, docs/widget.md) into a
# folder a site copies as is (default target/widget):
#
#   widget.js                  ES module loader: defines <sop-checklist> (widget/widget.js)
#   sop_web-<hash>.js          wasm-bindgen glue (--target web) of the app (edit, evaluate)
#   sop_web-<hash>_bg.wasm     the app (wasm-opt -Oz)
#   sop_view-<hash>.js         glue of the view-only bundle (data-mode="view", crates/sop-view)
#   sop_view-<hash>_bg.wasm    the view-only bundle (wasm-opt -Oz)
#   widget-<hash>.css          widget/widget-base.css + style/app.css + style/preview.css
#                              (without its print rules), adopted by each shadow root
#   EMBED.md                   the snippet
#
# widget.js imports only the glue a widget needs (import()), so a page of view widgets
# never downloads the app.
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
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
hash() { sha256sum "$1" | cut -c1-12; }

# One wasm bundle: crate $1 (lib name $2) -> $STAGE/$2-<hash>.js and its hashed wasm.
# `cargo rustc --crate-type cdylib` rather than `crate-type = ["cdylib", "rlib"]` in
# Cargo.toml: with rlib in the list cargo does not apply fat LTO to the cdylib (measured:
# +180 KB wasm after wasm-opt), and Trunk's and the native builds stay as they were.
bundle() {
  local crate="$1" name="$2"
  echo "==> cargo rustc --profile wasm-release --target wasm32-unknown-unknown -p $crate --lib --crate-type cdylib  (toolchain ${RUSTUP_TOOLCHAIN:-stable})"
  cargo rustc --profile wasm-release --target wasm32-unknown-unknown -p "$crate" --lib --crate-type cdylib
  echo "==> wasm-bindgen --target web, wasm-opt -Oz  ($name)"
  wasm-bindgen --target web --no-typescript --out-dir "$STAGE" --out-name "$name" \
    "$TARGET_DIR/wasm32-unknown-unknown/wasm-release/$name.wasm"
  wasm-opt -Oz \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$STAGE/${name}_bg.wasm" -o "$STAGE/${name}_bg.opt.wasm"
  local wasm_name="$name-$(hash "$STAGE/${name}_bg.opt.wasm")_bg.wasm"
  mv "$STAGE/${name}_bg.opt.wasm" "$STAGE/$wasm_name"
  # The glue's default URL (`new URL('<name>_bg.wasm', import.meta.url)`) points at the
  # hashed wasm, so its own hash covers the wasm's.
  sed "s/${name}_bg\.wasm/$wasm_name/g" "$STAGE/$name.js" >"$STAGE/$name.glue.js"
  local glue_name="$name-$(hash "$STAGE/$name.glue.js").js"
  mv "$STAGE/$name.glue.js" "$STAGE/$glue_name"
  rm "$STAGE/$name.js" "$STAGE/${name}_bg.wasm"
  echo "$glue_name" >"$STAGE/$name.glue-name"
}
bundle sop-web sop_web
bundle sop-view sop_view
web_glue="$(cat "$STAGE/sop_web.glue-name")"
view_glue="$(cat "$STAGE/sop_view.glue-name")"

# The stylesheet: widget/widget-base.css, then style/app.css and style/preview.css (the
# official document; its print rules are for the standalone page) with `:root` as `:host`
# (their custom properties) and rem lengths as calc(N * var(--sop-rem)) (rem is the HOST
# page's root font size; media queries keep rem, which there means the browser default).
{
  cat "$ROOT/widget/widget-base.css"
  echo
  sed '/^@media print/,$d' "$ROOT/style/preview.css" | cat "$ROOT/style/app.css" - |
    perl -pe 'next if /^\s*\@media/; s/:root\b/:host/g; s/(?<![\w.#-])(-?\d*\.?\d+)rem\b/calc($1 * var(--sop-rem))/g'
} >"$STAGE/widget.css"
css_name="widget-$(hash "$STAGE/widget.css").css"

rm -rf "$OUT"
mkdir -p "$OUT"
cp "$STAGE"/sop_web-* "$STAGE"/sop_view-* "$OUT/"
cp "$STAGE/widget.css" "$OUT/$css_name"
# widget.js keeps its name (the one URL sites write); it imports the hashed files.
sed -e "s#\./sop_web\.js#./$web_glue#" -e "s#\./sop_view\.js#./$view_glue#" -e "s#widget\.css#$css_name#" \
  "$ROOT/widget/widget.js" >"$OUT/widget.js"
cp "$ROOT/widget/EMBED.md" "$OUT/EMBED.md"
for name in "$web_glue" "$view_glue" "$css_name"; do
  grep -q "$name" "$OUT/widget.js" || {
    echo "build-widget: widget/widget.js no longer names ./sop_web.js, ./sop_view.js and widget.css" >&2
    exit 1
  }
done
echo "<== widget built in ${OUT#"$ROOT"/} ($((SECONDS - start))s)"
# What each kind of page downloads (gzip -9): the loader, the stylesheet and one bundle.
# Reported here; the budgets (DESIGN.md §8) are held by tests/e2e/specs/widget.test.mjs,
# which measures the real transfers.
gz() { gzip -9 -n -c "$1" | wc -c | tr -d ' '; }
shared=$(($(gz "$OUT/widget.js") + $(gz "$OUT/$css_name")))
for kind in sop_web sop_view; do
  n=$shared
  for f in "$OUT/$kind"-*; do n=$((n + $(gz "$f"))); done
  printf 'widget page with %-9s widget.js + css + glue + wasm, gzip: %d B\n' "$kind:" "$n"
done
