#!/usr/bin/env bash
# Runs `marsad eval` over every toponym file in ../shared/eval/dev/ and the example
# article's gold, and prints the metrics table. A set with a convention of its own in
# data/eval/conventions.tsv (LGL: demonyms and places inside organisation names) gets a second
# row, '<name> (own guide)', scored by it; the first row is marsad's default.
#   scripts/eval-dev.sh BUILD_DIR [extra marsad eval options, e.g. --top 30 --errors F]
# The development gold is not part of a clone of marsad: without ../shared/eval the
# script says so and exits 0.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 BUILD_DIR [marsad eval options]" >&2
  exit 2
fi
build=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${MARSAD_EVAL_DIR:-$root/../shared/eval}
marsad=$build/tools/marsad
[[ -x $marsad ]] || marsad=$build/marsad

if [[ ! -d $eval_dir ]]; then
  echo "eval-dev: no evaluation data at $eval_dir (it is not part of a marsad clone); nothing to do."
  exit 0
fi
if [[ ! -x $marsad ]]; then
  echo "eval-dev: no marsad binary under $build (build it first)" >&2
  exit 1
fi

# Gold coordinates kept in this repository for a set that has only spans
# (data/eval/<set>.coords.tsv, hand-checked: scripts/gold-with-coords.py): the set is scored
# from a copy with them filled in, for resolution and end to end.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/marsad-eval-dev.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

gold=()
for f in "$eval_dir"/dev/*.jsonl; do
  [[ -e $f ]] || continue
  coords=$root/data/eval/$(basename "$f" .jsonl).coords.tsv
  if [[ -e $coords ]]; then
    python3 "$root/scripts/gold-with-coords.py" "$f" "$coords" "$tmp/$(basename "$f")"
    f=$tmp/$(basename "$f")
  fi
  # Skip files without place gold (every document says "toponyms_annotated": false).
  total=$(grep -c . "$f" || true)
  unannotated=$(grep -c '"toponyms_annotated": *false' "$f" || true)
  if [[ $total -gt 0 && $unannotated -eq $total ]]; then
    echo "eval-dev: skipping $(basename "$f") (no toponym gold)" >&2
    continue
  fi
  gold+=(--gold "$f")
done
[[ -e $eval_dir/raqqa-negotiations.gold.json ]] && gold+=(--gold "$eval_dir/raqqa-negotiations.gold.json")
if [[ ${#gold[@]} -eq 0 ]]; then
  echo "eval-dev: no gold files under $eval_dir; nothing to do."
  exit 0
fi

[[ -e $root/data/eval/conventions.tsv ]] && gold+=(--conventions "$root/data/eval/conventions.tsv")

threads=$(nproc 2>/dev/null || echo 1)
"$marsad" eval "${gold[@]}" --threads "$threads" "$@"
