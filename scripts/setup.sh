#!/usr/bin/env bash
# Installs what is missing, and nothing else: safe to run again and again.
# Only the package registries are used (Debian, crates.io, npm).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen in Cargo.lock

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
# Emoji kickers in screenshots need a colour emoji font.
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need_apt+=(fonts-noto-color-emoji)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# A real WordPress for e2e/wordpress.test.mjs (scripts/wordpress.sh starts
# its own MariaDB and PHP server in a temporary directory): Debian's
# wordpress with its default theme, MariaDB's server binaries without the
# system service (mariadb-server-core), PHP's CLI with MySQL and GD (image
# sizes). Without recommends; apt brings Apache as a dependency of
# wordpress, which the tests never use.
need_wp=()
[ -f /usr/share/wordpress/wp-settings.php ] || need_wp+=(wordpress)
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || need_wp+=(wordpress-theme-twentytwentythree)
command -v mariadbd >/dev/null && command -v mariadb-install-db >/dev/null || need_wp+=(mariadb-server-core)
command -v mariadb >/dev/null || need_wp+=(mariadb-client)
command -v php >/dev/null || need_wp+=(php-cli)
command -v php >/dev/null && php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' || need_wp+=(php-mysql)
command -v php >/dev/null && php -r 'exit(extension_loaded("gd") ? 0 : 1);' || need_wp+=(php-gd)
command -v curl >/dev/null || need_wp+=(curl)
if [ ${#need_wp[@]} -gt 0 ]; then
  echo "setup: apt-get install --no-install-recommends ${need_wp[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  [ ${#need_apt[@]} -gt 0 ] || $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_wp[@]}" >/dev/null
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown

have_version() { command -v "$1" >/dev/null && "$1" --version 2>/dev/null | grep -q " $2"; }
# trunk 0.22 needs a newer rustc than these machines have, so it is pinned.
have_version trunk "$TRUNK_VERSION" \
  || cargo install trunk --version "$TRUNK_VERSION" --locked
# No --locked: one dependency locked by wasm-bindgen-cli is missing from the registry.
have_version wasm-bindgen "$WASM_BINDGEN_VERSION" \
  || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"

# wasm-opt (npm binaryen), esbuild (bundles dist/article-widget.js in
# scripts/finish-dist.mjs), playwright-core and axe-core (the accessibility
# scan in e2e/a11y.test.mjs), the Custom Elements Manifest schema
# (tests/manifest.rs), TypeScript and React's types (tests/types/check.mjs),
# pinned in package-lock.json. Installed again when the lock file is newer
# than what npm last installed (node_modules/.package-lock.json).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/custom-elements-manifest/schema.json ] \
  || [ ! -x node_modules/.bin/tsc ] || [ ! -f node_modules/@types/react/index.d.ts ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
