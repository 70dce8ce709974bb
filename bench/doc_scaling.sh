#!/usr/bin/env bash
# CPU time of `marsad extract` on single documents of 1, 2, 4, 8 and 16 MB (corpus articles
# joined into one text), full and --places-only: the stages must stay near-linear in the
# document's length (issue 18: 8 MB took 6.5 s and 16 MB 32 s when the event stage scanned
# every actor, place, date and count for each sentence).
#   bench/doc_scaling.sh [BUILD_DIR] [SIZES...]     (default build, 1 2 4 8 16)
# Corpus: ../shared/corpus/saudinewsnet_ar_conflict.jsonl (override: MARSAD_BENCH_CORPUS);
# skipped with a message, exit 0, when absent. One thread, no size or time budget.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
shift || true
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1 2 4 8 16)
CORPUS=${MARSAD_BENCH_CORPUS:-$ROOT/../shared/corpus/saudinewsnet_ar_conflict.jsonl}
INDEX=${MARSAD_GAZETTEER:-$ROOT/data/gazetteer/default.mgz}
if [ ! -f "$CORPUS" ]; then
  echo "doc_scaling: corpus $CORPUS not found; skipping (nothing to measure)" >&2
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for mb in "${SIZES[@]}"; do
  python3 - "$CORPUS" "$mb" >"$tmp/doc$mb.jsonl" <<'PY'
import json, sys
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
out, n, i = [], 0, 0
while n < float(sys.argv[2]) * 1e6:
    t = texts[i % len(texts)]; out.append(t); n += len(t.encode()); i += 1
print(json.dumps({"id": "doc", "text": "\n\n".join(out), "published": "2015-07-21"}, ensure_ascii=False))
PY
  for mode in full places-only; do
    flags=(-q --index "$INDEX" --threads 1 --max-doc-mib 0 --max-doc-seconds 0)
    [ "$mode" = full ] || flags+=(--places-only)
    /usr/bin/time -f "%U %S %M" -o "$tmp/t" "$BUILD/tools/marsad" extract "${flags[@]}" "$tmp/doc$mb.jsonl" >/dev/null
    read -r u s m <"$tmp/t"
    printf 'doc_scaling: %3s MB %-12s CPU %6.2f s  peak RSS %4d MB\n' "$mb" "$mode" "$(echo "$u + $s" | awk '{print $1 + $3}')" $((m / 1024))
  done
done
