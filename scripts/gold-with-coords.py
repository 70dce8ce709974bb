#!/usr/bin/env python3
"""Fill a gold file's toponym coordinates from a hand-checked coordinates table.

usage: gold-with-coords.py GOLD.jsonl COORDS.tsv OUT.jsonl

GOLD.jsonl is a gold file in the eval format (one article per line, with "id", "text" and
"toponyms", each toponym a span {"start", "end", "surface", "name", "geonameid", "lat", "lon"};
start/end are code-point offsets into "text"). COORDS.tsv (e.g.
data/eval/news-events-dev.ar.coords.tsv) is UTF-8, tab-separated, no quoting, with this header
line and one row per gold toponym:

    doc  start  end  surface  geonameid  lat  lon  source  note

  doc        the article's "id"
  start/end  the toponym's code-point offsets, exactly as in the gold
  surface    the gold text at those offsets (checked: text[start:end] == surface)
  geonameid  the id of the place the mention refers to in its context, in marsad's place
             index (GeoNames ids; 990000000+ are the index's supplement/regions entries);
             empty when the place is not in the index
  lat, lon   decimal degrees (WGS84) of that entry, or of the place from the annotator's own
             knowledge (source "knowledge"); empty when unresolvable
  source     "index" (geonameid, lat and lon from the index), "knowledge" (lat/lon only, no
             geonameid) or "unresolvable" (all three empty: a vague region, a place whose
             position is not known to about 20 km, ...)
  note       short free-text reason for a non-obvious choice, may be empty

OUT.jsonl is GOLD.jsonl with each toponym's "geonameid" (int), "lat" and "lon" (floats) set
from its row (an id of the index's own range, 990000000 and up, is no GeoNames id: OUT has its
coordinates and a null "geonameid", so that `marsad eval`'s gnid compares GeoNames ids only) (matched by doc, start and end; null when empty) and "toponyms_coordinates": true
on every document all of whose toponyms have a row (so also on one without toponyms).

The script fails (exit 1, OUT not written, each problem printed with its doc and offsets) when a
row's surface does not match the gold text at its offsets, a row matches no gold toponym, a gold
toponym has no row, a row is repeated, or a row is malformed (wrong field count, bad number,
unknown source, source inconsistent with the fields). It prints a one-line summary to stderr.
Python 3 standard library only.
"""
import json
import sys

PRIVATE_IDS = 990000000  # the index's supplement and region entries (data/gazetteer)
COLUMNS = ["doc", "start", "end", "surface", "geonameid", "lat", "lon", "source", "note"]
SOURCES = ("index", "knowledge", "unresolvable")


def read_coords(path, errors):
    """Returns {(doc, start, end): row dict} and the number of data rows read."""
    rows = {}
    count = 0
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\r\n").split("\t")
        if header != COLUMNS:
            errors.append(f"{path}: header is {header!r}, expected {COLUMNS!r}")
            return rows, count
        for lineno, line in enumerate(f, start=2):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            count += 1
            fields = line.split("\t")
            where = f"{path}:{lineno}"
            if len(fields) != len(COLUMNS):
                errors.append(f"{where}: {len(fields)} fields, expected {len(COLUMNS)}")
                continue
            r = dict(zip(COLUMNS, fields))
            try:
                start, end = int(r["start"]), int(r["end"])
            except ValueError:
                errors.append(f"{where}: {r['doc']}: bad offsets {r['start']!r}, {r['end']!r}")
                continue
            where = f"{where}: {r['doc']} [{start},{end})"
            try:
                gid = int(r["geonameid"]) if r["geonameid"] else None
                lat = float(r["lat"]) if r["lat"] else None
                lon = float(r["lon"]) if r["lon"] else None
            except ValueError:
                errors.append(f"{where}: bad geonameid/lat/lon {r['geonameid']!r}, {r['lat']!r}, {r['lon']!r}")
                continue
            src = r["source"]
            if src not in SOURCES:
                errors.append(f"{where}: source {src!r} is not one of {', '.join(SOURCES)}")
                continue
            if (lat is None) != (lon is None):
                errors.append(f"{where}: lat and lon must both be given or both be empty")
                continue
            if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
                errors.append(f"{where}: lat/lon {lat}, {lon} out of range")
                continue
            if src == "index" and (gid is None or lat is None):
                errors.append(f"{where}: source index needs geonameid, lat and lon")
                continue
            if src == "knowledge" and (gid is not None or lat is None):
                errors.append(f"{where}: source knowledge needs lat and lon and no geonameid")
                continue
            if src == "unresolvable" and (gid is not None or lat is not None):
                errors.append(f"{where}: source unresolvable must have empty geonameid, lat and lon")
                continue
            key = (r["doc"], start, end)
            if key in rows:
                errors.append(f"{where}: repeated row (first at line {rows[key]['line']})")
                continue
            rows[key] = {"line": lineno, "surface": r["surface"], "geonameid": gid,
                         "lat": lat, "lon": lon, "source": src}
    return rows, count


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    gold_path, coords_path, out_path = sys.argv[1:]
    errors = []
    rows, nrows = read_coords(coords_path, errors)

    docs = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
    texts = {d["id"]: d["text"] for d in docs}
    gold_keys = set()
    for d in docs:
        for t in d.get("toponyms", []):
            gold_keys.add((d["id"], t["start"], t["end"]))

    # every row: its doc exists, its surface is the gold text at its offsets, it is a gold toponym
    for (doc, start, end), r in sorted(rows.items(), key=lambda kv: kv[1]["line"]):
        where = f"{coords_path}:{r['line']}: {doc} [{start},{end})"
        if doc not in texts:
            errors.append(f"{where}: no document with this id in {gold_path}")
            continue
        actual = texts[doc][start:end]
        if actual != r["surface"]:
            errors.append(f"{where}: surface {r['surface']!r} but the gold text there is {actual!r}")
            continue
        if (doc, start, end) not in gold_keys:
            errors.append(f"{where}: {r['surface']!r} matches no gold toponym")

    # every gold toponym has a row
    for d in docs:
        for t in d.get("toponyms", []):
            if (d["id"], t["start"], t["end"]) not in rows:
                errors.append(f"{gold_path}: {d['id']} [{t['start']},{t['end']}) "
                              f"{t.get('surface')!r}: no row in {coords_path}")

    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"gold-with-coords: {len(errors)} problem(s); {out_path} not written", file=sys.stderr)
        sys.exit(1)

    with open(out_path, "w", encoding="utf-8") as f:
        for d in docs:
            for t in d.get("toponyms", []):
                r = rows[(d["id"], t["start"], t["end"])]
                gid = r["geonameid"]
                t["geonameid"] = gid if gid is None or gid < PRIVATE_IDS else None
                t["lat"], t["lon"] = r["lat"], r["lon"]
            d["toponyms_coordinates"] = True
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    with_coords = sum(1 for r in rows.values() if r["lat"] is not None)
    unresolvable = sum(1 for r in rows.values() if r["source"] == "unresolvable")
    index = sum(1 for r in rows.values() if r["source"] == "index")
    print(f"gold-with-coords: {nrows} rows, {with_coords} with coordinates ({index} index, "
          f"{with_coords - index} knowledge), {unresolvable} unresolvable; {len(docs)} documents "
          f"-> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
