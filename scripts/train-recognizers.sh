#!/usr/bin/env bash
# Retrains the place recognizer models data/models/places-{ar,en}.bin (issue 7) from the
# development gold in ../shared/eval/dev (override: MARSAD_EVAL_DIR). Deterministic: the
# same data, seed and marsad give byte-identical models.
#
#   scripts/train-recognizers.sh [BUILD_DIR]
#
# Every 10th document of each --train file (0-based index % 10 == 9, i.e. lines 10, 20, ...)
# is held out and never trained on; score it with e.g.
#   awk 'NR % 10 == 0' ../shared/eval/dev/lgl.en.jsonl > lgl.held.jsonl
#   marsad eval --gold lgl.held.jsonl --recognizer combined
# Arabic: 20 epochs, chosen on idrisi-d-train.ar (--dev: never trained on; its score still
# rose at epoch 18-20). idrisi-d-train.ar shares 110 texts with the idrisi-r held-out part;
# without them the dev curve is the same (peak at 19-20), so the choice does not lean on
# held-out data. English: the default 10 epochs (no independent dev set).
set -euo pipefail
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
D=${MARSAD_EVAL_DIR:-$ROOT/../shared/eval/dev}
M="$BUILD/tools/marsad"
"$M" train-recognizer --lang ar --epochs 20 --seed 1 \
  --train "$D/anercorp-train.ar.jsonl" --train "$D/idrisi-r-train.ar.jsonl" \
  --dev "$D/idrisi-d-train.ar.jsonl" -o "$ROOT/data/models/places-ar.bin"
"$M" train-recognizer --lang en --epochs 10 --seed 1 \
  --train "$D/lgl.en.jsonl" --train "$D/idrisi-d-train.en.jsonl" -o "$ROOT/data/models/places-en.bin"
