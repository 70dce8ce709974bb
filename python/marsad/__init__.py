"""marsad: places, actors and events from Arabic and English news (docs/python.md).

    import marsad
    ex = marsad.Extractor()                      # the installed data, or data=/index= paths
    rec = ex.extract(text, published="2017-10-14")   # the JSON record of `marsad extract`
    for rec in ex.extract_many(docs, threads=4): ...
    places = marsad.to_dataframe(records, "places")  # pandas, one row per place mention
    events = marsad.to_geodataframe(records, "events")   # geopandas, EPSG:4326 points
"""
import itertools
import os
from pathlib import Path

from . import _marsad

__all__ = ["Extractor", "default_data_dir", "to_dataframe", "to_geodataframe"]


def default_data_dir():
    """$MARSAD_DATA; else <prefix>/share/marsad/data for an installed module
    (<prefix>/lib/python3/dist-packages/marsad); else the source tree's data/."""
    env = os.environ.get("MARSAD_DATA")
    if env:
        return env
    here = Path(__file__).resolve().parent
    if len(here.parents) > 3:
        installed = here.parents[3] / "share" / "marsad" / "data"
        if (installed / "gazetteer").is_dir():
            return str(installed)
    return _marsad.SOURCE_DATA_DIR


def _day(value):
    """A publication date as text: str as given, date/datetime/Timestamp as YYYY-MM-DD."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


class Extractor:
    """Loads the gazetteer and dictionaries once; extract() and extract_many() return the
    records of `marsad extract --format json` as dicts (docs/output-schema.md)."""

    def __init__(self, data=None, index=None, dicts=(), lang="auto", places_only=False,
                 demonyms=False, explain=False):
        data = str(data or default_data_dir())
        index = str(index or os.environ.get("MARSAD_GAZETTEER") or "")
        self._x = _marsad._Extractor(data, index, [str(d) for d in dicts], lang,
                                     places_only, demonyms, explain)

    def extract(self, text, published=None, id="", lang="auto", url="", title=""):
        """One document's record. ValueError for empty text or an unreadable date."""
        return self._x.extract(text, _day(published), str(id), lang, url, title)

    def extract_many(self, docs, threads=0, chunk=256):
        """Records of many documents, in input order, as a generator. Each document is a
        str (its id is its position) or a dict {text, id?, published?, lang?, url?,
        title?}; a document that cannot be processed yields its error record
        {"id", "error"}. threads=0 uses every core."""
        threads = threads or os.cpu_count() or 1
        numbered = (d if isinstance(d, dict) else {"id": str(i), "text": d} for i, d in enumerate(docs))
        while True:
            batch = list(itertools.islice(numbered, chunk))
            if not batch:
                return
            yield from self._x.extract_batch(batch, threads)


# ----------------------------------------------------------------------------- tables

def _need(module, package):
    try:
        return __import__(module)
    except ImportError as e:
        raise ImportError(f"marsad.{'to_geodataframe' if module == 'geopandas' else 'to_dataframe'} "
                          f"needs {module} (Debian: apt-get install {package})") from e


def _records(records):
    return [records] if isinstance(records, dict) else list(records)


def _place_row(rec, i, p):
    rel = p.get("relation") or {}
    return {"id": rec.get("id"), "published": rec.get("published"), "mention": i,
            "start": p.get("start"), "end": p.get("end"), "surface": p.get("surface"),
            "name": p.get("name"), "name_ar": p.get("name_ar"), "geonameid": p.get("geonameid"),
            "marsad_id": p.get("marsad_id"), "lat": p.get("lat"), "lon": p.get("lon"),
            "feature_class": p.get("feature_class"), "feature_code": p.get("feature_code"),
            "country": p.get("country"), "admin1": p.get("admin1"),
            "population": p.get("population"), "confidence": p.get("confidence"),
            "cue": p.get("cue"), "relation": rel.get("kind"), "in_name": bool(p.get("in_name", False)),
            "generic": bool(p.get("generic", False)), "demonym": bool(p.get("demonym", False))}


def _event_row(rec, i, e):
    place = e.get("place") or {}
    a1, a2 = e.get("actor1") or {}, e.get("actor2") or {}
    return {"id": rec.get("id"), "published": rec.get("published"), "event": i,
            "date": e.get("date"), "date_precision": e.get("date_precision"),
            "date_source": e.get("date_source", "text"),
            "event_type": e.get("event_type"), "sub_event_type": e.get("sub_event_type"),
            "actor1": a1.get("id"), "actor1_name": a1.get("name"), "inter1": a1.get("inter"),
            "actor2": a2.get("id"), "actor2_name": a2.get("name"), "inter2": a2.get("inter"),
            "place": place.get("name"), "geonameid": place.get("geonameid"),
            "lat": place.get("lat"), "lon": place.get("lon"), "country": place.get("country"),
            "admin1": place.get("admin1"), "fatalities": e.get("fatalities", 0),
            "confidence": e.get("confidence"), "evidence": e.get("evidence")}


# Flags the JSON writes only when true: in a table they are columns of every row, False
# where left out (not NaN, which would make them object columns).
_FLAGS = {"actors": ("belligerent", "back_reference", "adjective")}


def _flat(rec, i, item, what):
    row = {"id": rec.get("id"), "published": rec.get("published"),
           what[:-1] if what.endswith("s") else what: i}
    row.update({k: v for k, v in item.items() if not isinstance(v, (dict, list))})
    row.update({flag: bool(item.get(flag, False)) for flag in _FLAGS.get(what, ())})
    return row


def _rows(records, what):
    for rec in _records(records):
        if what == "documents":
            yield {"id": rec.get("id"), "lang": rec.get("lang"), "published": rec.get("published"),
                   "url": rec.get("url"), "places": len(rec.get("places", [])),
                   "events": len(rec.get("events", [])), "error": rec.get("error")}
            continue
        items = rec.get(what, [])
        if what == "places":
            yield from (_place_row(rec, i, p) for i, p in enumerate(items))
        elif what == "events":
            yield from (_event_row(rec, i, e) for i, e in enumerate(items))
        else:
            yield from (_flat(rec, i, x, what) for i, x in enumerate(items))


_KINDS = ("places", "events", "actors", "quantities", "dates", "documents")
_INTS = ("start", "end", "geonameid", "marsad_id", "population", "fatalities", "value", "phrase_start",
         "phrase_end", "inter", "inter1", "inter2", "mention", "event", "places", "events")


def to_dataframe(records, what="places"):
    """A pandas DataFrame of records (one dict or an iterable of them): `what` is places
    (one row per mention), events (actor names and the place flattened beside the ids),
    actors, quantities, dates or documents. Ids and counts are nullable integers (Int64),
    date columns datetime64, so no column holds nested objects."""
    if what not in _KINDS:
        raise ValueError(f"what must be one of {', '.join(_KINDS)}, not {what!r}")
    pd = _need("pandas", "python3-pandas")
    df = pd.DataFrame(list(_rows(records, what)))
    for col in df.columns:
        if col in _INTS:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
        elif col in ("date", "published") or (what == "dates" and col == "end_date"):
            df[col] = pd.to_datetime(df[col], errors="coerce", format="%Y-%m-%d")
    return df


def to_geodataframe(records, what="places"):
    """A geopandas GeoDataFrame (EPSG:4326 points) of the rows of to_dataframe(records,
    what) that have coordinates: places or events."""
    if what not in ("places", "events"):
        raise ValueError(f"what must be places or events, not {what!r}")
    gpd = _need("geopandas", "python3-geopandas")
    df = to_dataframe(records, what)
    if len(df):
        df = df[df["lat"].notna() & df["lon"].notna()].reset_index(drop=True)
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.get("lon", []), df.get("lat", [])), crs="EPSG:4326")
