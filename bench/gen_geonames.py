#!/usr/bin/env python3
"""Generates a synthetic GeoNames dump for the gazetteer scale test.

Writes OUT_DIR/allCountries.txt (19 columns, N places) and OUT_DIR/alternateNamesV2.txt
(10 columns, M names), shaped like the real dumps: Latin names of 1-4 words built from
syllables (so keys share word prefixes), ascii names, a comma-separated alternatenames
column, Arabic-script alternate names for a share of places, pseudo-language rows
(post, link, wkdt, iata) that must not become keys, random countries/admin codes, feature
classes in real proportions. Deterministic for a given --seed.

  bench/gen_geonames.py --places 12000000 --alternate-names 15000000 OUT_DIR
  build/tools/marsad gazetteer build --allcountries OUT_DIR/allCountries.txt \
      --alternate-names OUT_DIR/alternateNamesV2.txt -o OUT_DIR/scale.mgz
"""
import argparse
import os
import random

SYL = ("ka ra ma ta la na sa ba da ha ya za qa sha kha ri mi ni ti li bi di zi su mu nu tu "
       "lu bu du ko mo no to lo ro so el al ain tal deir abu umm jab bir kafr").split()
AR = "ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي".split()
FEATURES = [("P", "PPL", 60), ("H", "STM", 10), ("T", "MT", 8), ("S", "FRM", 8), ("L", "AREA", 4),
            ("P", "PPLA3", 3), ("A", "ADM3", 3), ("V", "FRST", 2), ("P", "PPLA2", 1), ("R", "RD", 1)]
COUNTRIES = "SY IQ US FR DE CN IN BR RU TR IR EG SA JO LB GB IT ES MX CA AU JP ID NG PK".split()


def word(rng):
    return "".join(rng.choice(SYL) for _ in range(rng.randint(1, 3))).capitalize()


def name(rng):
    return " ".join(word(rng) for _ in range(rng.choices((1, 2, 3, 4), (55, 30, 10, 5))[0]))


def arabic(rng):
    return " ".join("".join(rng.choice(AR) for _ in range(rng.randint(3, 7)))
                    for _ in range(rng.choices((1, 2, 3), (50, 40, 10))[0]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--places", type=int, default=1000000)
    ap.add_argument("--alternate-names", type=int, default=1250000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("out_dir")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out_dir, exist_ok=True)
    feats = [(c, f) for c, f, w in FEATURES for _ in range(w)]
    first_id = 1000000
    with open(os.path.join(a.out_dir, "allCountries.txt"), "w", encoding="utf-8", buffering=1 << 22) as out:
        for i in range(a.places):
            n = name(rng)
            alts = ",".join(name(rng) for _ in range(rng.choices((0, 1, 2, 4), (50, 25, 15, 10))[0]))
            cls, code = rng.choice(feats)
            cc = rng.choice(COUNTRIES)
            pop = rng.choice((0, 0, 0, rng.randint(100, 100000)))
            out.write(f"{first_id + i}\t{n}\t{n}\t{alts}\t{rng.uniform(-60, 70):.5f}\t{rng.uniform(-180, 180):.5f}\t"
                      f"{cls}\t{code}\t{cc}\t\t{rng.randint(1, 30):02d}\t{rng.randint(1, 500)}\t\t\t{pop}\t\t"
                      f"{rng.randint(0, 3000)}\tEtc/UTC\t2023-01-01\n")
    pseudo = ("post", "link", "wkdt", "iata")
    with open(os.path.join(a.out_dir, "alternateNamesV2.txt"), "w", encoding="utf-8", buffering=1 << 22) as out:
        for j in range(a.alternate_names):
            gid = first_id + rng.randrange(a.places)
            r = rng.random()
            if r < 0.30:
                lang, nm = "ar", arabic(rng)
            elif r < 0.40:
                lang = rng.choice(pseudo)
                nm = f"https://example.org/{gid}" if lang == "link" else f"Q{gid}" if lang == "wkdt" else str(rng.randint(1000, 99999))
            else:
                lang, nm = rng.choice(("en", "fr", "de", "es", "", "ru")), name(rng)
            pref = "1" if rng.random() < 0.1 else ""
            out.write(f"{j + 1}\t{gid}\t{lang}\t{nm}\t{pref}\t\t\t\t\t\n")


if __name__ == "__main__":
    main()
