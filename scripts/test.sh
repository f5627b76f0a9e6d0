#!/usr/bin/env bash
# Every test, in order of speed: native, then in headless Chromium, then
# end to end against the release build. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== format and lints: rustfmt, clippy's default lints as errors (native and wasm: the widget, the formats module, Leptos' csr and hydrate modes, the example app), and in the library no unwrap, expect, panic or unchecked indexing (src/lib.rs), every public item documented"
cargo fmt --check
(cd fuzz && cargo fmt --check)
cargo clippy --locked --all-targets -q -- -D warnings
cargo clippy --locked --lib --bins -q --target wasm32-unknown-unknown --no-default-features --features embed -- -D warnings
cargo clippy --locked --lib --bins -q --target wasm32-unknown-unknown --no-default-features --features converter-module -- -D warnings
# The modes another Leptos app builds the library in (about 3 s each once built).
cargo clippy --locked --lib -q --target wasm32-unknown-unknown --no-default-features --features csr -- -D warnings
cargo clippy --locked --lib -q --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings
cargo clippy --locked -p leptos-app-example -q --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked -p leptos-app-example -q --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings
cargo clippy --locked -p leptos-app-example -q --no-default-features --features ssr --bins -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps -q

echo "== native tests (model, validation, formats, HTML, output, schemas, contract, custom-elements.json)"
cargo test --locked

echo "== type declarations (tsc: article-widget.d.ts in a plain TypeScript page, article-widget.react.d.ts in a React 19 app, and wrong usages refused)"
node tests/types/check.mjs

echo "== browser tests (wasm-bindgen-test in headless Chromium; the converters too, with the browser's DOMParser)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=60 \
  cargo test --locked --target wasm32-unknown-unknown --no-default-features --features embed,converters --test web

echo "== release build (trunk build --release, then dist/custom-elements.json from the CLI)"
bash scripts/release.sh

echo "== the example Leptos app (examples/leptos-app: the components in another app's tree; built client-side, and server-rendered then hydrated)"
# Trunk stages wasm-bindgen's output in the shared target directory and
# copies every snippet it finds there: without this, the widget's own JS
# modules from the release build above would ship in the example's dist/.
rm -rf "${CARGO_TARGET_DIR:-target}/wasm-bindgen"
(cd examples/leptos-app && trunk build --release --locked)
# Hydration needs the server and the client to agree on Leptos'
# `--cfg erase_components`, which .cargo/config.toml sets for every wasm32
# build (the widget's size); the native server half is built without it,
# so the hydrate build clears it (an empty RUSTFLAGS replaces the config's).
(cd examples/leptos-app && RUSTFLAGS="" trunk build --release --locked --no-default-features --features hydrate --dist dist-hydrate)
cargo run --locked -q -p leptos-app-example --no-default-features --features ssr --bin render -- examples/leptos-app/dist-hydrate/index.html

echo "== end-to-end tests (Playwright, Chromium, dist/ on 127.0.0.1; the prerender tests run the CLI; a real WordPress 6.1 for e2e/wordpress.test.mjs)"
cargo build --locked --bin article-widget
# MariaDB and PHP's web server in a temporary directory, stopped at exit whatever happens.
wordpress=$(bash scripts/wordpress.sh start)
WORDPRESS_DIR=$(sed -n 's/^WORDPRESS_DIR=//p' <<<"$wordpress")
trap 'bash scripts/wordpress.sh stop "$WORDPRESS_DIR"' EXIT
export WORDPRESS_URL; WORDPRESS_URL=$(sed -n 's/^WORDPRESS_URL=//p' <<<"$wordpress")
node --test --test-concurrency=1 e2e/
bash scripts/wordpress.sh stop "$WORDPRESS_DIR"; trap - EXIT
unset WORDPRESS_URL

echo "== fuzzing (cargo fuzz, 30 s a target; fuzz/README.md for longer runs)"
bash scripts/fuzz.sh 30

bash scripts/sizes.sh
