#!/usr/bin/env bash
# Throughput of `marsad extract` on real news, side by side in one run with the raw
# multi-pattern matching baseline `rg -F -o -f NAMES` (issue 5 §6, issue 8 "Done means"; the
# targets printed are issue 17's: places-only >= 50% of rg, full >= 75% of places-only,
# combined recognizer >= 70% of gazetteer-only, 2 threads >= 1.85x, peak RSS flat).
#
#   bench/extract_throughput.sh BUILD_DIR
#
# Corpus: ../shared/corpus/saudinewsnet_ar_conflict.jsonl (override: MARSAD_BENCH_CORPUS or
# MARSAD_CORPUS, as scripts/run-bench.sh);
# skipped with a message, exit 0, when absent.
# Measures, each under /usr/bin/time (wall, user+sys CPU, peak RSS):
#   - marsad extract --threads 1 and --threads 2 over the JSONL (output to a file), and with
#     --threads 1 --recognizer combined (the trained recognizer, issue 7)
#   - rg -F -o -f NAMES over the same articles' text (one article a line, output to a file);
#     NAMES = the Arabic-script keys of the index (bench/names_export). The index keeps only
#     normalized keys (ة→ه, أ→ا, ى→ي …), so rg looks for normalized spellings in the raw text:
#     it reports fewer hits than marsad finds, which makes the baseline easier, not harder.
#   - marsad extract --threads 2 over the corpus repeated MARSAD_BENCH_REPEAT times (default
#     10; ids made unique), to show that peak RSS does not grow with the input.
# MB/s counts the bytes of the articles' "text" fields (UTF-8), for marsad and rg alike.
# Wall-clock numbers are what the targets are stated in; CPU-time numbers (bytes / user+sys)
# are printed too because they do not depend on what else runs on the machine.
# Environment: MARSAD_BENCH_RUNS (default 1; N rounds of all the runs, interleaved; the
# best wall time of each command is kept),
# MARSAD_BENCH_REPEAT (0 skips the repeated-corpus run), MARSAD_GAZETTEER (index).
set -euo pipefail

BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
CORPUS=${MARSAD_BENCH_CORPUS:-${MARSAD_CORPUS:-$ROOT/../shared/corpus/saudinewsnet_ar_conflict.jsonl}}
RUNS=${MARSAD_BENCH_RUNS:-1}
REPEAT=${MARSAD_BENCH_REPEAT:-10}
INDEX=${MARSAD_GAZETTEER:-$ROOT/data/gazetteer/default.mgz}
MARSAD="$BUILD/tools/marsad"
EXPORT="$BUILD/bench/names_export"

say() { echo "extract_throughput: $*" >&2; }

if [ ! -f "$CORPUS" ]; then
  say "corpus $CORPUS not found; skipping the extract throughput bench (nothing to measure)"
  exit 0
fi
for f in "$MARSAD" "$EXPORT"; do
  [ -x "$f" ] || { say "$f missing; build first (make build)"; exit 1; }
done
[ -f "$INDEX" ] || { say "index $INDEX missing; run make gazetteer"; exit 1; }
command -v rg >/dev/null || { say "rg missing (Debian ripgrep; scripts/install-deps.sh)"; exit 1; }
[ -x /usr/bin/time ] || { say "/usr/bin/time missing (Debian time; scripts/install-deps.sh)"; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/marsad-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

"$EXPORT" --index "$INDEX" >"$TMP/NAMES" 2>"$TMP/names.log"
"$EXPORT" --text "$CORPUS" >"$TMP/TEXT" 2>"$TMP/text.log"
n_names=$(wc -l <"$TMP/NAMES")
n_articles=$(wc -l <"$TMP/TEXT")
# Text bytes: the TEXT file minus its one newline per article.
text_bytes=$(( $(wc -c <"$TMP/TEXT") - n_articles ))
corpus_bytes=$(wc -c <"$CORPUS")

# run_once NAME OUT_FILE CMD... : runs CMD once with stdout to OUT_FILE and keeps, per NAME,
# the run with the best wall time (its stderr in NAME.err). The runs of all commands are
# interleaved round by round (below), so a slow spell of the machine hits every command
# alike instead of all runs of one.
run_once() {
  local name=$1 out=$2; shift 2
  if ! /usr/bin/time -f '%e %U %S %M' -o "$TMP/$name.time" "$@" >"$out" 2>"$TMP/$name.err.cur"; then
    say "$name failed:"; tail -5 "$TMP/$name.err.cur" >&2; exit 1
  fi
  local w u s m best=""
  read -r w u s m <"$TMP/$name.time"
  [ -f "$TMP/$name.best" ] && read -r best _ <"$TMP/$name.best"
  if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN{exit !(a<b)}'; then
    echo "$w $(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}') $m" >"$TMP/$name.best"
    mv "$TMP/$name.err.cur" "$TMP/$name.err"
  fi
}
# best NAME: sets M_WALL M_CPU M_RSS_KB from the best run of NAME.
best() { read -r M_WALL M_CPU M_RSS_KB <"$TMP/$1.best"; }

row() {  # label wall cpu rss_kb articles
  awk -v l="$1" -v w="$2" -v c="$3" -v m="$4" -v n="$5" -v b="$text_bytes" 'BEGIN{
    if (w <= 0) w = 0.01; if (c <= 0) c = 0.01;
    printf "%-34s %8.2f %8.2f %9.2f %10.0f %10.2f %9.1f\n", l, w, c, b/w/1e6, n/w, b/c/1e6, m/1024 }'
}

echo "== marsad extract throughput vs rg -F -o -f NAMES =="
echo "corpus:   $CORPUS"
echo "          $n_articles articles, $(awk -v b="$text_bytes" 'BEGIN{printf "%.2f", b/1e6}') MB of text ($(awk -v b="$corpus_bytes" 'BEGIN{printf "%.2f", b/1e6}') MB of JSONL)"
echo "NAMES:    $n_names Arabic-script keys of $(basename "$INDEX") (normalized keys, not surface forms;"
echo "          rg runs them on the raw, unnormalized text)"
echo "machine:  $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg) at start; best of $RUNS run(s)"
echo "          $(rg --version | sed -n 1p)"
echo
printf "%-34s %8s %8s %9s %10s %10s %9s\n" "run" "wall s" "cpu s" "MB/s" "articles/s" "MB/cpu-s" "RSS MB"

# The geoparser's targets (issue 5) are for --places-only; full extraction (actors,
# quantities, dates, events) is measured too, for its ratio to geoparse-only (issue 6).
# Trained recognizer (issue 7): combined mode keeps the gazetteer matcher and adds the
# model's spans; its cost is the feature extraction and decoding of every document.
for ((r = 0; r < RUNS; ++r)); do
  run_once t1 "$TMP/out1.jsonl" "$MARSAD" extract --index "$INDEX" --places-only --threads 1 "$CORPUS"
  run_once t2 "$TMP/out2.jsonl" "$MARSAD" extract --index "$INDEX" --places-only --threads 2 "$CORPUS"
  run_once c1 "$TMP/outc.jsonl" "$MARSAD" extract --index "$INDEX" --places-only --threads 1 --recognizer combined "$CORPUS"
  run_once f1 "$TMP/outf.jsonl" "$MARSAD" extract --index "$INDEX" --threads 1 "$CORPUS"
  run_once rg "$TMP/rg.out" rg -F -o --no-filename --no-line-number -f "$TMP/NAMES" "$TMP/TEXT"
done
rm -f "$TMP/outc.jsonl" "$TMP/outf.jsonl"
best t1; W1=$M_WALL C1=$M_CPU R1=$M_RSS_KB
row "extract --places-only --threads 1" "$W1" "$C1" "$R1" "$n_articles"
best t2; W2=$M_WALL C2=$M_CPU R2=$M_RSS_KB
row "extract --places-only --threads 2" "$W2" "$C2" "$R2" "$n_articles"
best c1; WC=$M_WALL CC=$M_CPU RC=$M_RSS_KB
row "  ... --recognizer combined" "$WC" "$CC" "$RC" "$n_articles"
best f1; WF=$M_WALL CF=$M_CPU RF=$M_RSS_KB
row "extract (full) --threads 1" "$WF" "$CF" "$RF" "$n_articles"
best rg; WR=$M_WALL CR=$M_CPU RR=$M_RSS_KB
row "rg -F -o -f NAMES" "$WR" "$CR" "$RR" "$n_articles"
rg_hits=$(wc -l <"$TMP/rg.out")
marsad_places=$(rg -o '"start":' "$TMP/out1.jsonl" | wc -l)
cmp -s "$TMP/out1.jsonl" "$TMP/out2.jsonl" && same="identical" || same="DIFFERENT"
echo
echo "hits:     rg $rg_hits name occurrences; marsad $marsad_places places (1 and 2 threads: $same output)"
echo "          marsad summary: $(tail -1 "$TMP/t1.err")"

awk -v c1="$C1" -v cf="$CF" 'BEGIN{
  printf "\nfull / places-only, 1 thread: %5.1f%% (by CPU time)                        target >= 75%%: %s\n",
         100*c1/cf, (c1/cf >= 0.75 ? "met" : "NOT met") }'
awk -v c1="$C1" -v cc="$CC" 'BEGIN{
  printf "combined / gazetteer-only recognizer, 1 thread: %5.1f%% (by CPU time)         target >= 70%%: %s\n",
         100*c1/cc, (c1/cc >= 0.70 ? "met" : "NOT met") }'
awk -v w1="$W1" -v w2="$W2" -v wr="$WR" -v c1="$C1" -v cr="$CR" -v n="$n_articles" 'BEGIN{
  ratio = wr / w1; cratio = cr / c1; speed = w1 / w2; aps2 = n / w2
  printf "\nmarsad/rg, 1 thread:        %6.1f%% of rg by wall time (%.1f%% by CPU time)   target >= 50%% (issue 17): %s by wall, %s by CPU\n",
         100*ratio, 100*cratio, (ratio >= 0.50 ? "met" : "NOT met"), (cratio >= 0.50 ? "met" : "NOT met")
  printf "2 threads vs 1 thread:      %6.2fx articles/s                                  target >= 1.85x: %s\n",
         speed, (speed >= 1.85 ? "met" : "NOT met")
  printf "articles/s with 2 threads:  %6.0f                                               target >= 3000: %s\n",
         aps2, (aps2 >= 3000 ? "met" : "NOT met")
}'

if [ "$REPEAT" -gt 1 ]; then
  # The corpus REPEAT times, ids prefixed with the copy number so every id is unique.
  for ((k = 0; k < REPEAT; ++k)); do
    sed -E "s/\"id\": ?\"/&x$k:/" "$CORPUS"
  done >"$TMP/repeat.jsonl"
  rm -f "$TMP/out1.jsonl" "$TMP/out2.jsonl" "$TMP/rg.out"
  for ((r = 0; r < RUNS; ++r)); do
    run_once rep "$TMP/outrep.jsonl" "$MARSAD" extract --index "$INDEX" --places-only --threads 2 "$TMP/repeat.jsonl"
  done
  best rep; WX=$M_WALL CX=$M_CPU RX=$M_RSS_KB
  echo
  printf "%-34s %8s %8s %9s %10s %10s %9s\n" "run" "wall s" "cpu s" "MB/s" "articles/s" "MB/cpu-s" "RSS MB"
  row "marsad extract --threads 2" "$W2" "$C2" "$R2" "$n_articles"
  text_bytes=$((text_bytes * REPEAT)) row "  corpus x$REPEAT" "$WX" "$CX" "$RX" "$((n_articles * REPEAT))"
  echo "          summary: $(tail -1 "$TMP/rep.err")"
  awk -v a="$R2" -v b="$RX" -v k="$REPEAT" 'BEGIN{
    printf "peak RSS, input x%d:         %6.2fx (%.1f MB -> %.1f MB)                   target flat (<= 1.25x): %s\n",
           k, b/a, a/1024, b/1024, (b/a <= 1.25 ? "met" : "NOT met") }'
fi
