#!/usr/bin/env python3
"""Lists the rows of data/gazetteer/supplement.txt that name a town GeoNames already has.

A supplement row is for a place the registry's GeoNames lacks. A row beside GeoNames' own entry
for the same town (Kobani beside 'Ayn al 'Arab) splits the town's events, and their tolls,
between two places: its names belong in extra_names.tsv, on the GeoNames id. For every row,
its name and first alternate names are looked up in the index (`marsad gazetteer lookup`); a
GeoNames candidate of the same feature class and country within --km (default 2) is reported.

  scripts/supplement-duplicates.py [--marsad build/tools/marsad] [--index data/gazetteer/default.mgz] [--km 2]

Exit status 1 when a row is reported, 0 when none, 2 on a usage error (no index, no binary).
"""
import argparse
import math
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LINE = re.compile(r"\s*\d+\.\s+(\d+)\s+(.*?)\s{2,}(-?[\d.]+),(-?[\d.]+)\s+(\w)\.(\w+)\s+(\w\w)")


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--marsad", default=os.path.join(ROOT, "build/tools/marsad"))
    ap.add_argument("--index", default=os.path.join(ROOT, "data/gazetteer/default.mgz"))
    ap.add_argument("--supplement", default=os.path.join(ROOT, "data/gazetteer/supplement.txt"))
    ap.add_argument("--km", type=float, default=2.0)
    args = ap.parse_args()
    for path, what in ((args.marsad, "marsad binary"), (args.index, "index"), (args.supplement, "supplement")):
        if not os.path.exists(path):
            print(f"supplement-duplicates: no {what} at {path}", file=sys.stderr)
            return 2
    found = 0
    rows = 0
    with open(args.supplement, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 9:
                continue
            rows += 1
            sid, name, alts, lat, lon, fclass, cc = c[0], c[1], c[3], float(c[4]), float(c[5]), c[6], c[8]
            for n in [name] + [a for a in alts.split(",") if a][:3]:
                out = subprocess.run([args.marsad, "gazetteer", "lookup", "--index", args.index, "--limit", "8", n],
                                     capture_output=True, text=True).stdout
                hit = None
                for m in map(LINE.match, out.splitlines()):
                    if not m or int(m.group(1)) >= 990000000:
                        continue
                    d = km(lat, lon, float(m.group(3)), float(m.group(4)))
                    if d <= args.km and m.group(5) == fclass and m.group(7) == cc:
                        hit = (m.group(1), m.group(2), d)
                        break
                if hit:
                    found += 1
                    print(f"{sid}\t{name}\t'{n}' is GeoNames {hit[0]} ({hit[1]}), {hit[2]:.1f} km away")
                    break
    print(f"supplement-duplicates: {found} of {rows} rows name a town GeoNames has", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
