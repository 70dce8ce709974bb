#!/usr/bin/env python3
"""Checks the merge dev pairs (issue 14 §2) against the corpus they point into.

Usage: scripts/check-merge-pairs.py [--gold FILE] [--corpus FILE] [--show]

Each gold line is one hand-labelled pair of event reports from two different articles:
  {"pair":"p001","a":{"doc":ID,"start":S,"end":E},"b":{...},"same":true|false,
   "kind":"same"|"different"|"hard_same_town_next_day"|"hard_same_city_same_day"|"hard_other",
   "note":"[text|marsad] short English reason"}
start/end are Unicode code-point offsets into the corpus record's `text`.

Checks: valid JSON with exactly these fields, unique pair ids, doc ids present in the corpus,
spans in range, non-empty and at most MAX_SPAN code points, a and b from different documents,
`same` agreeing with `kind`, no pair listed twice (in either order, or with overlapping spans
in the same two documents), a non-empty note. Prints every problem and exits 1 if there is
any, 2 if a file cannot be read. --show prints both spans of every pair for reading.
"""
import argparse
import collections
import json
import os
import signal
import sys

KINDS = {"same", "different", "hard_same_town_next_day", "hard_same_city_same_day", "hard_other"}
FIELDS = {"pair", "a", "b", "same", "kind", "note"}
SPAN_FIELDS = {"doc", "start", "end"}
MAX_SPAN = 400  # the guide asks for a clause of about 300 characters; more is a whole paragraph

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_GOLD = os.path.join(ROOT, "data", "eval", "merge-pairs.ar.jsonl")
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "saudinewsnet_ar_conflict.jsonl")


def load_corpus(path):
    texts = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                texts[rec["id"]] = rec["text"]
            except (ValueError, KeyError, TypeError) as e:
                raise ValueError(f"{path}:{n}: not a corpus record with id and text ({e})")
    return texts


def check_span(where, span, texts, problems):
    """Returns (doc, start, end) when the span is usable, else None (problems appended)."""
    if not isinstance(span, dict) or set(span) != SPAN_FIELDS:
        problems.append(f"{where}: span must have exactly the fields doc, start, end")
        return None
    doc, start, end = span["doc"], span["start"], span["end"]
    if doc not in texts:
        problems.append(f"{where}: doc {doc!r} is not in the corpus")
        return None
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        problems.append(f"{where}: start and end must be integers")
        return None
    n = len(texts[doc])
    if not 0 <= start < end <= n:
        problems.append(f"{where}: span {start}-{end} is empty or outside the text (length {n})")
        return None
    if not texts[doc][start:end].strip():
        problems.append(f"{where}: span {start}-{end} is only whitespace")
        return None
    if end - start > MAX_SPAN:
        problems.append(f"{where}: span {start}-{end} is {end - start} code points (max {MAX_SPAN})")
    return doc, start, end


def overlaps(x, y):
    return x[0] == y[0] and x[1] < y[2] and y[1] < x[2]


def check(gold_path, texts, show):
    problems, ids, seen = [], set(), collections.defaultdict(list)
    kinds, methods, rows = collections.Counter(), collections.Counter(), 0
    with open(gold_path, encoding="utf-8") as f:
        lines = f.readlines()
    for n, line in enumerate(lines, 1):
        where = f"{os.path.basename(gold_path)}:{n}"
        if not line.strip():
            problems.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            problems.append(f"{where}: not JSON ({e})")
            continue
        if not isinstance(rec, dict) or set(rec) != FIELDS:
            problems.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
            continue
        rows += 1
        pid = rec["pair"]
        where = f"{where} ({pid})"
        if not isinstance(pid, str) or not pid:
            problems.append(f"{where}: pair id must be a non-empty string")
        elif pid in ids:
            problems.append(f"{where}: pair id used twice")
        ids.add(pid)
        kind = rec["kind"]
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
        else:
            kinds[kind] += 1
        if not isinstance(rec["same"], bool) or rec["same"] != (kind == "same"):
            problems.append(f"{where}: same={rec['same']!r} does not agree with kind {kind!r}")
        note = rec["note"]
        if not isinstance(note, str) or not note.strip():
            problems.append(f"{where}: note is empty")
        else:
            methods[note.split("]", 1)[0] + "]" if note.startswith("[") else "(untagged)"] += 1
        a = check_span(f"{where} a", rec["a"], texts, problems)
        b = check_span(f"{where} b", rec["b"], texts, problems)
        if a and b:
            if a[0] == b[0]:
                problems.append(f"{where}: a and b are from the same document {a[0]}")
            key = tuple(sorted((a[0], b[0])))
            for other, oa, ob in seen[key]:
                if (overlaps(a, oa) and overlaps(b, ob)) or (overlaps(a, ob) and overlaps(b, oa)):
                    problems.append(f"{where}: same two reports as pair {other}")
            seen[key].append((pid, a, b))
        if show:
            print(f"--- {pid} {kind} {note}")
            for tag, s in (("a", a), ("b", b)):
                if s:
                    text = texts[s[0]][s[1]:s[2]].replace("\n", " ")
                    print(f"  {tag} {s[0]} {s[1]}-{s[2]}: {text}")
    return problems, rows, kinds, methods


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # --show | head ends quietly
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=DEFAULT_GOLD)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--show", action="store_true", help="print both spans of every pair")
    args = ap.parse_args()
    try:
        texts = load_corpus(args.corpus)
    except (OSError, ValueError) as e:
        print(f"check-merge-pairs: cannot read the corpus: {e}", file=sys.stderr)
        return 2
    try:
        problems, rows, kinds, methods = check(args.gold, texts, args.show)
    except OSError as e:
        print(f"check-merge-pairs: cannot read the gold file: {e}", file=sys.stderr)
        return 2
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    same = kinds.get("same", 0)
    print(f"{rows} pairs: {same} same, {rows - same} different; by kind: "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
          + "; by method: " + ", ".join(f"{k} {v}" for k, v in sorted(methods.items())))
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
