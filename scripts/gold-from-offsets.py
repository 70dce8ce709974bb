#!/usr/bin/env python3
"""Rebuild gold files with their texts from the offsets-only files kept in data/eval/.

usage: gold-from-offsets.py OFFSETS.jsonl CORPUS.jsonl OUT.jsonl

CORPUS is ../shared/corpus/saudinewsnet_ar_conflict.jsonl for the Arabic sets, or
../shared/eval/dev/fakes-dev.en.jsonl for data/eval/news-events-fakes.en.offsets.jsonl (its
"m/d/yy" `date` becomes an ISO `published`; its per-article `event` summary is not copied, so
eval-events reads the result as news gold, not as FA-KES).

The repository keeps annotations as document ids and code-point offsets (each span with its
surface, so that every one can be checked), not the articles themselves. This joins them
with the corpus (../shared/corpus/saudinewsnet_ar_conflict.jsonl) by id, puts back `text`,
`title` and `published`, and checks every span: text[start:end] == surface. Any mismatch
or missing document is printed and the exit code is 1.
"""
import json
import re
import sys


def iso_day(s):
    """FA-KES writes dates as m/d/yy ("4/7/17"); the news gold's `published` is ISO."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", s or "")
    if not m:
        return s
    y = int(m.group(3))
    y += (2000 if y < 70 else 1900) if y < 100 else 0
    return f"{y:04d}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"


def spans(doc):
    for key in ("toponyms", "not_toponyms", "actors", "quantities"):
        for s in doc.get(key, []):
            yield key, s
    for e in doc.get("events", []):
        yield "events", {"start": e["sentence_start"], "end": e["sentence_end"], "surface": e.get("sentence")}


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    offsets, corpus, out = sys.argv[1:]
    wanted = {}
    with open(offsets, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                wanted[d["id"]] = d
    found = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a.get("id") in wanted:
                found[a["id"]] = a
    errors = 0
    with open(out, "w", encoding="utf-8") as f:
        for did, d in wanted.items():
            a = found.get(did)
            if a is None:
                print(f"{did}: not in {corpus}", file=sys.stderr)
                errors += 1
                continue
            text = a["text"]
            for key, s in spans(d):
                if s.get("surface") is not None and text[s["start"]:s["end"]] != s["surface"]:
                    print(f"{did}: {key} [{s['start']},{s['end']}) is {text[s['start']:s['end']]!r}, "
                          f"expected {s['surface']!r}", file=sys.stderr)
                    errors += 1
            full = {"id": did, "lang": d.get("lang", "ar"), "title": a.get("title"),
                    "published": iso_day(a.get("date")), "text": text}
            full.update({k: v for k, v in d.items() if k not in full})
            f.write(json.dumps(full, ensure_ascii=False) + "\n")
    print(f"gold-from-offsets: {len(wanted) - errors if errors < len(wanted) else 0} of {len(wanted)} documents, "
          f"{errors} problems", file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
