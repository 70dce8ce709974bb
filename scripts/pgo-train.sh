#!/usr/bin/env bash
# The training run of the profile-guided build (make pgo, docs/performance.md "Session 39"):
# runs an instrumented marsad (-DMARSAD_PGO=generate) over the Arabic and English text the
# repository holds, so the second build (-DMARSAD_PGO=use) knows which branches and
# functions are hot. Only files of the repository: a user's clone has no ../shared corpus.
#   scripts/pgo-train.sh MARSAD INDEX
# The text: the bundled example (Arabic), the SaudiNewsNet sample (6 Arabic articles), the
# merge fixture (8 short Arabic and English reports) and the map fixture (40 English
# reports). Each is extracted in full, places-only and with the combined recognizer (the
# modes the bench measures). One thread: the counts, hence the second build, are the same
# on every run (GCC merges each run's counts into the .gcda files).
set -euo pipefail
cd "$(dirname "$0")/.."
MARSAD=${1:?usage: scripts/pgo-train.sh MARSAD INDEX}
INDEX=${2:?usage: scripts/pgo-train.sh MARSAD INDEX}
JSONL=(tests/fixtures/corpus/saudinewsnet_sample.jsonl tests/fixtures/merge/articles.jsonl
       tests/fixtures/map/news-40.jsonl)
TEXT=(examples/*.txt)
for mode in "" --places-only "--places-only --recognizer combined"; do
  # shellcheck disable=SC2086  # $mode: zero or more options
  "$MARSAD" extract --index "$INDEX" -q --threads 1 $mode --jsonl "${JSONL[@]}" >/dev/null
  # shellcheck disable=SC2086
  "$MARSAD" extract --index "$INDEX" -q --threads 1 $mode "${TEXT[@]}" >/dev/null
done
