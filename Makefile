# Two commands for a fresh machine:
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080/
#   make test    install what is missing, run every check and test
#   make textbook  build the chapter's course site (mkdocs-material) into target/textbook/
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080

.PHONY: serve test setup setup-build build check fmt clippy unit meta browser textbook textbook-site previews bench clean

serve: setup-build build
	python3 tools/serve.py --dir dist --port $(PORT)

test: setup
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory check unit meta build textbook-site browser && \
	echo "make test: all checks passed in $$(( $$(date +%s) - start )) s"

setup:
	@tools/setup.sh test

setup-build:
	@tools/setup.sh build

build:
	trunk build --release

check: fmt clippy

fmt:
	cargo fmt --all --check

clippy:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --exclude dsim-core --all-targets --target wasm32-unknown-unknown -- -D warnings
	# The models' property tests need OS randomness, which wasm32 lacks: lint their library only.
	cargo clippy -p dsim-core --lib --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --workspace

# Every sims/<id>/metadata.json against schema/metadata.schema.json, every index.md's structure,
# the previews, the README table and the style sheet's text contrast (no browser needed).
meta:
	node --test tests/metadata.test.mjs

# The course site: textbook/ plus each sim's index.md and the built sims, with mkdocs-material
# (installed pinned into target/venv-textbook on first use).
textbook: setup-build build textbook-site

textbook-site:
	tools/textbook.sh

browser:
	npx playwright test

# Transfer sizes, time to first frame, frame cost and native model throughput, against
# budgets.json (not part of make test): one table, also written to target/bench/report.json.
bench: setup build
	cargo bench -p dsim-core --bench models
	node tools/bench.mjs

# Regenerate the 1200x630 preview images from real screenshots (commit the results).
previews: setup build
	node tools/previews.mjs
	trunk build --release

clean:
	rm -rf dist target/screenshots target/textbook target/textbook-src test-results playwright-report
