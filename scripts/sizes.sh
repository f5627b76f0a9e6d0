#!/usr/bin/env bash
# Prints the raw and brotli sizes of what an embedding page downloads: the
# main module for every page, the formats module only for documents that are
# not native (js/formats.js), and the total of each path.
set -euo pipefail
cd "$(dirname "$0")/.."
printf '%-36s %10s %10s\n' file raw brotli
declare -A raw br
for f in article-widget.js article-widget_bg.wasm article-widget-formats.js article-widget-formats_bg.wasm; do
  raw[$f]=$(stat -c %s "dist/$f"); br[$f]=$(brotli -c -q 11 "dist/$f" | wc -c)
  printf '%-36s %10d %10d\n' "$f" "${raw[$f]}" "${br[$f]}"
done
main_raw=$((raw[article-widget.js] + raw[article-widget_bg.wasm]))
main_br=$((br[article-widget.js] + br[article-widget_bg.wasm]))
formats_raw=$((raw[article-widget-formats.js] + raw[article-widget-formats_bg.wasm]))
formats_br=$((br[article-widget-formats.js] + br[article-widget-formats_bg.wasm]))
printf '%-36s %10d %10d\n' "total, a native article" "$main_raw" "$main_br"
printf '%-36s %10d %10d\n' "total, any other format" "$((main_raw + formats_raw))" "$((main_br + formats_br))"
