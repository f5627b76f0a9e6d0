#!/usr/bin/env bash
# Prints the raw and brotli sizes of what an embedding page downloads.
set -euo pipefail
cd "$(dirname "$0")/.."
printf '%-28s %10s %10s\n' file raw brotli
total_raw=0; total_br=0
for f in dist/article-widget.js dist/article-widget_bg.wasm; do
  raw=$(stat -c %s "$f"); br=$(brotli -c -q 11 "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_br=$((total_br + br))
  printf '%-28s %10d %10d\n' "${f#dist/}" "$raw" "$br"
done
printf '%-28s %10d %10d\n' total "$total_raw" "$total_br"
