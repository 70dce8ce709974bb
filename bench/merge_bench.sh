#!/usr/bin/env bash
# Throughput and memory of `marsad merge` (issue 14 "Done means": >= 50,000 events/s on one
# thread; peak RSS flat within 1.25x as the input grows).
#
#   bench/merge_bench.sh BUILD_DIR
#
# Input: the extraction output of the corpus (../shared/corpus/saudinewsnet_ar_conflict.jsonl,
# override MARSAD_BENCH_CORPUS or MARSAD_CORPUS), made here with `marsad extract --threads 2`
# unless MARSAD_BENCH_EXTRACTED names one already made (JSON lines); skipped with a message,
# exit 0, when there is neither.
# Runs `marsad merge` (one thread: merge is single-threaded) over that output replicated 1x,
# 3x and 10x with distinct document ids ("<k>/<id>": every incident is then reported k times
# as often), each under /usr/bin/time, and prints per run: events in, records out, wall and
# user+sys seconds, events/s by wall and by CPU time, peak RSS; then the RSS ratio 10x/1x.
# The machine's load average is printed first: on a shared machine wall time is what others
# leave, CPU time is not.
set -euo pipefail

BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
CORPUS=${MARSAD_BENCH_CORPUS:-${MARSAD_CORPUS:-$ROOT/../shared/corpus/saudinewsnet_ar_conflict.jsonl}}
MARSAD="$BUILD/tools/marsad"
say() { echo "merge_bench: $*" >&2; }

[ -x "$MARSAD" ] || { say "$MARSAD missing; build first (make build)"; exit 1; }
[ -x /usr/bin/time ] || { say "/usr/bin/time missing (Debian time; scripts/install-deps.sh)"; exit 1; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/marsad-merge-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

EXTRACTED=${MARSAD_BENCH_EXTRACTED:-}
if [ -z "$EXTRACTED" ]; then
  if [ ! -f "$CORPUS" ]; then
    say "corpus $CORPUS not found and MARSAD_BENCH_EXTRACTED unset; skipping (nothing to measure)"
    exit 0
  fi
  say "extracting the corpus (marsad extract --threads 2) ..."
  EXTRACTED="$TMP/corpus.jsonl"
  nice "$MARSAD" extract --threads 2 --quiet "$CORPUS" -o "$EXTRACTED"
fi

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-4s %9s %9s %8s %8s %12s %12s %10s\n' copies events records wall_s cpu_s events/s_wall events/s_cpu peak_rss_MB
declare -A RSS
for k in 1 3 10; do
  in="$TMP/in-$k.jsonl"
  : >"$in"
  for ((i = 0; i < k; i++)); do
    # Distinct ids per copy: the copies are other outlets' reports of the same incidents.
    sed "s|^{\"id\":\"|{\"id\":\"$i/|" "$EXTRACTED" >>"$in"
  done
  /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$MARSAD" merge "$in" >"$TMP/out.jsonl" 2>"$TMP/err" ||
    { cat "$TMP/err" >&2; exit 1; }
  read -r wall user sys rss <"$TMP/time"
  events=$(sed -n 's/.* \([0-9]*\) events -> .*/\1/p' "$TMP/err")
  records=$(wc -l <"$TMP/out.jsonl")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  rate() { awk -v n="$events" -v t="$1" 'BEGIN { if (t > 0) printf "%.0f", n / t; else print "inf" }'; }
  printf '%-4s %9s %9s %8s %8s %12s %12s %10.1f\n' "${k}x" "$events" "$records" "$wall" "$cpu" "$(rate "$wall")" \
    "$(rate "$cpu")" "$(awk -v r="$rss" 'BEGIN { print r / 1024 }')"
  RSS[$k]=$rss
done
awk -v a="${RSS[1]}" -v b="${RSS[10]}" 'BEGIN { printf "peak RSS 10x / 1x: %.2f (target <= 1.25)\n", b / a }'
