# The two commands a newcomer needs; both install what is missing first.
#   make demo   serve the demo on http://127.0.0.1:8080
#   make test   run every test: native, browser (wasm-bindgen-test), end to end
#   make check  the quick loop: format, lints, native tests (about a minute once built)
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: demo test check setup release package sizes screenshots

setup:
	@bash scripts/setup.sh

demo: setup
	trunk serve --release

test: setup
	@bash scripts/test.sh

check:
	cargo fmt --check
	cargo clippy --locked --all-targets -q -- -D warnings
	cargo test --locked -q

# The npm package: release/npm/ and release/article-widget-<version>.tgz
# (npm pack), from the release build (scripts/package.mjs).
package: release
	node scripts/package.mjs

# The release build in dist/ (trunk, then dist/custom-elements.json from the
# native CLI: scripts/release.sh), and release/article-widget@<version>/: the
# files of this version with their SHA-384 hashes, and the snippet that pins
# them (scripts/release.mjs; CDN="https://…" for its address).
release: setup
	@bash scripts/release.sh
	node scripts/release.mjs $(if $(CDN),--base $(CDN))

sizes: release
	@bash scripts/sizes.sh

screenshots: release
	node scripts/screenshot.mjs

# Benchmarks, not part of `make test`: what a page downloads (raw, gzip,
# brotli; the wasm by crate with twiggy), and render time, paint, longest task
# and memory in headless Chromium against a plain-JS baseline and static HTML.
# Writes benches/results.md and benches/render-time.svg. More runs:
#   make bench BENCH_ARGS="--runs 20"
.PHONY: bench
bench: release
	@command -v twiggy >/dev/null || cargo install twiggy --locked
	cargo build --release --bin article-widget
	node benches/run.mjs $(BENCH_ARGS)
