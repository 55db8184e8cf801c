#!/usr/bin/env bash
# Install what `make run` / `make test` need, and only what is missing.
# Quick (a few seconds) when everything is present. Prints every step and its time.
#
#   - rustup target wasm32-unknown-unknown
#   - Debian chromium + chromium-driver (headless browser tests)
#   - Debian poppler-utils (pdftotext, pdfinfo: the print test reads the PDF back) and
#     fonts-liberation (Liberation Sans: Arial's metrics, which the printed layout measures with)
#   - trunk 0.21.14 (compiled from crates.io, ~12 min on 2 cores)
#   - wasm-bindgen-cli = the wasm-bindgen version in Cargo.lock (~8.5 min)
#   - twiggy 0.8.0 (wasm size profiler of `make size`, ~2 min)
#   - the pinned nightly of the release wasm (scripts/release-env) with rust-src and the
#     wasm32 target (~1 min download); stable stays the default toolchain
#   - npm ci in tests/e2e (playwright-core, axe-core, binaryen = wasm-opt 132)
#   - npm ci in tests/sarif (Microsoft's SARIF multitool, for `make test-sarif`)
#
# Only crates.io, npm and Debian apt are used; nothing downloads a prebuilt binary.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="${TRUNK_VERSION:-0.21.14}"
TWIGGY_VERSION="${TWIGGY_VERSION:-0.8.0}"
export PATH="$HOME/.cargo/bin:$PATH"
# trunk's own release profile is fat LTO + 1 codegen unit: a ~6 min single-threaded
# link. Without it the install is ~4 min faster and the binary works the same.
INSTALL_ENV=(CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16)

SETUP_START=$SECONDS
STEP_START=$SECONDS
step() { STEP_START=$SECONDS; printf '[setup] %s ...\n' "$*"; }
done_step() { printf '[setup]   %s (%ds)\n' "$*" $((SECONDS - STEP_START)); }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo "$@";
  else echo "[setup] need root for: $*" >&2; return 1; fi
}

# --- rust target ------------------------------------------------------------
step "rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  done_step "present"
else
  rustup target add wasm32-unknown-unknown
  done_step "installed"
fi

# --- chromium + chromedriver (apt) -------------------------------------------
step "chromium + chromedriver (apt)"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  done_step "present: $(/usr/bin/chromedriver --version 2>/dev/null | head -n1)"
else
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  done_step "installed"
fi

# --- poppler-utils + fonts-liberation (apt) ----------------------------------------
step "poppler-utils + fonts-liberation (apt)"
if command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 &&
   fc-list 2>/dev/null | grep -q "Liberation Sans"; then
  done_step "present"
else
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q poppler-utils fonts-liberation
  done_step "installed"
fi

# --- trunk ----------------------------------------------------------------------
step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  done_step "present"
else
  echo "[setup]   compiling trunk from crates.io (about 12 min on 2 cores)"
  env "${INSTALL_ENV[@]}" cargo install trunk --locked --version "$TRUNK_VERSION"
  [ "$(trunk --version)" = "trunk $TRUNK_VERSION" ] || { echo "[setup] trunk --version is not $TRUNK_VERSION" >&2; exit 1; }
  done_step "installed"
fi

# --- wasm-bindgen-cli (same version as the wasm-bindgen crate in Cargo.lock) ------
step "wasm-bindgen-cli (version from Cargo.lock)"
if [ ! -f Cargo.lock ]; then
  echo "[setup]   no Cargo.lock yet: resolving the workspace"
  cargo metadata --format-version 1 >/dev/null
fi
WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)"
if [ -z "$WBG_VERSION" ]; then
  echo "[setup] could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WBG_VERSION" ] &&
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" = "wasm-bindgen-test-runner $WBG_VERSION" ]; then
  done_step "present: $WBG_VERSION"
else
  echo "[setup]   compiling wasm-bindgen-cli $WBG_VERSION from crates.io (about 8.5 min on 2 cores)"
  # No --locked: its lockfile pins webpki-roots 1.0.11, which this registry does not serve.
  env "${INSTALL_ENV[@]}" cargo install wasm-bindgen-cli --version "$WBG_VERSION"
  done_step "installed"
fi
got="$(wasm-bindgen --version 2>/dev/null || true)"
if [ "$got" != "wasm-bindgen $WBG_VERSION" ]; then
  echo "[setup] wasm-bindgen --version is '$got', Cargo.lock needs $WBG_VERSION" >&2
  exit 1
fi

# --- twiggy (make size: where the wasm's bytes are) -------------------------------
step "twiggy $TWIGGY_VERSION"
if [ "$(twiggy --version 2>/dev/null || true)" = "twiggy-opt $TWIGGY_VERSION" ]; then
  done_step "present"
else
  echo "[setup]   compiling twiggy from crates.io (about 2 min on 2 idle cores)"
  env "${INSTALL_ENV[@]}" cargo install twiggy --locked --version "$TWIGGY_VERSION"
  done_step "installed"
fi

# --- pinned nightly of the release wasm (scripts/release-env) ----------------------
RELEASE_NIGHTLY="$(bash -c 'source "$1" && echo "$RELEASE_NIGHTLY"' _ "$ROOT/scripts/release-env")"
step "rust $RELEASE_NIGHTLY (release wasm: build-std, rust-src, wasm32 target)"
if [ "${RELEASE_STABLE:-0}" = 1 ]; then
  done_step "skipped (RELEASE_STABLE=1: the release bundle is built with stable)"
elif rustup toolchain list | grep -q "^$RELEASE_NIGHTLY-" &&
   rustup component list --toolchain "$RELEASE_NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' &&
   rustup target list --toolchain "$RELEASE_NIGHTLY" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  done_step "present"
else
  rustup toolchain install "$RELEASE_NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
  done_step "installed"
fi

# --- npm packages of the e2e tests (also wasm-opt from binaryen) -------------------
step "npm ci in tests/e2e"
E2E="$ROOT/tests/e2e"
STAMP="$E2E/node_modules/.package-lock.sha256"
want="$(sha256sum "$E2E/package-lock.json" | cut -d' ' -f1)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] &&
   [ -x "$E2E/node_modules/.bin/wasm-opt" ] && [ -d "$E2E/node_modules/playwright-core" ]; then
  done_step "up to date"
else
  (cd "$E2E" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" >"$STAMP"
  done_step "installed"
fi
got="$("$E2E/node_modules/.bin/wasm-opt" --version)"
case "$got" in
  *"version 132"*) ;;
  *) echo "[setup] wasm-opt --version is '$got', expected version 132" >&2; exit 1 ;;
esac

# --- SARIF multitool (npm; a self-contained .NET program inside the package) ---------
step "npm ci in tests/sarif (SARIF multitool)"
SARIF="$ROOT/tests/sarif"
STAMP="$SARIF/node_modules/.package-lock.sha256"
want="$(sha256sum "$SARIF/package-lock.json" | cut -d' ' -f1)"
MULTITOOL="$SARIF/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -f "$MULTITOOL" ]; then
  done_step "up to date"
else
  (cd "$SARIF" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" >"$STAMP"
  done_step "installed"
fi
# The package's postinstall (`chmod u+x`) is not run where npm does not allow install scripts.
chmod u+x "$MULTITOOL"
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$MULTITOOL" --version >/dev/null ||
  { echo "[setup] $MULTITOOL does not run" >&2; exit 1; }

printf '[setup] all tools present (%ds)\n' $((SECONDS - SETUP_START))
