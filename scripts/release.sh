#!/usr/bin/env bash
# The release build: Trunk builds dist/ (the widget, the formats module, the
# demo), then the native CLI writes dist/custom-elements.json, the element's
# Custom Elements Manifest, from the contract (src/manifest.rs). Trunk cannot
# do that step itself: a hook would build the native CLI on every
# `trunk serve` rebuild, and Trunk replaces dist/ after its hooks run.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release
cargo run --locked -q --bin article-widget -- manifest > dist/custom-elements.json.tmp
mv dist/custom-elements.json.tmp dist/custom-elements.json
