#!/usr/bin/env bash
# Throughput and memory of `marsad merge` (issue 14 "Done means": >= 50,000 events/s on one
# thread; peak RSS flat within 1.25x as the input grows).
#
#   bench/merge_bench.sh BUILD_DIR [BASE_MARSAD]
#
# Input: the extraction output of the corpus (../shared/corpus/saudinewsnet_ar_conflict.jsonl,
# override MARSAD_BENCH_CORPUS or MARSAD_CORPUS), made here with `marsad extract --threads 2`
# unless MARSAD_BENCH_EXTRACTED names one already made (JSON lines); skipped with a message,
# exit 0, when there is neither.
# Runs `marsad merge` (one thread: merge is single-threaded) over that output replicated 1x,
# 3x and 10x with distinct document ids ("<k>/<id>": every incident is then reported k times
# as often), each under /usr/bin/time, MARSAD_BENCH_REPEAT times (default 3), and prints per
# size the best run (least user+sys CPU): events in, records out, wall and user+sys seconds,
# events/s by wall and by CPU time, peak RSS, and events/s by the median run's CPU time (on a
# shared machine the best of a few runs swings by a tenth from one bench to the next); then
# the RSS ratio 10x/1x.
# With BASE_MARSAD (another marsad binary, e.g. a build of the commit before a change) both
# run alternately, one row each, and their outputs must be byte-identical (cmp).
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

BASE=${2:-}
[ -z "$BASE" ] || [ -x "$BASE" ] || { say "$BASE is not an executable"; exit 1; }
REPEAT=${MARSAD_BENCH_REPEAT:-3}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; best of $REPEAT runs each"
printf '%-5s %-4s %9s %9s %8s %8s %12s %12s %10s %14s\n' build copies events records wall_s cpu_s events/s_wall events/s_cpu peak_rss_MB events/s_cpu_med
declare -A RSS BEST CPUS
for k in 1 3 10; do
  in="$TMP/in-$k.jsonl"
  : >"$in"
  for ((i = 0; i < k; i++)); do
    # Distinct ids per copy: the copies are other outlets' reports of the same incidents.
    sed "s|^{\"id\":\"|{\"id\":\"$i/|" "$EXTRACTED" >>"$in"
  done
  names=(new)
  bins=("$MARSAD")
  if [ -n "$BASE" ]; then
    names=(base new)
    bins=("$BASE" "$MARSAD")
  fi
  for ((r = 0; r < REPEAT; r++)); do
    for b in "${!bins[@]}"; do
      name=${names[$b]}
      /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "${bins[$b]}" merge "$in" >"$TMP/out-$name.jsonl" 2>"$TMP/err" ||
        { cat "$TMP/err" >&2; exit 1; }
      read -r wall user sys rss <"$TMP/time"
      cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
      CPUS[$name]="${CPUS[$name]:-} $cpu"
      events=$(sed -n 's/.* \([0-9]*\) events -> .*/\1/p' "$TMP/err")
      if [ -z "${BEST[$name]:-}" ] || awk -v c="$cpu" -v b="${BEST[$name]%% *}" 'BEGIN { exit !(c < b) }'; then
        BEST[$name]="$cpu $wall $rss $events $(wc -l <"$TMP/out-$name.jsonl")"
      fi
    done
    [ -z "$BASE" ] || cmp -s "$TMP/out-base.jsonl" "$TMP/out-new.jsonl" ||
      { say "the outputs of $BASE and $MARSAD differ at ${k}x"; exit 1; }
  done
  rate() { awk -v n="$1" -v t="$2" 'BEGIN { if (t > 0) printf "%.0f", n / t; else print "inf" }'; }
  for name in "${names[@]}"; do
    read -r cpu wall rss events records <<<"${BEST[$name]}"
    median=$(tr ' ' '\n' <<<"${CPUS[$name]}" | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    printf '%-5s %-4s %9s %9s %8s %8s %12s %12s %10.1f %14s\n' "$name" "${k}x" "$events" "$records" "$wall" "$cpu" \
      "$(rate "$events" "$wall")" "$(rate "$events" "$cpu")" "$(awk -v r="$rss" 'BEGIN { print r / 1024 }')" \
      "$(rate "$events" "$median")"
    RSS[$name.$k]=$rss
  done
  unset BEST CPUS
  declare -A BEST CPUS
done
for name in "${names[@]}"; do
  awk -v n="$name" -v a="${RSS[$name.1]}" -v b="${RSS[$name.10]}" \
    'BEGIN { printf "%s: peak RSS 10x / 1x: %.2f (target <= 1.25)\n", n, b / a }'
done
