#!/usr/bin/env bash
# Benchmarks, each next to a simple baseline measured in the same run.
#   scripts/run-bench.sh [BUILD_DIR]      (default: build)
# Environment: MARSAD_CORPUS (default ../shared/corpus/saudinewsnet_ar_conflict.jsonl),
# BENCH_REPS (repetitions, default 5).
#
# 1. Text layer (bench/text_bench.cc): decode + normalize + tokenize throughput in MB/s of
#    article text, single-threaded, next to `wc -w` on exactly the same bytes.
# 2. marsad extract (bench/extract_throughput.sh): MB/s, articles/s and peak RSS with 1 and
#    2 threads, next to `rg -F -o -f NAMES` (the index's Arabic names) on the same text, and
#    peak RSS with the corpus repeated 10x (MARSAD_BENCH_REPEAT).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
REPS="${BENCH_REPS:-5}"
CORPUS="${MARSAD_CORPUS:-$(pwd)/../shared/corpus/saudinewsnet_ar_conflict.jsonl}"

if [ ! -x "$BUILD/bench/text_bench" ]; then
  cmake --build "$BUILD" --target text_bench -j "$(nproc)"
fi
BENCH="$BUILD/bench/text_bench"
if [ ! -f "$CORPUS" ]; then
  echo "run-bench: corpus not found: $CORPUS (set MARSAD_CORPUS); skipping the text benchmark"
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$BENCH" --corpus="$CORPUS" --dump-text="$tmp/text.txt"
bytes=$(wc -c <"$tmp/text.txt")

echo "== text layer: $(basename "$CORPUS"), $bytes bytes of article text"
"$BENCH" --corpus="$CORPUS" --benchmark_repetitions="$REPS" --benchmark_report_aggregates_only=true \
  --benchmark_format=console | tee "$tmp/bench.out"

# wc -w over the same text: best of REPS runs. CPU time (user + sys), like the benchmark's
# own MB/s, so a busy machine does not penalize one side only; wall time shown too.
best=""
best_wall=""
TIMEFORMAT='%3U %3S %3R'
for _ in $(seq "$REPS"); do
  { time LC_ALL=C.UTF-8 wc -w "$tmp/text.txt" >"$tmp/wc.out"; } 2>"$tmp/time"
  t=$(tail -n 1 "$tmp/time")
  cpu=$(awk '{printf "%.3f", $1 + $2}' <<<"$t")
  wall=$(awk '{print $3}' <<<"$t")
  if [ -z "$best" ] || awk -v a="$cpu" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$cpu; fi
  if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN{exit !(a < b)}'; then best_wall=$wall; fi
done
words=$(awk '{print $1}' "$tmp/wc.out")
wc_mbs=$(awk -v b="$bytes" -v s="$best" 'BEGIN { if (s <= 0) s = 0.001; printf "%.1f", b / s / 1048576 }')
wc_wall=$(awk -v b="$bytes" -v s="$best_wall" 'BEGIN { if (s <= 0) s = 0.001; printf "%.1f", b / s / 1048576 }')

median() {  # median MB/s of one benchmark from the console report
  # With one repetition there are no aggregates: take the plain line.
  { grep -E "^$1_median " "$tmp/bench.out" || grep -E "^$1 " "$tmp/bench.out"; } | head -n 1 | grep -Eo 'bytes_per_second=[0-9.]+[kMG]?' |
    sed -E 's/bytes_per_second=//' | awk '{v=$1; u=substr(v,length(v)); n=v+0;
      if (u=="G") n*=1024; else if (u=="k") n/=1024; else if (u!="M") n/=1048576; printf "%.1f", n}'
}
echo
echo "== summary (MiB/s of article text per CPU second, one thread, median of $REPS)"
printf '  %-40s %8s MiB/s\n' "decode (DecodeUtf8)" "$(median BM_Decode)"
printf '  %-40s %8s MiB/s\n' "normalize (NormalizeKey, whole text)" "$(median BM_NormalizeKey)"
printf '  %-40s %8s MiB/s\n' "tokenize (Tokenize, keys included)" "$(median BM_Tokenize)"
printf '  %-40s %8s MiB/s   <- target >= 150\n' "decode + normalize + tokenize" "$(median BM_DecodeNormalizeTokenize)"
printf '  %-40s %8s MiB/s\n' "+ sentences + clitics (full text layer)" "$(median BM_FullTextLayer)"
printf '  %-40s %8s MiB/s   (%s words; wall %s MiB/s; best of %s)\n' "wc -w (C.UTF-8), same text" "$wc_mbs" "$words" "$wc_wall" "$REPS"

# 2. marsad extract vs the raw multi-pattern baseline (rg).
if [ ! -x bench/extract_throughput.sh ]; then exit 0; fi
for t in marsad names_export; do
  case $t in marsad) bin="$BUILD/tools/marsad" ;; *) bin="$BUILD/bench/$t" ;; esac
  [ -x "$bin" ] || cmake --build "$BUILD" --target "$t" -j "$(nproc)"
done
echo
MARSAD_BENCH_CORPUS="$CORPUS" bench/extract_throughput.sh "$BUILD"
