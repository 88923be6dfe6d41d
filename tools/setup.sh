#!/usr/bin/env bash
# Installs what the build and the tests need, from package registries only, and skips
# everything already present at the right version. Safe to run any number of times.
#   tools/setup.sh build   the wasm toolchain (target, trunk, wasm-bindgen, wasm-split-cli, wasm-opt)
#   tools/setup.sh test    the above plus Chromium for the browser tests
#   tools/setup.sh fuzz    cargo-fuzz only (for make fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-test}"

TRUNK_VERSION=0.21.14
# wasm-split-cli (crate wasm_split_cli_support) cuts the module at the #[wasm_split] points of
# wasm_split_helpers (=0.2.3 in crates/app/Cargo.toml); tools/split.mjs runs it after each build.
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

CARGO_FUZZ_VERSION=0.13.1
if [ "$what" = "fuzz" ]; then
  if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (compiles once, a few minutes)"
    cargo install --force --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
  say "ready ($(cargo fuzz --version))"
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (compiles once, several minutes)"
  # --force: cargo may still list a binary that was deleted since.
  cargo install --force --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (compiles once, several minutes)"
  # Not --locked: its lock file names a crate the registry mirror lacks.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" <<<"$(cargo install --list)" || ! command -v wasm-split-cli >/dev/null; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (compiles once, a few minutes)"
  cargo install --force --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# npm packages (wasm-opt from binaryen, Playwright, sharp for the gallery's previews) exactly
# as package-lock.json pins them. An optional package npm left out (sharp's builds for other
# platforms) is not missing.
if ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null && \
   ! node -e 'const a=require("./package-lock.json").packages,b=require("./node_modules/.package-lock.json").packages;for(const k in a){if(k&&!(a[k].optional&&!b[k])&&(!b[k]||b[k].version!==a[k].version))process.exit(1)}' 2>/dev/null; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi

if [ "$what" = "test" ] && ! command -v chromium >/dev/null 2>&1; then
  say "installing Chromium from Debian"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
say "ready (trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-split-cli $WASM_SPLIT_VERSION, $(wasm-opt --version))"
