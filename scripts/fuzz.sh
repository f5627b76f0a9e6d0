#!/usr/bin/env bash
# Fuzzes the widget's readers and renderer for a fixed, short budget:
# each cargo-fuzz target in fuzz/ runs SECONDS (default 60) from the seeds
# in fixtures/, and any crash — a panic, or an invariant of the rendered
# HTML broken (fuzz/src/check.rs) — fails the run. fuzz/README.md has more.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Environment: FUZZ_SANITIZER (default none; "address" for ASan, slower),
# FUZZ_JOBS (targets run at once, default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
began=$(date +%s)
export PATH="$HOME/.cargo/bin:$PATH"

budget="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pipeline structured)
sanitizer="${FUZZ_SANITIZER:-none}"
cargo_fuzz_version=0.13.2

case "$budget" in
  '' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, not '$budget'" >&2; exit 2 ;;
esac

# cargo-fuzz, from crates.io, once.
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz $cargo_fuzz_version (crates.io)"
  cargo install cargo-fuzz --locked --version "$cargo_fuzz_version"
fi

# The machine's one toolchain is stable. cargo-fuzz adds only stable -C
# flags for coverage, so `--sanitizer none` builds on it as it is; a
# sanitizer needs -Zsanitizer, which stable takes with RUSTC_BOOTSTRAP=1.
# (Only then: cargo rebuilds everything when RUSTC_BOOTSTRAP changes.)
toolchain=(+stable)
rustup run stable rustc --version >/dev/null 2>&1 || toolchain=()
flags=(--sanitizer "$sanitizer")
if [ "$sanitizer" != none ]; then
  export RUSTC_BOOTSTRAP=1
  # Its own build folder, so switching back and forth rebuilds neither.
  flags+=(--target-dir "fuzz/target/sanitizer-$sanitizer")
fi

# Seed corpora from the fixtures, written into the corpus folders each run.
# libFuzzer adds what it finds to the same folders (fuzz/corpus/ is not
# committed), so a developer's later runs go on from there.
corpus=fuzz/corpus
mkdir -p "$corpus/pipeline" "$corpus/structured"
while IFS= read -r -d '' file; do
  name=${file#fixtures/}
  cp "$file" "$corpus/pipeline/seed-${name//\//-}"
done < <(find fixtures -name '*.json' -print0; find fixtures/html -name '*.html' -print0)
# structured: a template-selector byte (fuzz/src/structured.rs), then the
# string that fills every field: each HTML fixture with each template.
templates=$(sed -n '/^pub const TEMPLATES/,/^];/p' fuzz/src/structured.rs | grep -c '^    "')
[ "$templates" -gt 0 ] || { echo "fuzz.sh: no TEMPLATES in fuzz/src/structured.rs" >&2; exit 2; }
for html in fixtures/html/*.html; do
  for ((t = 0; t < templates; t++)); do
    { printf "\\x$(printf %02x "$t")"; cat "$html"; } >"$corpus/structured/seed-$(basename "$html" .html)-t$t"
  done
done

echo "== building the fuzz targets (cargo fuzz build, sanitizer: $sanitizer)"
start=$(date +%s)
cargo "${toolchain[@]}" fuzz build "${flags[@]}"
echo "   built in $(($(date +%s) - start)) s"

mkdir -p fuzz/artifacts
failed=()
run_one() {
  local target=$1 log="fuzz/artifacts/$1.log" status
  # -timeout: one input taking 10 s is a hang, reported as a crash.
  # -rss_limit_mb: a leak or a blow-up past 2 GiB is a crash too.
  if cargo "${toolchain[@]}" fuzz run "${flags[@]}" "$target" "$corpus/$target" -- \
      -max_total_time="$budget" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -dict=fuzz/article.dict -print_final_stats=1 >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
  fi
  local runs rate cov corp
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
  corp=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2 || true)
  printf '   %-10s %-5s %s executions in %s s (%s/s), cov: %s, corpus: %s\n' \
    "$target" "$status" "${runs:-?}" "$budget" "${rate:-?}" "${cov:-?}" "${corp:-?}"
  if [ "$status" != ok ]; then
    # The panic (message and the rendered HTML, lines cut at 400
    # characters), where the input was written, and how to replay it.
    echo "---- $target: from $log ----"
    {
      sed -n '/panicked at/,/^stack backtrace:/p' "$log" | grep -v '^stack backtrace:'
      grep -E 'ERROR: libFuzzer|Test unit written to' "$log" || true
    } | cut -c1-400 | head -80
    echo "----"
    return 1
  fi
}

echo "== fuzzing ${targets[*]}, ${budget} s each"
jobs="${FUZZ_JOBS:-1}"
if [ "$jobs" -gt 1 ]; then
  pids=()
  for target in "${targets[@]}"; do run_one "$target" & pids+=($!); done
  for i in "${!pids[@]}"; do wait "${pids[$i]}" || failed+=("${targets[$i]}"); done
else
  for target in "${targets[@]}"; do run_one "$target" || failed+=("$target"); done
fi

if [ ${#failed[@]} -gt 0 ]; then
  replay="cargo fuzz run ${flags[*]} <target> fuzz/artifacts/<target>/<file>"
  [ -z "${RUSTC_BOOTSTRAP:-}" ] || replay="RUSTC_BOOTSTRAP=1 $replay"
  echo "fuzz.sh: crash in ${failed[*]}; replay the input with: $replay" \
    "(and minimise it with 'cargo fuzz tmin', same arguments)" >&2
  exit 1
fi
echo "== fuzzing: no crash ($(($(date +%s) - began)) s in all)"
