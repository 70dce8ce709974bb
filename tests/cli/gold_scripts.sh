#!/usr/bin/env bash
# The gold tools for the English event gold (data/eval/news-events-fakes.en.offsets.jsonl):
# scripts/gold-assemble-en.py turns specs into offsets (whole words, case-sensitive; a
# sentence does not end at "U.S."; no texts kept) and scripts/gold-from-offsets.py puts the
# texts back from a FA-KES-shaped file (its m/d/yy `date` as an ISO `published`, its `event`
# summary left out), so that `marsad eval-events` reads the result as news gold.
#   bash tests/cli/gold_scripts.sh MARSAD SOURCE_DIR BUILD_DIR
set -uo pipefail
MARSAD="$1"; SRC="$2"; BUILD="$3"
export LC_ALL=C.UTF-8
export MARSAD_DATA="$SRC/data"
FX="$SRC/tests/fixtures/gold_scripts"
GN="$SRC/tests/fixtures/geonames"
TMP="$(mktemp -d "$BUILD/gold-scripts.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
fail=0
check() {  # check NAME CONDITION-RESULT
  if [ "$2" -eq 0 ]; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}
if ! command -v python3 >/dev/null; then echo "SKIP no python3"; exit 77; fi

python3 "$SRC/scripts/gold-assemble-en.py" "$FX/spec.jsonl" "$FX/articles.jsonl" "$TMP/off.jsonl" >"$TMP/out" 2>&1
check "assembler exits 0" $?
grep -q "^2 articles: toponyms 2, actors 2, quantities 2, events 1; 0 problem(s)" "$TMP/out"
check "assembler counts (IS not inside ISIS or This)" $?
python3 - "$TMP/off.jsonl" <<'PY'
import json, sys
d = [json.loads(l) for l in open(sys.argv[1])]
assert all("text" not in x for x in d), "offsets file keeps no text"
e = d[0]["events"][0]
assert e["sentence"].startswith("A U.S. official said"), e["sentence"]
assert e["sentence"].endswith("killing 16 people."), e["sentence"]
assert [a["surface"] for a in d[0]["actors"]] == ["ISIS fighters", "IS"]
assert d[1]["topic"] == "other" and d[1]["events"] == []
PY
check "offsets: no text, whole sentence across U.S., whole-word actors" $?

sed 's/"Hasaka"\]/"Hasaka", "Qamishli"]/' "$FX/spec.jsonl" >"$TMP/bad-spec.jsonl"
python3 "$SRC/scripts/gold-assemble-en.py" "$TMP/bad-spec.jsonl" "$FX/articles.jsonl" "$TMP/bad.jsonl" >"$TMP/out" 2>&1
check "a surface not in the text exits 1" $(( $? == 1 ? 0 : 1 ))
grep -q "fakes/1: toponym not found: Qamishli" "$TMP/out"
check "and is named" $?

python3 "$SRC/scripts/gold-from-offsets.py" "$TMP/off.jsonl" "$FX/articles.jsonl" "$TMP/gold.jsonl" 2>"$TMP/err"
check "gold-from-offsets exits 0" $?
python3 - "$TMP/gold.jsonl" <<'PY'
import json, sys
d = [json.loads(l) for l in open(sys.argv[1])]
assert d[0]["published"] == "2016-07-05" and d[1]["published"] == "2014-12-16", [x["published"] for x in d]
assert all("event" not in x for x in d)
assert d[0]["text"].startswith("Tue 05 Jul 2016") and d[0]["lang"] == "en"
PY
check "rebuilt gold: ISO published, text back, no FA-KES event" $?

sed 's/"surface": "Hasaka"/"surface": "Hasakah"/' "$TMP/off.jsonl" >"$TMP/off-bad.jsonl"
python3 "$SRC/scripts/gold-from-offsets.py" "$TMP/off-bad.jsonl" "$FX/articles.jsonl" "$TMP/gold-bad.jsonl" 2>"$TMP/err"
check "a span that does not hold its surface exits 1" $(( $? == 1 ? 0 : 1 ))

if [ -x "$MARSAD" ]; then
  IDX="$TMP/fx.mgz"
  "$MARSAD" gazetteer build --allcountries "$GN/allCountries.txt" --alternate-names "$GN/alternateNamesV2.txt" \
    --admin1 "$GN/admin1CodesASCII.txt" --country-info "$GN/countryInfo.txt" --supplement "$GN/supplement.txt" \
    -o "$IDX" >/dev/null 2>&1
  printf '{"id": "fakes/1", "lang": "en", "events": []}\n{"id": "fakes/2", "lang": "en", "events": []}\n' >"$TMP/pred.jsonl"
  "$MARSAD" eval-events --index "$IDX" --gold "$TMP/gold.jsonl" --pred "$TMP/pred.jsonl" >"$TMP/ev" 2>&1
  check "eval-events exits 0" $?
  grep -q "news gold, 2 documents (1 of topic other)" "$TMP/ev" && grep -qx "event_recall 0.000 0/1" "$TMP/ev"
  check "eval-events reads it as news gold" $?
fi
exit $fail
