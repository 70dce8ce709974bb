"""CTest for the Python module (python/CMakeLists.txt registers it): args SOURCE_DIR MARSAD_BINARY MODE.
MODE core: import marsad, extract() gives the CLI's JSON record, extract_many() keeps order
and ids over threads, bad input raises. MODE pandas: to_dataframe / to_geodataframe and the
CLI's --format csv read by pandas.read_csv with typed columns; exits 77 (skipped) with a
message when pandas or geopandas is not installed."""
import json
import os
import subprocess
import sys
import tempfile

SRC, MARSAD, MODE = sys.argv[1], sys.argv[2], sys.argv[3]
INDEX = os.path.join(SRC, "data", "gazetteer", "default.mgz")
if not os.path.exists(INDEX) and not os.environ.get("MARSAD_GAZETTEER"):
    print(f"SKIP: no gazetteer index at {INDEX} (make gazetteer)")
    sys.exit(77)

import marsad  # noqa: E402

failures = []


def check(cond, what):
    print(("ok: " if cond else "FAIL: ") + what)
    if not cond:
        failures.append(what)


with open(os.path.join(SRC, "examples", "raqqa-negotiations.ar.txt"), encoding="utf-8") as f:
    TEXT = f.read()
DOCS = [{"id": "raqqa", "text": TEXT, "published": "2017-10-14"},
        {"id": "en-1", "text": "Two people were killed in an air strike on Aleppo on Monday.", "published": "2016-05-02"},
        {"id": "en-2", "text": "Protesters gathered in Baghdad and Basra.", "published": "2019-10-01"},
        {"id": "ar-2", "text": "قتل ثلاثة مدنيين في قصف على مدينة إدلب أمس.", "published": "2018-02-10"},
        {"id": "en-3", "text": "The ministry met in Cairo.", "published": "2020-01-01"},
        # 'المملكة' (the Kingdom) is a generic mention of Saudi Arabia; 'الروسي' a demonym
        # (with --demonyms).
        {"id": "ar-3", "text": "أعلنت الرياض اليوم أن المملكة سترسل مساعدات إنسانية إلى اليمن.", "published": "2019-03-01"},
        {"id": "ar-4", "text": "قصف الطيران الروسي مواقع في إدلب.", "published": "2019-03-02"},
        # 'الإسرائيلية' on the strikes: a state's adjective, its forces struck (adjective: true).
        {"id": "ar-5", "text": "قتل ثلاثة مدنيين في الغارات الإسرائيلية على غزة أمس.", "published": "2019-03-03"}]


def cli(args, stdin):
    r = subprocess.run([MARSAD, *args], input=stdin, capture_output=True, text=True, check=True)
    return r.stdout


ex = marsad.Extractor()
jsonl = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS)
cli_records = [json.loads(line) for line in cli(["extract", "-q", "--jsonl"], jsonl).splitlines()]

if MODE == "core":
    rec = ex.extract(TEXT, published="2017-10-14", id="raqqa")
    check(rec == cli_records[0], "extract() gives the record of `marsad extract` (places %d, events %d)"
          % (len(rec["places"]), len(rec.get("events", []))))
    check(any(p.get("geonameid") == 172955 for p in rec["places"]), "Raqqa (172955) among the places")
    import datetime
    check(ex.extract(TEXT, published=datetime.date(2017, 10, 14), id="raqqa") == rec, "published= takes a date")
    many = list(ex.extract_many(DOCS, threads=2, chunk=2))
    check(many == cli_records, "extract_many(threads=2, chunk=2) gives the CLI's records in input order")
    strs = list(ex.extract_many([d["text"] for d in DOCS[:3]], threads=2, chunk=2))
    check([r["id"] for r in strs] == ["0", "1", "2"], "strings get their position as id across chunks")
    bad = list(ex.extract_many([{"id": "empty", "text": ""}], threads=1))
    check(len(bad) == 1 and "error" in bad[0] and bad[0]["id"] == "empty", "an empty document gives its error record")
    for call, what in ((lambda: ex.extract(""), "empty text"),
                       (lambda: ex.extract("x", published="2017-02-30"), "an impossible date")):
        try:
            call()
            check(False, f"{what} raises ValueError")
        except ValueError as e:
            check(True, f"{what} raises ValueError: {e}")
    try:
        marsad.Extractor(data="/nonexistent-marsad-data")
        check(False, "a missing data directory raises")
    except RuntimeError as e:
        check("nonexistent-marsad-data" in str(e), f"a missing data directory raises, naming it: {e}")
    places_only = marsad.Extractor(places_only=True).extract(TEXT, published="2017-10-14", id="raqqa")
    cli_places = json.loads(cli(["extract", "-q", "--jsonl", "--places-only"], jsonl).splitlines()[0])
    check(not places_only.get("events") and places_only == cli_places, "places_only=True is --places-only")
elif MODE == "pandas":
    try:
        import pandas as pd
        import geopandas  # noqa: F401
    except ImportError as e:
        print(f"SKIP: {e} (Debian: apt-get install python3-pandas python3-geopandas)")
        sys.exit(77)
    places = marsad.to_dataframe(cli_records, "places")
    n = sum(len(r["places"]) for r in cli_records)
    check(len(places) == n, f"to_dataframe places: {len(places)} rows, one per mention ({n})")
    check(str(places["geonameid"].dtype) == "Int64" and places["lat"].dtype == "float64",
          "geonameid Int64, lat float64")
    check(str(places["published"].dtype).startswith("datetime64"), "published is datetime64")
    check(not any(places[c].map(lambda v: isinstance(v, (dict, list))).any() for c in places.columns),
          "no nested objects in any column")
    # A mention's flags are boolean columns, False where the JSON leaves them out.
    for flag, records in (("in_name", cli_records), ("generic", cli_records),
                          ("demonym", [json.loads(line) for line in
                                       cli(["extract", "-q", "--jsonl", "--demonyms"], jsonl).splitlines()])):
        table = marsad.to_dataframe(records, "places")
        want = [bool(p.get(flag)) for r in records for p in r["places"]]
        got = table[flag].tolist() if flag in table.columns else []
        check(got == want and table[flag].dtype == bool and any(want),
              f"to_dataframe places: {flag} column (bool), {sum(want)} mention(s) flagged as in the JSON")
    generic = places[places["generic"]]
    check(generic["surface"].tolist() == ["المملكة"] and generic["name"].tolist() == ["Saudi Arabia"],
          "the generic mention is 'المملكة', read as Saudi Arabia")
    events = marsad.to_dataframe(cli_records, "events")
    check(len(events) == sum(len(r.get("events", [])) for r in cli_records) and len(events) > 0,
          f"to_dataframe events: {len(events)} rows")
    check(str(events["date"].dtype).startswith("datetime64") and str(events["fatalities"].dtype) == "Int64",
          "event date datetime64, fatalities Int64")
    check(events["actor1_name"].notna().any(), "events carry actor names beside the ids")
    # An actor mention's flags too: bool columns, False where the JSON leaves them out.
    actors = marsad.to_dataframe(cli_records, "actors")
    for flag in ("belligerent", "back_reference", "adjective"):
        want = [bool(a.get(flag)) for r in cli_records for a in r.get("actors", [])]
        got = actors[flag].tolist() if flag in actors.columns else []
        check(got == want and actors[flag].dtype == bool,
              f"to_dataframe actors: {flag} column (bool), {sum(want)} mention(s) flagged as in the JSON")
    check(actors[actors["adjective"]]["surface"].tolist() == ["الإسرائيلية"],
          "the adjective mention is 'الإسرائيلية' (the Israeli strikes)")
    for what in ("actors", "quantities", "dates", "documents"):
        check(len(marsad.to_dataframe(cli_records, what)) > 0, f"to_dataframe {what}")
    gdf = marsad.to_geodataframe(cli_records, "places")
    check(gdf.crs is not None and gdf.crs.to_epsg() == 4326 and len(gdf) == places["lat"].notna().sum(),
          f"to_geodataframe: {len(gdf)} points in EPSG:4326")
    raqqa = gdf[gdf["geonameid"] == 172955]
    check(len(raqqa) > 0 and abs(raqqa.geometry.iloc[0].x - 39.0) < 0.1 and abs(raqqa.geometry.iloc[0].y - 35.95) < 0.1,
          "Raqqa's point is x=lon 39.0, y=lat 35.95")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "places.geojson")
        gdf[["id", "name", "geonameid", "geometry"]].to_file(path, driver="GeoJSON")
        back = geopandas.read_file(path)
        check(len(back) == len(gdf), f"GeoDataFrame written as GeoJSON and read back: {len(back)} features")
    # The CLI's --format csv, read without any conversion.
    import io
    csv = pd.read_csv(io.StringIO(cli(["extract", "-q", "--jsonl", "--format", "csv"], jsonl)))
    expect = ["id", "start", "end", "surface", "name", "geonameid", "lat", "lon", "feature_class",
              "feature_code", "country", "admin1", "confidence"]
    check(list(csv.columns) == expect, "--format csv has the 13 columns in order")
    check(len(csv) == n, f"--format csv: {len(csv)} rows, one per place mention")
    check(csv["start"].dtype == "int64" and csv["end"].dtype == "int64" and csv["lat"].dtype == "float64"
          and csv["confidence"].dtype == "float64" and csv["geonameid"].dtype in ("float64", "int64"),
          "read_csv types: start/end int64, lat/confidence/geonameid numeric: " +
          ", ".join(f"{c}={csv[c].dtype}" for c in ("start", "lat", "geonameid", "confidence")))
    same = (csv["surface"].tolist() == places["surface"].tolist()
            and (csv["lat"].fillna(0) - places["lat"].astype(float).fillna(0)).abs().max() < 1e-9)
    check(same, "the CSV rows and to_dataframe agree (surface, lat)")
else:
    sys.exit(f"unknown mode {MODE}")

sys.exit(1 if failures else 0)
