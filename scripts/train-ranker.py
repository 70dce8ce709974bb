#!/usr/bin/env python3
"""Learn the weights of the geoparser's resolution features (issue 15 §2: the learned ranker).

usage: train-ranker.py BUILD_DIR OUT.tsv [--gold FILE ...] [--l2 L] [--cv] [--eval-only WEIGHTS.tsv]

The geoparser scores every candidate place of a name as a sum of explained features
(`marsad extract --explain` prints them: name_match, feature_prior, population, cue,
focus_country, spatial_coherence ...). This script learns one weight per feature, so that a
candidate's score is sum(weight[f] * value[f]), where value[f] is the feature's hand-set
contribution (its value under the weights of 1.0 that reproduce the hand-set scorer).

Data: the development gold files with coordinates (default: ../shared/eval/dev/lgl.en,
idrisi-d-train.en, idrisi-d-train.ar and news-events-dev.ar with its hand-checked coordinates,
data/eval/news-events-dev.ar.coords.tsv). For each file, `marsad extract --places-only
--explain --candidates 50` runs over its texts with MARSAD_RANKER pointing at a file of
weights 1.0 (the hand-set scorer); each predicted mention that overlaps a gold toponym with
coordinates is one training case, its candidates labelled right when within 161 km of the gold
point or, for a country, when it is the gold's country (as `marsad eval` counts a country whose
outline holds the gold point). Cases with no right or no wrong candidate teach nothing and are
left out.

Model: a conditional logit over each case's candidates (the probability of a right candidate
is the softmax of the scores), fitted by Newton's method with an L2 penalty pulling each
weight toward 1.0 (the hand-set scorer: with little evidence a feature keeps its hand weight).
Each file weighs the same in the objective, whatever its size, so that English wire news with
the most cases does not decide the Arabic weights alone.

Output: OUT.tsv, the model file marsad reads (data/models/ranker.tsv): comment lines with the
version, date, data and per-file accuracy, then "feature<TAB>weight" rows.
--cv also prints a leave-one-file-out table: trained without a file, top-1 accuracy on it,
against the hand-set weights (offline: the candidates and their features as the hand-set scorer
produced them; `scripts/eval-dev.sh` with MARSAD_RANKER=OUT.tsv gives the end-to-end numbers).

Needs Debian's python3-numpy.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from datetime import date

try:
    import numpy as np
except ImportError:
    sys.exit("train-ranker: needs numpy (Debian: apt-get install python3-numpy; run it with /usr/bin/python3)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.environ.get("MARSAD_EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval"))
DEFAULT_GOLD = ["lgl.en", "idrisi-d-train.en", "idrisi-d-train.ar", "news-events-dev.ar"]
# Features that are rules rather than evidence: kept at their hand weight, not learned.
FIXED = {"town_of_named_state_unlisted"}
VERSION = 1


def haversine(lat1, lon1, lat2, lon2):
    r = math.radians
    a = math.sin(r(lat2 - lat1) / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def gold_file(name, tmp):
    path = os.path.join(EVAL, "dev", name + ".jsonl")
    if not os.path.exists(path):
        sys.exit(f"train-ranker: {path} not found (the development gold is in ../shared/eval, not in a clone)")
    coords = os.path.join(ROOT, "data", "eval", name + ".coords.tsv")
    if os.path.exists(coords):
        out = os.path.join(tmp, name + ".jsonl")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gold-with-coords.py"), path, coords, out], check=True)
        path = out
    return path


def cases_of(marsad, gold_path, ones_path, tmp):
    """Training cases of one gold file: lists of (features dict, right?) per matched mention."""
    pred_path = os.path.join(tmp, os.path.basename(gold_path) + ".pred")
    env = dict(os.environ, MARSAD_RANKER=ones_path)
    subprocess.run([marsad, "extract", "-q", "--places-only", "--explain", "--candidates", "50", "--threads", "2",
                    "--jsonl", gold_path, "-o", pred_path], check=True, env=env)
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            gold[d["id"]] = d
    cases, mentions = [], 0
    for line in open(pred_path, encoding="utf-8"):
        r = json.loads(line)
        g = gold.get(r.get("id"))
        if not g or g.get("toponyms_annotated") is False:
            continue
        tops = [t for t in g.get("toponyms", []) if t.get("lat") is not None and not t.get("derived")]
        used = set()
        for p in r.get("places", []):
            if p.get("derived") or not p.get("candidates"):
                continue
            match = None
            for k, t in enumerate(tops):
                if k not in used and p["start"] < t["end"] and t["start"] < p["end"]:
                    match = k
                    break
            if match is None:
                continue
            used.add(match)
            t = tops[match]
            mentions += 1
            cc = (t.get("country_code") or "").upper()
            labelled = []
            for c in p["candidates"]:
                right = (t.get("geonameid") is not None and c["geonameid"] == t["geonameid"]) or \
                    haversine(c["lat"], c["lon"], t["lat"], t["lon"]) <= 161 or \
                    (cc and c["feature"].startswith("A.PCL") and c["country"] == cc)
                labelled.append((c["features"], bool(right)))
            if any(r_ for _, r_ in labelled) and not all(r_ for _, r_ in labelled):
                cases.append(labelled)
    return cases, mentions


def matrices(cases, names):
    """Per case: X (candidates x features), y (right mask)."""
    index = {n: i for i, n in enumerate(names)}
    out = []
    for labelled in cases:
        X = np.zeros((len(labelled), len(names)))
        y = np.zeros(len(labelled), dtype=bool)
        for j, (feats, right) in enumerate(labelled):
            for f, v in feats.items():
                X[j, index[f]] = v
            y[j] = right
        out.append((X, y))
    return out


def fit(per_file, names, l2, iters=50):
    """Newton's method on the penalised conditional log-likelihood; weights start at 1.0."""
    n = len(names)
    learn = np.array([f not in FIXED for f in names])
    w = np.ones(n)
    for _ in range(iters):
        grad = -2 * l2 * (w - 1)
        hess = -2 * l2 * np.eye(n)
        for data in per_file:
            scale = 1.0 / max(1, len(data))
            for X, y in data:
                s = X @ w
                s -= s.max()
                e = np.exp(s)
                p = e / e.sum()
                q = np.where(y, e, 0)
                q = q / q.sum()
                mp, mq = p @ X, q @ X
                grad += scale * (mq - mp)
                # Hessian of log sum_right - log sum_all: Cov_q(X) - Cov_p(X)
                cq = (X - mq).T @ ((X - mq) * q[:, None])
                cp = (X - mp).T @ ((X - mp) * p[:, None])
                hess += scale * (cq - cp)
        g = np.where(learn, grad, 0)
        H = hess[np.ix_(learn, learn)]
        step = np.zeros(n)
        try:
            step[learn] = np.linalg.solve(H, -g[learn])
        except np.linalg.LinAlgError:
            step[learn] = 0.1 * g[learn]
        # Newton steps on a concave objective; a damped step keeps it stable far from the optimum.
        step = np.clip(step, -1.0, 1.0)
        w += step
        if np.abs(step).max() < 1e-6:
            break
    return w


def search(per_file, names, rounds=4, steps=(0.5, 0.7, 0.85, 1.2, 1.4, 2.0), min_gain=0.005):
    """Coordinate search on the mean per-file top-1 accuracy, from the hand-set weights: a
    feature's weight moves by one of `steps` (a factor) when that raises the mean by at least
    min_gain and makes no file worse (accuracy is a step function of the weights, and the
    likelihood's optimum is not the most accurate scorer: see docs/ranker.md). A
    case or two of a small file (1/61 of news-events-dev is 0.004 of a four-file mean) moves
    nothing."""
    n = len(names)
    w = np.ones(n)
    def accs(v):
        return [accuracy(d, v)[0] for d in per_file]
    cur = accs(w)
    for _ in range(rounds):
        moved = False
        for k in range(n):
            if names[k] in FIXED:
                continue
            for f in steps:
                v = w.copy()
                v[k] *= f
                new = accs(v)
                if sum(new) / len(new) >= sum(cur) / len(cur) + min_gain and all(x >= y for x, y in zip(new, cur)):
                    cur, w, moved = new, v, True
        if not moved:
            break
    return w


def accuracy(data, w):
    """Top-1 accuracy over the cases (a tie goes to the first, as marsad's stable order would)."""
    right = sum(1 for X, y in data if y[int(np.argmax(X @ w))])
    return right / max(1, len(data)), right, len(data)


def read_weights(path, names):
    w = {n: 1.0 for n in names}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f, v = line.rstrip("\n").split("\t")[:2]
        if f in w:
            w[f] = float(v)
    return np.array([w[n] for n in names])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("build")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--gold", action="append", help="gold set name under ../shared/eval/dev (repeatable)")
    ap.add_argument("--l2", type=float, default=1.0, help="penalty pulling weights toward 1.0 (default 1.0)")
    ap.add_argument("--cv", action="store_true", help="also print a leave-one-file-out table")
    ap.add_argument("--method", choices=["logit", "search"], default="search",
                    help="search: coordinate search on accuracy (default); logit: penalised conditional logit")
    ap.add_argument("--eval-only", help="score this weights file offline instead of training")
    a = ap.parse_args()
    marsad = os.path.join(a.build, "tools", "marsad")
    if not os.access(marsad, os.X_OK):
        sys.exit(f"train-ranker: {marsad} not found (build first)")
    sets = a.gold or DEFAULT_GOLD
    with tempfile.TemporaryDirectory(prefix="marsad-ranker.") as tmp:
        ones = os.path.join(tmp, "ones.tsv")
        with open(ones, "w") as f:
            f.write("# all weights 1.0: the hand-set scorer\n")
        raw = {}
        for s in sets:
            cases, mentions = cases_of(marsad, gold_file(s, tmp), ones, tmp)
            raw[s] = cases
            print(f"train-ranker: {s}: {mentions} matched mentions, {len(cases)} with a choice to learn from",
                  file=sys.stderr)
    names = sorted({f for cases in raw.values() for labelled in cases for feats, _ in labelled for f in feats})
    data = {s: matrices(raw[s], names) for s in sets}
    hand = np.ones(len(names))
    if a.eval_only:
        w = read_weights(a.eval_only, names)
        for s in sets:
            print(f"{s:22s} hand {accuracy(data[s], hand)[0]:.3f}  {os.path.basename(a.eval_only)} {accuracy(data[s], w)[0]:.3f}")
        return
    if a.cv:
        print(f"{'left out':22s} {'cases':>6s} {'hand':>6s} {'learned':>8s}")
        for s in sets:
            others = [data[o] for o in sets if o != s]
            w = fit(others, names, a.l2) if a.method == "logit" else search(others, names)
            print(f"{s:22s} {len(data[s]):6d} {accuracy(data[s], hand)[0]:6.3f} {accuracy(data[s], w)[0]:8.3f}")
    w = fit([data[s] for s in sets], names, a.l2) if a.method == "logit" else search([data[s] for s in sets], names)
    how = f"conditional logit, L2 {a.l2} toward 1.0" if a.method == "logit" else "coordinate search on accuracy from 1.0"
    lines = [f"# marsad geoparser ranker v{VERSION}: one weight per resolution feature (score = sum of weight x value)",
             f"# trained {date.today().isoformat()} by scripts/train-ranker.py ({how})",
             "# data (cases with a choice; top-1 accuracy hand-set -> learned, on the training data):"]
    for s in sets:
        lines.append(f"#   {s}: {len(data[s])} cases, {accuracy(data[s], hand)[0]:.3f} -> {accuracy(data[s], w)[0]:.3f}")
    lines.append("# feature\tweight")
    for n, v in zip(names, w):
        if n not in FIXED:
            lines.append(f"{n}\t{v:.4f}")
    text = "\n".join(lines) + "\n"
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)
    print(text, end="")


if __name__ == "__main__":
    main()
