#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/*_fuzz.cc) with clang in a separate build dir and runs
# each for an equal share of the time, then prints the executions per target.
#   scripts/run-fuzz.sh [SECONDS] [TARGET...]   (default 60 seconds in all; default every target)
# Environment: BUILD_FUZZ (default build-fuzz), FUZZ_JOBS (build parallelism, default nproc),
# FUZZ_FLAGS (more libFuzzer flags; default -entropic=0, see below).
# Every library is instrumented (coverage + ASan + UBSan), not only the targets, so
# libFuzzer sees the branches of the code under test. Corpora and crash artifacts are kept
# in the build dir (a later run continues from the corpus); a finding makes the script exit
# non-zero and names the reproducer file. Seeds come from tests/fixtures and data/, and
# the index, model and HTTP seeds from the targets themselves ($MARSAD_FUZZ_SEEDS).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-60}"
shift || true
BUILD_FUZZ="${BUILD_FUZZ:-build-fuzz}"
JOBS="${FUZZ_JOBS:-$(nproc)}"
# Entropic scheduling (libFuzzer's default) is off: clang 14's libFuzzer looks every
# feature an input touches up in a list of "rare" features, and the targets that link the
# whole pipeline touch thousands per input. extract_fuzz spent 70% of its time there (182
# executions/s, against 829 without it, in 45 s from the same corpus, reaching more
# coverage: 13,018 edges against 12,817); gazetteer_fuzz ran 330/s against 890/s.
read -r -a EXTRA_FLAGS <<<"${FUZZ_FLAGS:--entropic=0}"
ALL=(text input reader extract http gazetteer geonames dict tagger resume)
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=("${ALL[@]}")

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run-fuzz: clang++ not found (apt-get install clang); skipping" >&2
  exit 0
fi

. scripts/sanitized-build.sh
configure_sanitized "$BUILD_FUZZ"
cmake --build "$BUILD_FUZZ" -j "$JOBS" --target $(printf '%s_fuzz ' "${TARGETS[@]}")

# Writes seed N of a target's corpus from printf-style text (\xNN escapes).
seed() { mkdir -p "$BUILD_FUZZ/corpus/$1"; printf '%b' "$3" >"$BUILD_FUZZ/corpus/$1/seed-$2"; }

TEXT_SEEDS=(
  'مفاوضات تسليم الرقة بدأت بعد دمارها بشكل شبه كامل.'
  'بلغت خسائر القوات أكثر من 4000 قتيل، و٤٬٠٠٠ جريح؛ هل انتهت؟ نعم!'
  'اجتمعوا في عين عيسى للعمل على تجنب مزيد من الدمار بالرقة وللرقة24 ولبنان وبغداد'
  '#بيروت_مدينة_منكوبة @Yaqoob_Hind https://t.co/abc?x=1. www.example.com'
  'Mr. Smith met Dr. Jones in the U.S. on Jan. 5. Henry’s arrest in Deir ez-Zor, Ma'"'"'arrat al-Nu'"'"'man.'
  'Şūrān, 4.5 km north of Ḥamāh; it cost $4,000.50 (3rd time)...'
  'ـــالرَّقَّةُ\u200f \u202bإدلب\u202c ۴۵ ٱلقدس ى ة ؤ ئ ک ی ە'
  'bad \xc0\x80 overlong \xed\xa0\x80 surrogate \xe2\x82 truncated \xff'
  'قتل 9 أشخاص بينهم 5 مدنيين أمس في قصف لطائرات التحالف على مدينة دير الزور شمال شرقي سوريا.'
  'Fighting continued in Raqqa, Syria, while talks were held in Aleppo on 14 October 2017; 12 were killed.'
)
JSONL_SEEDS=(
  '{"id":"a","text":"Shelling hit Raqqa on Monday.","published":"2017-10-14","url":"http://x/1","title":"T"}'
  '{"id":"b","lang":"ar","text":"قصف مدينة الرقة","date":"2015-07-21 02:51:32"}\n{"id":"c","text":"x","timestamp":1437447092}'
  '{"id":"d","text":"Homs","x":[[[[{"y":null}]]]],"pubdate":"Tue, 21 Jul 2015 02:51:32 +0000"}'
  '<html><head><title>Raqqa</title><script>x</script></head><body><div><p>Shelling hit <b>Raqqa</b>.</p></div></body></html>'
  '7/21/15'
)

prepare_seeds() {
  local t="$1" n=0 s f
  case "$t" in
    text) for s in "${TEXT_SEEDS[@]}"; do seed text $((n += 1)) "$s"; done ;;
    extract) for s in "${TEXT_SEEDS[@]}"; do seed extract $((n += 1)) "\\x$(printf '%02x' $((n % 3)))$s"; done ;;
    input | resume) for s in "${JSONL_SEEDS[@]}"; do seed "$t" $((n += 1)) "$s"; done
      if [ "$t" = resume ]; then seed resume 9 '{"id":"a","places":[]}\n{"id":"b","error":"x"}\n{"id":"c","pla'; fi ;;
    reader)
      seed reader 1 "\\x00${JSONL_SEEDS[0]}\n${JSONL_SEEDS[1]}\n"
      seed reader 2 "\\x03${JSONL_SEEDS[3]}"
      seed reader 3 "\\x04${TEXT_SEEDS[0]}"
      seed reader 4 "\\x05${JSONL_SEEDS[2]}\n"
      { printf '\x01'; printf '%b\n' "${JSONL_SEEDS[0]}" | gzip -c; } >"$BUILD_FUZZ/corpus/reader/seed-5"
      if command -v zstd >/dev/null; then
        { printf '\x02'; printf '%b\n' "${JSONL_SEEDS[0]}" | zstd -q -c; } >"$BUILD_FUZZ/corpus/reader/seed-6"
      fi ;;
    geonames) mkdir -p "$BUILD_FUZZ/corpus/geonames"
      for f in tests/fixtures/geonames/*.txt; do head -c 3000 "$f" >"$BUILD_FUZZ/corpus/geonames/seed-$(basename "$f")"; done ;;
    dict) mkdir -p "$BUILD_FUZZ/corpus/dict"
      # The order of kFiles in fuzz/dict_fuzz.cc: the first byte picks the file.
      for f in actors.tsv actor_remap.tsv triggers.tsv actor_affiliations.tsv ar/quantity_words.tsv \
               en/quantity_words.tsv ar/count_nouns.tsv en/count_nouns.tsv ar/quantity_cues.tsv \
               en/quantity_cues.tsv ar/demonyms.tsv en/demonyms.tsv ar/place_cues.tsv en/place_cues.tsv \
               ar/relations.tsv en/relations.tsv ar/nonplace_words.tsv en/nonplace_words.tsv \
               ar/person_cues.tsv en/person_cues.tsv ar/org_cues.tsv en/org_cues.tsv ar/clitic_exceptions.tsv \
               ar/name_descriptors.tsv; do
        [ -f "data/dictionaries/$f" ] || { n=$((n + 1)); continue; }
        { printf "\\x$(printf '%02x' $n)"; head -n 12 "data/dictionaries/$f"; } >"$BUILD_FUZZ/corpus/dict/seed-$n"
        n=$((n + 1))
      done ;;
    *) mkdir -p "$BUILD_FUZZ/corpus/$t" ;;  # gazetteer, tagger, http: the target writes its seeds
  esac
}

max_len() {
  case "$1" in
    gazetteer) echo 262144 ;;  # the fixture index
    tagger) echo 8192 ;;
    http | extract | reader) echo 8192 ;;
    *) echo 4096 ;;
  esac
}

share=$(( SECONDS_TO_RUN / ${#TARGETS[@]} ))
[ "$share" -ge 5 ] || share=5
status=0
summary=""
for t in "${TARGETS[@]}"; do
  prepare_seeds "$t"
  corpus="$BUILD_FUZZ/corpus/$t" artifacts="$BUILD_FUZZ/artifacts/$t/" log="$BUILD_FUZZ/${t}_fuzz.log"
  mkdir -p "$artifacts"
  echo "run-fuzz: ${t}_fuzz for ${share}s (log: $log)"
  set +e
  MARSAD_FUZZ_SEEDS="$corpus" "$BUILD_FUZZ/fuzz/${t}_fuzz" "${EXTRA_FLAGS[@]}" -max_total_time="$share" -print_final_stats=1 \
    -max_len="$(max_len "$t")" -timeout=30 -artifact_prefix="$artifacts" "$corpus" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
  rate=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
  summary+=$(printf '%-10s %12s executions %7s/s  %5s inputs  %s' "$t" "${runs:-?}" "${rate:-?}" "$(ls "$corpus" | wc -l)" \
    "$([ $rc -eq 0 ] && echo ok || echo "FINDING (exit $rc)")")$'\n'
  if [ $rc -ne 0 ]; then
    status=1
    echo "run-fuzz: ${t}_fuzz FINDING (exit $rc); last lines of the log:" >&2
    tail -n 40 "$log" >&2
    ls -1 "$artifacts" >&2 || true
  fi
done
echo "run-fuzz: executions per target (${share}s each):"
printf '%s' "$summary"
[ $status -eq 0 ] && echo "run-fuzz: no finding"
exit $status
