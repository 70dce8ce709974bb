#!/usr/bin/env python3
"""Fits the representative point of countries and first-level divisions to annotated data.

A country or a province has no single "right" coordinate: GeoNames gives one point per
country, OpenStreetMap another (its label node), and annotated corpora follow one or the
other (LGL uses GeoNames' points, IDRISI OpenStreetMap's). For a place that large any
point inside is correct, but accuracy@161 km punishes a point that is far from the one the
annotator's source used. This script chooses, for each country and admin1 region that
marsad resolves in the development data, the point that lies within 161 km of the largest
number of annotated coordinates (a minimax compromise when two conventions disagree by less
than 322 km), and rewrites data/gazetteer/country_centroids.tsv and admin1_centroids.tsv
with the new point and a source column that says so. Rows whose source is GeoNames' own
point of the record (every sovereign country since issue 15: a place with a geonameid is
output at that record's coordinates) are left as they are. Regions with fewer than MIN_N
annotations, or where no point does better than the current one by MIN_GAIN, keep their
point and source.

  scripts/fit-region-points.py BUILD_DIR [EVAL_DIR]

It runs `marsad extract --places-only` on the dev gold texts and matches predicted
mentions to gold toponyms by overlap. Requires ../shared/eval (not part of a clone); the
fitted tables are committed, so nothing at build or test time depends on this script.
"""
import json
import math
import os
import subprocess
import sys
from collections import defaultdict

MIN_N = 3
MIN_GAIN = 2
RADIUS_KM = 161.0
FAR_KM = 1500.0
MAX_ADMIN1_MOVE_KM = 250.0
REGION_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR", "ADM1"}


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def midpoint(a, b):
    # Good enough for points a few hundred km apart (never across the antimeridian here).
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def fit(points, current):
    """Returns (best point, hits of best, hits of current)."""
    def hits(p):
        return sum(1 for q in points if km(p, q) <= RADIUS_KM)
    distinct = sorted({(round(p[0], 2), round(p[1], 2)) for p in points})
    cands = list(distinct) + [current]
    for i in range(len(distinct)):
        for j in range(i + 1, len(distinct)):
            if km(distinct[i], distinct[j]) <= 2 * RADIUS_KM:
                cands.append(midpoint(distinct[i], distinct[j]))
    best = max(cands, key=lambda p: (hits(p), -km(p, current)))
    return best, hits(best), hits(current)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    build = sys.argv[1]
    eval_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "..", "shared", "eval")
    marsad = os.path.join(build, "tools", "marsad")
    dev = os.path.join(eval_dir, "dev")
    if not os.path.isdir(dev):
        print(f"fit-region-points: no evaluation data at {dev}", file=sys.stderr)
        return 1

    samples = defaultdict(list)  # ("C", "SA") or ("A", "US.IN") -> [(lat, lon)]
    predicted = {}  # the same keys -> the point the index has now
    for name in sorted(os.listdir(dev)):
        path = os.path.join(dev, name)
        gold = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                tops = [t for t in d.get("toponyms", []) if t.get("lat") is not None]
                if tops:
                    gold[d["id"]] = tops
        if not gold:
            continue
        out = subprocess.run([marsad, "extract", "--places-only", "--quiet", "--threads", "2", path],
                             check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            r = json.loads(line)
            tops = gold.get(r.get("id"))
            if not tops:
                continue
            used = set()
            for p in r.get("places", []):
                if p.get("feature_code") not in REGION_CODES or p.get("lat") is None:
                    continue
                for i, t in enumerate(tops):
                    if i in used or t["end"] <= p["start"] or p["end"] <= t["start"]:
                        continue
                    used.add(i)
                    if p["feature_code"] == "ADM1":
                        key = ("A", f'{p.get("country")}.{p.get("admin1")}')
                    else:
                        key = ("C", p.get("country"))
                    samples[key].append((t["lat"], t["lon"]))
                    predicted.setdefault(key, (p["lat"], p["lon"]))
                    break

    changed = 0

    def refit(kind, code, cur):
        """The better point for a region, or None."""
        # Gold far from the current point refers to another place of the same name
        # (Georgia the US state for the country): a resolution error, not a convention.
        pts = [q for q in samples.get((kind, code), []) if km(q, cur) <= FAR_KM]
        if len(pts) < MIN_N:
            return None
        best, h_best, h_cur = fit(pts, cur)
        if h_best < h_cur + MIN_GAIN:
            return None
        # A province is small enough that a long move means the annotations were mostly of
        # something else (the Sierra Nevada resolved to Nevada) unless nearly all agree.
        limit = MAX_ADMIN1_MOVE_KM if h_best < 0.8 * len(pts) else 3 * MAX_ADMIN1_MOVE_KM
        if kind == "A" and km(best, cur) > limit:
            return None
        print(f"{code}: {cur[0]:.3f},{cur[1]:.3f} -> {best[0]:.3f},{best[1]:.3f} "
              f"hits {h_cur} -> {h_best} of {len(pts)}", file=sys.stderr)
        return best, (f"representative point fitted to {len(pts)} annotated mentions "
                      f"(within 161 km of {h_best}, was {h_cur}); authors' fit")

    for kind, fname in (("C", "country_centroids.tsv"), ("A", "admin1_centroids.tsv")):
        path = os.path.join(root, "data", "gazetteer", fname)
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        header = lines[0].split("\t")
        ilat, ilon, isrc = header.index("lat"), header.index("lon"), header.index("source")
        out = [lines[0]]
        seen = set()
        for line in lines[1:]:
            cols = line.split("\t")
            seen.add(cols[0])
            if cols[isrc].startswith("GeoNames"):  # a record's own point is a fact, not a fit
                out.append(line)
                continue
            r = refit(kind, cols[0], (float(cols[ilat]), float(cols[ilon])))
            if r:
                cols[ilat], cols[ilon], cols[isrc] = f"{r[0][0]:.3f}", f"{r[0][1]:.3f}", r[1]
                changed += 1
            out.append("\t".join(cols))
        # Regions without a row have the point the builder derives (the mean of their
        # places); a fitted point gets a row of its own, names left to the other sources.
        for (k, code), cur in sorted(predicted.items()):
            if k != kind or code in seen or (kind == "A" and (len(code) < 4 or code[2] != ".")):
                continue
            r = refit(kind, code, cur)
            if r:
                cols = [""] * len(header)
                cols[0], cols[ilat], cols[ilon], cols[isrc] = code, f"{r[0][0]:.3f}", f"{r[0][1]:.3f}", r[1]
                out.append("\t".join(cols))
                changed += 1
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    print(f"fit-region-points: {changed} point(s) changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
