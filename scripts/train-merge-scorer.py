#!/usr/bin/env python3
"""Trains the merge pair scorer (data/records/merge-model.tsv; docs/merge.md "The scorer").

Usage:
  marsad merge --word-df-out df.tsv corpus-events.jsonl
  marsad merge --model data/records/merge-model.tsv --pairs-out pairs.jsonl corpus-events.jsonl
  scripts/train-merge-scorer.py --pairs pairs.jsonl --df df.tsv \
      --train data/eval/merge-pairs-train.ar.jsonl -o data/records/merge-model.tsv

--train: hand-labelled pairs in the dev set's format (data/eval/merge-pairs.ar.jsonl), each
side's span the event's start/end; never the dev pairs themselves. A labelled pair is found
in --pairs (the candidate pairs `marsad merge` compared, with their features) by the two
events' documents and overlapping spans; pairs the merge never compared are reported.
Fits L2-regularized logistic regression (plain gradient descent: no numpy here), reports
5-fold cross-validated precision/recall on the training pairs at each threshold, picks the
lowest logit threshold whose cross-validated precision is >= --min-precision, and writes
the model: docs, rare_df, threshold, the weights, and the words' document frequencies
(df >= --min-df) from --df.
"""
import argparse
import json
import math
import random
import sys

NAMES = ["bias", "chargram_jaccard", "word_cosine", "rare_words_shared", "numbers_shared", "date_gap",
         "own_days_apart", "same_place", "same_admin1", "within_50km", "same_country", "same_type",
         "same_sub_type", "actor_overlap", "actors_contradict", "tolls_agree", "tolls_differ",
         "distinct_localities", "rare_words_unshared"]


def load_pairs(path):
    by_docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            a, b = p["a"], p["b"]
            by_docs.setdefault((a[0], b[0]), []).append((a, b, p["f"]))
            by_docs.setdefault((b[0], a[0]), []).append((b, a, p["f"]))
    return by_docs


def overlaps(ev, side):
    return ev[2] < side["end"] and side["start"] < ev[3]


def load_train(path, pairs):
    xs, ys, missing = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            g = json.loads(line)
            found = [fv for a, b, fv in pairs.get((g["a"]["doc"], g["b"]["doc"]), [])
                     if overlaps(a, g["a"]) and overlaps(b, g["b"])]
            if not found:
                missing.append(g["pair"])
                continue
            xs.append(found[0])
            ys.append(1 if g["same"] else 0)
    return xs, ys, missing


def fit(xs, ys, l2, iters=3000, lr=0.5):
    w = [0.0] * len(NAMES)
    n = len(xs)
    for _ in range(iters):
        grad = [0.0] * len(w)
        for x, y in zip(xs, ys):
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for i, xi in enumerate(x):
                grad[i] += (p - y) * xi
        for i in range(len(w)):
            reg = l2 * w[i] if i else 0.0
            w[i] -= lr * (grad[i] / n + reg / n)
    return w


def logit(w, x):
    return sum(wi * xi for wi, xi in zip(w, x))


def cross_validate(xs, ys, l2, folds=5, seed=14):
    idx = list(range(len(xs)))
    random.Random(seed).shuffle(idx)
    scores = [0.0] * len(xs)
    for k in range(folds):
        test = set(idx[k::folds])
        w = fit([xs[i] for i in idx if i not in test], [ys[i] for i in idx if i not in test], l2)
        for i in test:
            scores[i] = logit(w, xs[i])
    return scores


def pr_at(scores, ys, t):
    tp = sum(1 for s, y in zip(scores, ys) if s >= t and y)
    fp = sum(1 for s, y in zip(scores, ys) if s >= t and not y)
    pos = sum(ys)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / pos if pos else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", required=True)
    ap.add_argument("--df", required=True)
    ap.add_argument("--train", required=True)
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--l2", type=float, default=0.1)
    ap.add_argument("--rare-df", type=int, default=100)
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.9)
    a = ap.parse_args()
    xs, ys, missing = load_train(a.train, load_pairs(a.pairs))
    if missing:
        print(f"train: {len(missing)} pairs the merge never compared (not candidates): {' '.join(missing)}",
              file=sys.stderr)
    print(f"train: {len(xs)} pairs, {sum(ys)} same", file=sys.stderr)
    cv = cross_validate(xs, ys, a.l2)
    threshold = None
    for t in sorted(set(cv)):
        p, r = pr_at(cv, ys, t)
        if p >= a.min_precision and threshold is None:
            threshold = t
    p, r = pr_at(cv, ys, threshold)
    print(f"5-fold cross-validation: threshold {threshold:.3f} precision {p:.3f} recall {r:.3f}", file=sys.stderr)
    w = fit(xs, ys, a.l2)
    with open(a.output, "w", encoding="utf-8") as out, open(a.df, encoding="utf-8") as df:
        out.write("# The merge pair scorer (docs/merge.md): written by scripts/train-merge-scorer.py from\n"
                  f"# {len(xs)} hand-labelled training pairs ({sum(ys)} same; {a.train}).\n"
                  f"# 5-fold cross-validated on them: precision {p:.3f}, recall {r:.3f} at the threshold.\n")
        rows = [line.rstrip("\n").split("\t") for line in df]
        docs = next(r[1] for r in rows if r[0] == "docs")
        out.write(f"docs\t{docs}\nrare_df\t{a.rare_df}\nthreshold\t{threshold:.4f}\n")
        for n, wi in zip(NAMES, w):
            out.write(f"weight\t{n}\t{wi:.4f}\n")
        for r in rows:
            if r[0] == "df" and int(r[2]) >= a.min_df:
                out.write("\t".join(r) + "\n")
    print("weights: " + " ".join(f"{n}={wi:.2f}" for n, wi in zip(NAMES, w)), file=sys.stderr)


if __name__ == "__main__":
    main()
