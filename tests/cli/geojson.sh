#!/usr/bin/env bash
# marsad extract --format geojson|cliff (issue 16): the same documents in every format. The
# GeoJSON is one RFC 7946 FeatureCollection whose Point features are [lon, lat] of the
# places of the json records (and, with --geojson-events, the events); error records are in
# its "errors" member. With a 4th argument "ogrinfo", the file is opened with GDAL's
# ogrinfo as a GIS user would (Debian gdal-bin); without ogrinfo that test is skipped (77).
# Uses the default index (or $MARSAD_GAZETTEER). Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; BUILD="$3"; MODE="${4:-}"
TMP="$(mktemp -d "$BUILD/geojson-cli.XXXXXX")"
[ -n "${KEEP_TMP:-}" ] || trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
. "$(dirname "$0")/lib/checks.sh"

cat >"$TMP/in.jsonl" <<'JSONL'
{"id":"en-1","lang":"en","published":"2016-03-01","text":"Shelling killed five civilians in Raqqa on Monday, activists said. Fighting went on near Aleppo."}
{"id":"ar-1","lang":"ar","published":"2016-03-02","text":"قتل ثلاثة مدنيين في قصف على مدينة حمص يوم الاثنين."}
{"id":"broken", "text": "unterminated
{"id":"none","lang":"en","text":"Nothing happened to anybody."}
JSONL

if [ "$MODE" = ogrinfo ]; then
  if ! command -v ogrinfo >/dev/null 2>&1; then
    echo "skip: ogrinfo not installed (Debian package gdal-bin); the GeoJSON is not opened with GDAL"
    exit 77
  fi
  "$MARSAD" extract -q --threads 2 --format geojson --geojson-events "$TMP/in.jsonl" >"$TMP/out.geojson"
  info="$(ogrinfo -ro -al -so "$TMP/out.geojson" 2>&1)"
  check "GDAL opens it with the GeoJSON driver" "$(grep -c "using driver \`GeoJSON' successful" <<<"$info")" 1
  check "one layer of points" "$(grep -c '^Geometry: Point$' <<<"$info")" 1
  want="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["features"]))' "$TMP/out.geojson")"
  check "GDAL counts every feature" "$(sed -n 's/^Feature Count: //p' <<<"$info")" "$want"
  check "in WGS 84 (EPSG:4326)" "$(grep -c 'ID\["EPSG",4326\]' <<<"$info")" 1
  for col in "doc_id: String" "kind: String" "geonameid: Integer" "confidence: Real" "event_type: String" "fatalities: Integer"; do
    check "column $col" "$(grep -c "^$col" <<<"$info")" 1
  done
  # Raqqa is at 39.0 E, 35.95 N: GDAL reads x = longitude, y = latitude.
  raqqa="$(ogrinfo -ro -al -where "kind = 'place' AND surface = 'Raqqa'" "$TMP/out.geojson" 2>&1 | grep -o 'POINT ([0-9.]* [0-9.]*)' | head -1)"
  check "Raqqa as GDAL reads it: x = lon 39.0, y = lat 35.95" "$(awk '{gsub(/[()]/, ""); printf "%.1f %.1f", $2, $3}' <<<"$raqqa")" "39.0 36.0"
  [ "$fail" = 0 ] && echo "PASS" || echo "FAILED"
  exit "$fail"
fi

"$MARSAD" extract -q --threads 2 "$TMP/in.jsonl" >"$TMP/out.jsonl"; rc=$?
check "json: a malformed line: exit 1" "$rc" 1
"$MARSAD" extract -q --threads 2 --format geojson "$TMP/in.jsonl" >"$TMP/places.geojson"; rc=$?
check "geojson: a malformed line: exit 1" "$rc" 1
"$MARSAD" extract -q --threads 1 --format geojson --geojson-events "$TMP/in.jsonl" >"$TMP/all1.geojson"
"$MARSAD" extract -q --threads 3 --format geojson --geojson-events "$TMP/in.jsonl" >"$TMP/all.geojson"
check "geojson: the same bytes on 1 and 3 threads" "$(cmp -s "$TMP/all1.geojson" "$TMP/all.geojson" && echo same)" same
"$MARSAD" extract -q --threads 2 --format cliff "$TMP/in.jsonl" >"$TMP/out.cliff"; rc=$?
check "cliff: a malformed line: exit 1" "$rc" 1
"$MARSAD" extract -q --format json --geojson-events "$TMP/in.jsonl" >/dev/null 2>"$TMP/usage.err"; rc=$?
check "--geojson-events without --format geojson: usage error" "$rc" 2
"$MARSAD" extract -q --format kml "$TMP/in.jsonl" >/dev/null 2>&1; rc=$?
check "an unknown format: usage error" "$rc" 2

python3 - "$TMP" <<'PY' || fail=1
import json, sys
tmp = sys.argv[1]
failed = False
def check(what, got, want):
    global failed
    print(("ok: " if got == want else "FAIL: ") + what + ("" if got == want else f": expected {want!r}, got {got!r}"))
    failed |= got != want

records = [json.loads(l) for l in open(f"{tmp}/out.jsonl", encoding="utf-8")]
places = json.load(open(f"{tmp}/places.geojson", encoding="utf-8"))
full = json.load(open(f"{tmp}/all.geojson", encoding="utf-8"))
check("a FeatureCollection", places["type"], "FeatureCollection")
check("RFC 7946 has no crs member", "crs" in places, False)
feats = places["features"]
check("every feature a Feature with a Point", {(f["type"], f["geometry"]["type"]) for f in feats}, {("Feature", "Point")})
# One feature per located place of the json records, in the same order, [lon, lat].
want = [(r["id"], i, [p["lon"], p["lat"]], p["name"]) for r in records if "places" in r
        for i, p in enumerate(r["places"]) if p["lat"] is not None]
got = [(f["properties"]["doc_id"], f["properties"]["mention"], f["geometry"]["coordinates"], f["properties"]["name"])
       for f in feats]
check("one feature per located place, [lon, lat] of the json record", got, want)
check("places of both languages", sorted({f["properties"]["doc_id"] for f in feats}), ["ar-1", "en-1"])
raqqa = [f for f in feats if f["properties"]["surface"] == "Raqqa"]
check("Raqqa is [39.0 E, 35.9 N], longitude first",
      [round(c) for c in raqqa[0]["geometry"]["coordinates"]] if raqqa else None, [39, 36])
check("positions within range", all(-180 <= f["geometry"]["coordinates"][0] <= 180 and
                                    -90 <= f["geometry"]["coordinates"][1] <= 90 for f in feats), True)
check("the place fields of the json record", {k: raqqa[0]["properties"][k] for k in ("geonameid", "country", "feature_class")}
      if raqqa else None, {k: next(p for r in records if "places" in r for p in r["places"] if p["surface"] == "Raqqa")[k]
                           for k in ("geonameid", "country", "feature_class")})
errors = [(e["id"], e["line"]) for e in places["errors"]]
check("the malformed line in the errors member", [(i.rsplit("/", 1)[-1], l) for i, l in errors], [("in.jsonl:3", 3)])
check("no events without --geojson-events", {f["properties"]["kind"] for f in feats}, {"place"})
events = [f for f in full["features"] if f["properties"]["kind"] == "event"]
want_events = sum(1 for r in records if "events" in r for e in r["events"] if e["place"] is not None)
check("--geojson-events: one feature per located event", len(events), want_events)
check("an event of the English document", any(e["properties"]["doc_id"] == "en-1" and e["properties"]["fatalities"] == 5
                                              for e in events), True)
cliff = [json.loads(l) for l in open(f"{tmp}/out.cliff", encoding="utf-8")]
check("cliff: one line per document, in input order", [c["id"].rsplit("/", 1)[-1] for c in cliff],
      ["en-1", "ar-1", "in.jsonl:3", "none"])
check("cliff: status ok except the malformed line", [c["status"] for c in cliff], ["ok", "ok", "error", "ok"])
check("cliff: the resolved places of the json record",
      [m["id"] for m in cliff[0]["results"]["places"]["mentions"]],
      [p["geonameid"] for p in records[0]["places"] if p["geonameid"] is not None])
sys.exit(1 if failed else 0)
PY
[ "$fail" = 0 ] && echo "PASS" || echo "FAILED"
exit "$fail"
