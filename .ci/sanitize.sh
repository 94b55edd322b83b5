#!/usr/bin/env bash
# The sanitizer pass of CI: one clang build of the engine, the CLI and their tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (and libFuzzer's coverage hooks), the no-GUI suite run under them, then each fuzz target
# for a bounded time on its committed seed corpus, two at a time (one per core). FUZZ_SECONDS (default 60) sets that time.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir="$top/build-asan"
seconds=${FUZZ_SECONDS:-60}
flags="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
CC=clang CXX=clang++ cmake -S "$top" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBUILD_GUI=OFF -DBUILD_TESTING=ON -DBUILD_BENCHMARKS=OFF -DBUILD_FUZZERS=ON \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$dir" -j "$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions="$top/tests/fuzz/lsan.supp":print_suppressions=0
echo "== the no-GUI suite under ASan and UBSan ($(date +%T))"
# The twenty-county round trip and the CLI suite on a server repeat, at length, code the exchange and server tests
# run here already; they run in the full build.
(cd "$dir" && ctest --output-on-failure -j 2 -E "^(test_exchange_20|test_cli_server)$")
echo "== fuzzing, ${seconds} s per target, two at a time ($(date +%T))"
fuzz() {
  local name=$1 work
  work=$(mktemp -d)
  # New inputs go to the scratch folder; the committed corpus is only read.
  "$dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=2560 -timeout=20 -print_final_stats=1 \
    -artifact_prefix="$work/" "$work" "$top/tests/fuzz/corpus/$name" 2>"$work/log" || {
      tail -50 "$work/log"; echo "FAIL: fuzz_$name found a crash (artifact in $work)"; return 1; }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/log" | sed "s/^/fuzz_$name: /"
  rm -rf "$work"
}
for pair in "csv xlsx" "scoresheet package"; do
  set -- $pair
  fuzz "$1" > "$dir/fuzz-$1.out" & first=$!
  fuzz "$2" > "$dir/fuzz-$2.out" & second=$!
  ok=1; wait $first || ok=0; wait $second || ok=0
  cat "$dir/fuzz-$1.out" "$dir/fuzz-$2.out"
  [ $ok = 1 ] || exit 1
done
