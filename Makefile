# Two commands for a fresh machine:
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080/
#   make test    install what is missing, run every check and test
#   make textbook  build the chapter's course site (mkdocs-material) into target/textbook/
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080

.PHONY: serve test setup setup-build build check fmt clippy unit meta docs browser textbook textbook-site previews bench soak fuzz clean

serve: setup-build build
	python3 tools/serve.py --dir dist --port $(PORT)

# Every step, printing how long each took; the release build runs beside the native checks
# (tools/test.sh says why).
test:
	@tools/test.sh

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
	# The catalogues tool builds only with its feature (tools/pages.mjs runs it).
	cargo clippy -p dsim-i18n --features tool --all-targets -- -D warnings

unit:
	cargo test --workspace

# Every sims/<id>/metadata.json against schema/metadata.schema.json, every index.md's structure,
# the previews, the README table and the style sheet's text contrast (no browser needed).
meta:
	node --test tests/metadata.test.mjs tests/soak-judge.test.mjs

# README's table of the sims (pages and iframe heights), from the list and each metadata.json;
# `make meta` fails while it is stale.
docs:
	node tools/sim-docs.mjs readme

# The course site: textbook/ plus each sim's index.md and the built sims, with mkdocs-material
# (installed pinned into target/venv-textbook on first use).
textbook: setup-build build textbook-site

textbook-site:
	tools/textbook.sh

browser:
	npx playwright test

# Transfer sizes (per sim: shared module, chunks, JS, CSS, HTML; a second sim; a chapter page;
# the gallery), time to first frame (also under Slow 4G with a 4x slower CPU), frame cost and
# native model throughput, against budgets.json (not part of make test): one table, also
# written to target/bench/report.json.
bench: setup build
	cargo clippy -p dsim-core --features bench --benches -- -D warnings
	cargo bench -p dsim-core --features bench --bench models
	node tools/bench.mjs

# Regenerate the 1200x630 preview images from real screenshots (commit the results).
previews: setup build
	node tools/previews.mjs
	trunk build --release

# Every sim auto-playing at ?speed=10 for SOAK_SECONDS each: heap and frame-time trends
# (not part of make test, which runs a 60 s version in the browser tests).
SOAK_SECONDS ?= 600
soak: setup build
	SOAK_SECONDS=$(SOAK_SECONDS) node tools/soak.mjs

# Coverage-guided fuzzing of the URL reader and every model's events, FUZZ_SECONDS per
# target (not part of make test). libFuzzer needs nightly-only flags, which the stable
# toolchain accepts with RUSTC_BOOTSTRAP=1; no sanitizer (-s none) so no runtime is needed.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := params settings hash_ring quorum gossip phi sharding split_brain replication scaling coordination election cluster
fuzz:
	@tools/setup.sh fuzz
	RUSTC_BOOTSTRAP=1 cargo fuzz build -s none
	@mkdir -p target; failed=""; for t in $(FUZZ_TARGETS); do \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  mkdir -p fuzz/corpus/$$t; \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run -s none $$t -- -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    > target/fuzz-$$t.log 2>&1 || failed="$$failed $$t"; \
	  grep -E 'stat::number_of_executed_units' target/fuzz-$$t.log | sed "s/^/fuzz: $$t: /"; \
	done; \
	n=$(words $(FUZZ_TARGETS)); bad=$$(echo $$failed | wc -w); \
	if [ -n "$$failed" ]; then \
	  for t in $$failed; do echo "fuzz: $$t FAILED, see target/fuzz-$$t.log and fuzz/artifacts/$$t/"; grep -m1 -A2 panicked target/fuzz-$$t.log; done; \
	fi; \
	echo "fuzz: $$((n - bad)) passed, $$bad failed"; [ -z "$$failed" ]

clean:
	rm -rf dist target/screenshots target/textbook target/textbook-src test-results playwright-report
