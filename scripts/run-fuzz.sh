#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in a separate build dir and runs the text fuzzer.
#   scripts/run-fuzz.sh [SECONDS]     (default 60)
# Environment: BUILD_FUZZ (default build-fuzz), FUZZ_JOBS (build parallelism, default nproc).
# The whole text library is instrumented (coverage + ASan + UBSan), not only the target,
# so libFuzzer sees the branches of src/text. Corpus and crash artifacts are kept in the
# build dir; a finding makes the script exit non-zero and names the reproducer file.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-60}"
BUILD_FUZZ="${BUILD_FUZZ:-build-fuzz}"
JOBS="${FUZZ_JOBS:-$(nproc)}"

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run-fuzz: clang++ not found (apt-get install clang); skipping" >&2
  exit 0
fi

SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f "$BUILD_FUZZ/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_FUZZ" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMARSAD_FUZZ=ON -DMARSAD_BENCH=OFF \
    -DCMAKE_C_FLAGS="$SAN" -DCMAKE_CXX_FLAGS="$SAN" >/dev/null
fi
cmake --build "$BUILD_FUZZ" --target text_fuzz -j "$JOBS"
FUZZER="$BUILD_FUZZ/fuzz/text_fuzz"

# Seed corpus: a few lines of real-looking Arabic and English news text, plus edge cases.
CORPUS="$BUILD_FUZZ/corpus/text"
ARTIFACTS="$BUILD_FUZZ/artifacts/text/"
mkdir -p "$CORPUS" "$ARTIFACTS"
n=0
while IFS= read -r line; do
  n=$((n + 1))
  printf '%b' "$line" >"$CORPUS/seed-$n"
done <<'SEEDS'
مفاوضات تسليم الرقة بدأت بعد دمارها بشكل شبه كامل.
بلغت خسائر القوات أكثر من 4000 قتيل، و٤٬٠٠٠ جريح؛ هل انتهت؟ نعم!
اجتمعوا في عين عيسى للعمل على تجنب مزيد من الدمار بالرقة وللرقة24 ولبنان وبغداد
#بيروت_مدينة_منكوبة @Yaqoob_Hind https://t.co/abc?x=1. www.example.com
Mr. Smith met Dr. Jones in the U.S. on Jan. 5. Henry’s arrest in Deir ez-Zor, Ma'arrat al-Nu'man.
Şūrān, 4.5 km north of Ḥamāh; it cost $4,000.50 (3rd time)...
ـــالرَّقَّةُ\u200f \u202bإدلب\u202c ۴۵ ٱلقدس ى ة ؤ ئ ک ی ە
bad \xc0\x80 overlong \xed\xa0\x80 surrogate \xe2\x82 truncated \xff
SEEDS

LOG="$BUILD_FUZZ/text_fuzz.log"
echo "run-fuzz: running $FUZZER for ${SECONDS_TO_RUN}s (log: $LOG)"
set +e
"$FUZZER" -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 -max_len=4096 \
  -artifact_prefix="$ARTIFACTS" "$CORPUS" >"$LOG" 2>&1
rc=$?
set -e
runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$LOG" | grep -Eo '[0-9]+$' || true)
done_line=$(grep -E '^Done [0-9]+ runs' "$LOG" || true)
echo "run-fuzz: ${done_line:-no summary line}; executions: ${runs:-unknown}; corpus: $(ls "$CORPUS" | wc -l) inputs"
if [ $rc -ne 0 ]; then
  echo "run-fuzz: FINDING (exit $rc); last lines of the log:" >&2
  tail -n 40 "$LOG" >&2
  ls -1 "$ARTIFACTS" >&2 || true
  exit 1
fi
echo "run-fuzz: no finding"
