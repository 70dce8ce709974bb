#!/usr/bin/env bash
# `marsad eval` end to end on tiny hand-made gold and predictions (no gazetteer needed):
# exit codes, the missing-gold message, --pred matching by id, --json, --errors, and
# scripts/eval-dev.sh without the shared evaluation data.
#   bash tests/cli/eval.sh MARSAD SOURCE_DIR BUILD_DIR
set -uo pipefail
MARSAD="$1"
SOURCE_DIR="$2"
if [ ! -x "$MARSAD" ]; then
  echo "FAIL marsad binary not found: $MARSAD"
  exit 1
fi
export LC_ALL=C.UTF-8
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check NAME CONDITION-RESULT
  if [ "$2" -eq 0 ]; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}

"$MARSAD" eval --gold "$tmp/absent.jsonl" --pred /dev/null >"$tmp/out" 2>"$tmp/err"
check "missing gold exits 1" $(( $? == 1 ? 0 : 1 ))
grep -q "absent.jsonl does not exist" "$tmp/err"
check "missing gold message names the file" $?

cat >"$tmp/gold.jsonl" <<'G'
{"id": "a", "lang": "en", "text": "Raqqa and Homs", "toponyms": [{"start": 0, "end": 5, "surface": "Raqqa", "geonameid": 172955, "lat": 35.95, "lon": 39.01}, {"start": 10, "end": 14, "surface": "Homs", "geonameid": null, "lat": 34.73, "lon": 36.71}]}
{"id": "b", "lang": "en", "text": "nothing here", "toponyms": [], "toponyms_annotated": false}
G
cat >"$tmp/pred.jsonl" <<'P'
{"id": "b", "places": [{"start": 0, "end": 7, "surface": "nothing", "lat": 1, "lon": 1}]}
{"id": "a", "places": [{"start": 0, "end": 5, "surface": "Raqqa", "geonameid": 172955, "lat": 35.95, "lon": 39.01}, {"start": 6, "end": 9, "surface": "and", "lat": 0, "lon": 0}]}
P
"$MARSAD" eval --gold "$tmp/gold.jsonl" --pred "$tmp/pred.jsonl" --json --errors "$tmp/errors.jsonl" >"$tmp/out" 2>"$tmp/err"
check "eval with --pred exits 0" $?
grep -q '"docs_scored":1,' "$tmp/out" && grep -q '"overlap":{"tp":1,"gold":2,"pred":2' "$tmp/out"
check "unannotated document skipped, one match" $?
grep -q '"acc161":1' "$tmp/out"
check "acc161 over the matched toponym" $?
grep -q '"kind":"fn".*"surface":"Homs"' "$tmp/errors.jsonl" && grep -q '"kind":"fp".*"surface":"and"' "$tmp/errors.jsonl"
check "errors file lists the miss and the false positive" $?

"$MARSAD" eval --gold "$tmp/gold.jsonl" --pred "$tmp/pred.jsonl" >"$tmp/table" 2>&1
grep -q "^gold " "$tmp/table" && grep -q "AUC" "$tmp/table"
check "table output" $?

MARSAD_EVAL_DIR="$tmp/no-such-dir" bash "$SOURCE_DIR/scripts/eval-dev.sh" "$tmp" >"$tmp/out" 2>&1
check "eval-dev.sh without shared data exits 0" $?
grep -q "no evaluation data" "$tmp/out"
check "eval-dev.sh says the data is absent" $?

# A predicted country is right wherever inside it the gold point lies (outlines from the map
# page's world-atlas file), unless --no-outlines; places nested in organisation names
# (in_name) are scored only with --in-name.
cat >"$tmp/gold2.jsonl" <<'G'
{"id": "c", "lang": "en", "text": "Canada and the Ottawa police", "toponyms": [{"start": 0, "end": 6, "surface": "Canada", "geonameid": 6251999, "lat": 45.42, "lon": -75.70}]}
G
cat >"$tmp/pred2.jsonl" <<'P'
{"id": "c", "places": [{"start": 0, "end": 6, "surface": "Canada", "geonameid": 6251999, "feature_class": "A", "feature_code": "PCLI", "country": "CA", "lat": 60.1, "lon": -113.6}, {"start": 15, "end": 21, "surface": "Ottawa", "geonameid": 6094817, "lat": 45.41, "lon": -75.69, "in_name": true}]}
P
"$MARSAD" eval --gold "$tmp/gold2.jsonl" --pred "$tmp/pred2.jsonl" --json --no-outlines >"$tmp/out" 2>&1
grep -q '"acc161":0' "$tmp/out" && grep -q '"pred":1' "$tmp/out"
check "--no-outlines: a country by distance; in_name places not scored" $?
if [ -f "$SOURCE_DIR/third_party/npm/node_modules/world-atlas/countries-50m.json" ]; then
  "$MARSAD" eval --gold "$tmp/gold2.jsonl" --pred "$tmp/pred2.jsonl" --json >"$tmp/out" 2>&1
  grep -q '"acc161":1' "$tmp/out" && grep -q '"inside_country":1' "$tmp/out"
  check "a country containing the gold point is right" $?
fi
"$MARSAD" eval --gold "$tmp/gold2.jsonl" --pred "$tmp/pred2.jsonl" --json --in-name >"$tmp/out" 2>&1
grep -q '"pred":2' "$tmp/out"
check "--in-name scores nested places" $?

# A set's own annotation convention (--conventions): a second row, '<name> (own guide)',
# scores the demonyms and nested places its gold marks; the default row does not, and
# without --demonyms a demonym of the predictions is not scored.
cat >"$tmp/conv.jsonl" <<'G'
{"id": "d", "lang": "en", "text": "Russian troops met the Ottawa police", "toponyms": [{"start": 0, "end": 7, "surface": "Russian", "geonameid": 2017370, "lat": 60.0, "lon": 100.0}, {"start": 23, "end": 29, "surface": "Ottawa", "geonameid": 6094817, "lat": 45.41, "lon": -75.69}]}
G
cat >"$tmp/conv-pred.jsonl" <<'P'
{"id": "d", "places": [{"start": 0, "end": 7, "surface": "Russian", "geonameid": 2017370, "lat": 60.0, "lon": 100.0, "demonym": true}, {"start": 23, "end": 29, "surface": "Ottawa", "geonameid": 6094817, "lat": 45.41, "lon": -75.69, "in_name": true}]}
P
printf '# dataset\tcounts\tevidence\nconv\tdemonyms,in_name\ttest\n' >"$tmp/conventions.tsv"
"$MARSAD" eval --gold "$tmp/conv.jsonl" --pred "$tmp/conv-pred.jsonl" --json --conventions "$tmp/conventions.tsv" >"$tmp/out" 2>&1
check "--conventions exits 0" $?
grep -q '"file":"conv",.*"overlap":{"tp":0,"gold":2,"pred":0' "$tmp/out"
check "the default row scores neither demonym nor nested place" $?
grep -q '"file":"conv (own guide)",.*"overlap":{"tp":2,"gold":2,"pred":2' "$tmp/out"
check "the own-guide row scores both" $?
"$MARSAD" eval --gold "$tmp/conv.jsonl" --pred "$tmp/conv-pred.jsonl" --json --demonyms >"$tmp/out" 2>&1
grep -q '"overlap":{"tp":1,"gold":2,"pred":1' "$tmp/out" && ! grep -q "own guide" "$tmp/out"
check "--demonyms scores a predicted demonym; no convention, one row" $?
# The span convention name_proper: a name with a descriptor ('قطاع غزة') is scored by its name
# proper's span ('غزة', the prediction's name_proper) in the own-guide row, whole by default.
cat >"$tmp/convn.jsonl" <<'G'
{"id": "n", "lang": "ar", "text": "قصفت الطائرات قطاع غزة", "toponyms": [{"start": 19, "end": 22, "surface": "غزة", "geonameid": null, "lat": null, "lon": null}]}
G
cat >"$tmp/convn-pred.jsonl" <<'P'
{"id": "n", "places": [{"start": 14, "end": 22, "surface": "قطاع غزة", "geonameid": 7303783, "lat": 31.42, "lon": 34.36, "name_proper": {"start": 19, "end": 22, "surface": "غزة"}}]}
P
printf 'convn\tname_proper\ttest\n' >"$tmp/conventions-n.tsv"
"$MARSAD" eval --gold "$tmp/convn.jsonl" --pred "$tmp/convn-pred.jsonl" --json --conventions "$tmp/conventions-n.tsv" >"$tmp/out" 2>&1
grep -q '"file":"convn",.*"exact":{"tp":0,"gold":1,"pred":1' "$tmp/out" &&
  grep -q '"file":"convn (own guide)",.*"exact":{"tp":1,"gold":1,"pred":1' "$tmp/out"
check "name_proper: the own-guide row scores the name proper's span, the default row the whole" $?
printf 'conv\tadjectives\tx\n' >"$tmp/bad.tsv"
"$MARSAD" eval --gold "$tmp/conv.jsonl" --pred "$tmp/conv-pred.jsonl" --conventions "$tmp/bad.tsv" >"$tmp/out" 2>&1
[ $? -ne 0 ] && grep -q "unknown convention 'adjectives'" "$tmp/out"
check "an unknown convention is an error" $?

exit $fail
