#!/usr/bin/env bash
# The events corpus check (issue 13): runs `marsad extract` over the developers' corpus
# (../shared/corpus/saudinewsnet_ar_conflict.jsonl, 3,687 Arabic articles) and reports
# events per article, the share of events with a date, the largest fatalities and the
# number of events above 1,000 fatalities (with their evidence, to see whose toll it is).
#   scripts/corpus-check.sh BUILD_DIR [CORPUS.jsonl] [extra marsad extract options]
# Environment: MARSAD_CORPUS (the corpus file), THREADS (default 2), KEEP=FILE keeps the
# extract output there. The corpus is not part of a clone of marsad: without it the
# script says so and exits 0.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 BUILD_DIR [CORPUS.jsonl] [marsad extract options]" >&2
  exit 2
fi
build=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${MARSAD_CORPUS:-$root/../shared/corpus/saudinewsnet_ar_conflict.jsonl}
if [[ $# -gt 0 && $1 != -* ]]; then
  corpus=$1
  shift
fi
marsad=$build/tools/marsad
[[ -x $marsad ]] || marsad=$build/marsad

if [[ ! -f $corpus ]]; then
  echo "corpus-check: no corpus at $corpus (../shared is not part of a marsad clone); nothing to do."
  exit 0
fi
if [[ ! -x $marsad ]]; then
  echo "corpus-check: no marsad binary under $build (build it first)" >&2
  exit 1
fi

out=${KEEP:-$(mktemp)}
[[ -n ${KEEP:-} ]] || trap 'rm -f "$out"' EXIT
start=$(date +%s.%N)
"$marsad" extract --jsonl --quiet --threads "${THREADS:-2}" -o "$out" "$@" "$corpus"
end=$(date +%s.%N)

python3 - "$out" "$corpus" "$start" "$end" <<'PY'
import json, sys

out, corpus, start, end = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
docs = errors = events = dated = day_dated = fallback = with_toll = 0
toll_sum = 0
per_type = {}
big = []  # (fatalities, id, event_type, evidence)
with open(out, encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        docs += 1
        if "error" in r:
            errors += 1
            continue
        for e in r.get("events") or []:
            events += 1
            if e.get("date"):
                dated += 1
                if e.get("date_precision", "day") == "day":
                    day_dated += 1
                if e.get("date_source") == "published":
                    fallback += 1
            fat = e.get("fatalities") or 0
            if fat:
                with_toll += 1
                toll_sum += fat
            t = e.get("event_type") or "-"
            per_type[t] = per_type.get(t, 0) + 1
            big.append((fat, r.get("id", ""), t + " / " + (e.get("sub_event_type") or "-"),
                        " ".join((e.get("evidence") or "").split())[:160]))

def ratio(n, d):
    return "%.3f %d/%d" % (n / d if d else 0.0, n, d)

print("# corpus-check: %s, %.1f s" % (corpus, end - start))
print("articles %d" % docs)
print("extraction_errors %d" % errors)
print("events %d" % events)
print("events_per_article %.3f %d/%d" % (events / docs if docs else 0.0, events, docs))
print("events_dated " + ratio(dated, events))
print("events_dated_day " + ratio(day_dated, events))
print("events_dated_from_published " + ratio(fallback, events))
print("events_with_fatalities " + ratio(with_toll, events))
print("fatalities_sum %d" % toll_sum)
big.sort(key=lambda x: -x[0])
print("fatalities_max %d" % (big[0][0] if big else 0))
above = [b for b in big if b[0] > 1000]
print("events_above_1000_fatalities %d" % len(above))
for t, n in sorted(per_type.items(), key=lambda x: -x[1]):
    print("type %s %d" % (t.replace(" ", "_"), n))
print("# the largest fatalities (toll, article, type, evidence):")
for fat, doc, t, ev in big[:10]:
    if fat == 0:
        break
    print("  %d\t%s\t%s\t%s" % (fat, doc, t, ev))
PY
