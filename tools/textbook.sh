#!/usr/bin/env bash
# Builds the course site of the chapter into target/textbook/ with mkdocs-material:
# textbook/index.md as the home page (with the table of sims written in), each sims/<id>/index.md rendered at sims/<id>/, and the
# built site (dist/: the shared .js/.wasm/.css and each sims/<id>/main.html) beside the pages,
# so every lesson page's <iframe src="main.html"> and the sims' ../../ links resolve.
# Installs mkdocs into target/venv-textbook from textbook/requirements.txt (exact pins) the first
# time, and again only when that file changes. Needs a built dist/ (trunk build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=target/venv-textbook
REQ=textbook/requirements.txt
SRC=target/textbook-src
OUT=target/textbook

say() { printf 'textbook: %s\n' "$*"; }

if [ ! -x "$VENV/bin/mkdocs" ] || ! cmp -s "$REQ" "$VENV/requirements.txt"; then
  say "installing mkdocs and mkdocs-material from $REQ into $VENV"
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
  fi
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-input -r "$REQ"
  cp "$REQ" "$VENV/requirements.txt"
fi

if [ ! -f dist/index.html ] || [ ! -d dist/sims ]; then
  echo "textbook: dist/ is not built; run 'trunk build --release' (or make build) first" >&2
  exit 1
fi

rm -rf "$SRC"
mkdir -p "$SRC/docs"
# The built site, less its own front page (the gallery): the textbook's index page replaces it.
cp -R dist/. "$SRC/docs/"
rm -f "$SRC/docs/index.html"
# mkdocs.yml and index.md with the sims' nav entries and table, from the list and each sim's
# metadata.json, so adding a sim needs no edit here.
node tools/sim-docs.mjs textbook "$SRC"
count=0
for dir in sims/*/; do
  id=$(basename "$dir")
  [ -f "$dir/index.md" ] || continue
  [ -f "dist/sims/$id/main.html" ] || { echo "textbook: dist/sims/$id/main.html is missing; rebuild dist/" >&2; exit 1; }
  cp "$dir/index.md" "$SRC/docs/sims/$id/index.md"
  count=$((count + 1))
done

rm -rf "$OUT"
NO_MKDOCS_2_WARNING=1 "$VENV/bin/mkdocs" build --quiet --strict --config-file "$SRC/mkdocs.yml" --site-dir "$PWD/$OUT"
say "built $OUT/ with the chapter page and $count sim page(s)"
