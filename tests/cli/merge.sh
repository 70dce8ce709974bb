#!/usr/bin/env bash
# `marsad merge` and `marsad eval-merge` on hand-made articles (tests/fixtures/merge): eight
# short reports, five incidents (a strike on Raqqa told by two outlets, one on Mosul told
# twice, a clash in Raqqa told twice; Raqqa the next day and Aleppo shelling alone), run
# through `marsad extract` with the GeoNames fixture index. Checked: the records and their
# conservative toll; the merge of the 4 shards of `extract --shard K/4` (given in any order)
# byte-identical to the merge of the whole, and so is a merge through sorted runs on disk;
# ACLED and psql formats; bad lines (exit 1, named, the rest written); the pair scorer's
# exact numbers and its missing-gold error (exit 2).
#   bash tests/cli/merge.sh MARSAD SOURCE_DIR BUILD_DIR
set -uo pipefail
MARSAD="$1"; SRC="$2"; BUILD="$3"
[ -x "$MARSAD" ] || { echo "FAIL marsad binary not found: $MARSAD"; exit 1; }
export LC_ALL=C.UTF-8
export MARSAD_DATA="$SRC/data"
FX="$SRC/tests/fixtures/merge"
GN="$SRC/tests/fixtures/geonames"
TMP="$(mktemp -d "$BUILD/merge-cli.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
fail=0
check() {  # check NAME CONDITION-RESULT
  if [ "$2" -eq 0 ]; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}

IDX="$TMP/fx.mgz"
"$MARSAD" gazetteer build --allcountries "$GN/allCountries.txt" --alternate-names "$GN/alternateNamesV2.txt" \
  --admin1 "$GN/admin1CodesASCII.txt" --country-info "$GN/countryInfo.txt" --supplement "$GN/supplement.txt" \
  -o "$IDX" >/dev/null 2>&1
check "fixture index built" $?

"$MARSAD" extract --quiet --index "$IDX" "$FX/articles.jsonl" >"$TMP/whole.jsonl"
check "extract the whole" $?
for k in 0 1 2 3; do
  "$MARSAD" extract --quiet --index "$IDX" --shard "$k/4" "$FX/articles.jsonl" >"$TMP/part-$k.jsonl" || fail=1
done
n_events=$(grep -o '"event_type"' "$TMP/whole.jsonl" | wc -l)
[ "$n_events" -eq 8 ]
check "8 events extracted (got $n_events)" $?

"$MARSAD" merge "$TMP/whole.jsonl" -o "$TMP/merged.jsonl" 2>"$TMP/err"
check "merge exits 0" $?
grep -q "8 documents (0 error records), 8 events -> 5 records" "$TMP/err"
check "8 events -> 5 records" $?
[ "$(wc -l <"$TMP/merged.jsonl")" -eq 5 ]
check "5 lines written" $?
grep -q '"fatalities":5,"fatalities_rule":"lowest of 2 stated tolls (5-7)","n_reports":2,"sources":\["example-one.com","example-two.net"\],"doc_ids":\["a1","a2"\]' "$TMP/merged.jsonl"
check "Raqqa strike: two outlets, the lowest toll and its rule" $?
grep -q '"fatalities":20,"fatalities_rule":"1 of 2 reports state this toll","n_reports":2' "$TMP/merged.jsonl"
check "Raqqa clash: a report without a toll is no zero" $?

"$MARSAD" merge --quiet "$TMP/part-3.jsonl" "$TMP/part-1.jsonl" "$TMP/part-0.jsonl" "$TMP/part-2.jsonl" >"$TMP/shards.jsonl"
cmp -s "$TMP/merged.jsonl" "$TMP/shards.jsonl"
check "merge of the 4 shards (any order) byte-identical to the merge of the whole" $?
cat "$TMP/part-2.jsonl" "$TMP/part-0.jsonl" "$TMP/part-3.jsonl" "$TMP/part-1.jsonl" | gzip >"$TMP/shards.jsonl.gz"
"$MARSAD" merge --memory 0.002 "$TMP/shards.jsonl.gz" >"$TMP/runs.jsonl" 2>"$TMP/err"
cmp -s "$TMP/merged.jsonl" "$TMP/runs.jsonl" && grep -q "sorted runs on disk" "$TMP/err"
check "gzip on stdin-like input, through sorted runs on disk: the same bytes" $?

"$MARSAD" merge --quiet -f acled "$TMP/whole.jsonl" >"$TMP/acled.csv"
head -1 "$TMP/acled.csv" | grep -q '^event_id_cnty,event_date,' && [ "$(wc -l <"$TMP/acled.csv")" -eq 6 ] &&
  grep -q '^SYR-r[0-9a-f]*,2017-10-14,2017,1,Political violence,Explosions/Remote violence,Air/drone strike,.*,760,Middle East,Syria,.*example-one.com; example-two.net,.*,5,reports=2; fatalities: lowest of 2 stated tolls (5-7),,.*$' "$TMP/acled.csv"
check "ACLED CSV: a header and one row per record" $?
"$MARSAD" merge --quiet -f pgsql "$TMP/whole.jsonl" >"$TMP/load.sql"
grep -q "CREATE TABLE IF NOT EXISTS records (" "$TMP/load.sql" && grep -q "^COPY marsad_stage_records" "$TMP/load.sql" &&
  [ "$(grep -c 'SRID=4326;POINT' "$TMP/load.sql")" -eq 5 ] && tail -1 "$TMP/load.sql" | grep -qx "COMMIT;"
check "psql script: the records table, 5 COPY rows, one transaction" $?

{ head -3 "$TMP/whole.jsonl"; echo '{"id":"broken", "events": 7}'; echo 'not json'; tail -n +4 "$TMP/whole.jsonl"; } >"$TMP/bad.jsonl"
"$MARSAD" merge "$TMP/bad.jsonl" >"$TMP/bad-out.jsonl" 2>"$TMP/err"
rc=$?
[ $rc -eq 1 ] && grep -q "bad.jsonl:4: \"events\" is not an array" "$TMP/err" && grep -q "bad.jsonl:5: not JSON" "$TMP/err" &&
  cmp -s "$TMP/bad-out.jsonl" "$TMP/merged.jsonl"
check "bad lines: exit 1, each named, every good record written (rc $rc)" $?

"$MARSAD" eval-merge --gold "$FX/pairs.jsonl" --pred "$TMP/merged.jsonl" --explain >"$TMP/score" 2>"$TMP/err"
check "eval-merge exits 0" $?
miss=0
for l in "pair_precision 1.000 3/3" "pair_recall 0.750 3/4" "pair_recall_matched 1.000 3/3" \
  "sides_unmatched 0.071 1/14" "pair_accuracy 0.857 6/7" "kind_hard_same_city_same_day_accuracy 1.000 1/1" \
  "kind_same_accuracy 0.750 3/4"; do
  grep -qxF -- "$l" "$TMP/score" || { echo "  missing: $l"; miss=1; }
done
grep -q "missed-same f7 (same): a5\[0,71) -> record [0-9]* | a9\[0,40) -> no event" "$TMP/score" || miss=1
check "eval-merge metrics and --explain" $miss
[ $miss -eq 0 ] || sed 's/^/  | /' "$TMP/score"
"$MARSAD" eval-merge --gold "$TMP/absent.jsonl" --pred "$TMP/merged.jsonl" >/dev/null 2>"$TMP/err"
[ $? -eq 2 ] && grep -q "absent.jsonl" "$TMP/err"
check "missing gold: exit 2, named" $?
"$MARSAD" merge --quiet --model default "$TMP/whole.jsonl" >"$TMP/scored.jsonl" &&
  "$MARSAD" merge --quiet --model default --memory 0.002 "$TMP/part-1.jsonl" "$TMP/part-3.jsonl" "$TMP/part-0.jsonl" \
    "$TMP/part-2.jsonl" >"$TMP/scored-shards.jsonl" && cmp -s "$TMP/scored.jsonl" "$TMP/scored-shards.jsonl" &&
  [ "$(wc -l <"$TMP/scored.jsonl")" -le 5 ]
check "--model default (the shipped scorer): shards through runs on disk give the same bytes" $?
"$MARSAD" merge --quiet --model "$TMP/absent.tsv" "$TMP/whole.jsonl" >/dev/null 2>"$TMP/err"
[ $? -ne 0 ] && grep -q "absent.tsv" "$TMP/err"
check "a missing model file is an error naming it" $?
"$MARSAD" merge --word-df-out "$TMP/df.tsv" "$TMP/whole.jsonl" && head -1 "$TMP/df.tsv" | grep -qx "docs	8" &&
  grep -q "^df	" "$TMP/df.tsv"
check "--word-df-out: the documents and the words' counts" $?
"$MARSAD" merge --quiet --model default --pairs-out "$TMP/pairs.jsonl" "$TMP/whole.jsonl" >/dev/null &&
  [ -s "$TMP/pairs.jsonl" ] && head -1 "$TMP/pairs.jsonl" | grep -q '^{"a":\["a[0-9]*",[0-9]*,[0-9]*,[0-9]*\],"b":\[.*"f":\[1.000000,'
check "--pairs-out: candidate pairs with their features" $?
# --why: the two Raqqa strike reports (a1, a2) are one record; a1 against Aleppo's shelling (a8) is not.
"$MARSAD" merge --why 'a1#0,a2#0' --why 'a1#0,a8#0' --why 'a1#0' "$TMP/whole.jsonl" >"$TMP/why" 2>"$TMP/err"
[ $? -eq 2 ] && grep -q "DOC#EVENT,DOC#EVENT" "$TMP/err"
check "--why with one event: usage error" $?
"$MARSAD" merge --why 'a1#0,a2#0' --why 'a1#0,a8#0' --why 'a1#0,zz#3' "$TMP/whole.jsonl" >"$TMP/why" 2>"$TMP/err"
[ $? -eq 0 ] && grep -q "^  A~B compatible" "$TMP/why" && grep -q "^  one record (r[0-9a-f]*, 2 reports)" "$TMP/why" &&
  grep -q "^  A~B apart by rules: " "$TMP/why" && grep -q "^  A against B's record r[0-9a-f]* (1 reports):" "$TMP/why" &&
  grep -q "^    XX a8#0 " "$TMP/why" && grep -q "the second event is not in the input" "$TMP/why"
check "--why: the pair's verdict and each side against the other's record" $?
[ $? -eq 0 ] || sed 's/^/  | /' "$TMP/why"
# -o onto something not a regular file is refused before anything is written (as root,
# `merge -o /dev/null` used to replace /dev/null with a regular file); a private device here,
# where mknod is allowed.
mkfifo "$TMP/out.fifo"
"$MARSAD" merge --quiet -o "$TMP/out.fifo" "$TMP/whole.jsonl" 2>"$TMP/err"
[ $? -eq 2 ] && [ -p "$TMP/out.fifo" ] && grep -q "not a regular file" "$TMP/err"
check "-o onto a FIFO: usage error, the FIFO left alone" $?
if mknod "$TMP/null.dev" c 1 3 2>/dev/null; then
  "$MARSAD" merge --quiet -o "$TMP/null.dev" "$TMP/whole.jsonl" 2>/dev/null
  [ $? -eq 2 ] && [ -c "$TMP/null.dev" ]
  check "-o onto a device: usage error, the device left alone" $?
else
  echo "skip: -o onto a device (mknod not permitted)"
fi
exit $fail
