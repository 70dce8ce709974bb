#!/usr/bin/env bash
# `--recognizer combined` (issue 15 §1): the trained model's veto does not remove an Arabic
# place that the model confirms elsewhere in the text, nor a place of a province it
# confirms (Aden named again, its districts), and the three modes are accepted.
# Uses the default index (or $MARSAD_GAZETTEER) and data/models/places-ar.bin; skips
# without them. Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; SRC="$2"; BUILD="$3"
TMP="$(mktemp -d "$BUILD/recognizer-cli.XXXXXX")"
[ -n "${KEEP_TMP:-}" ] || trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
. "$(dirname "$0")/lib/checks.sh"

"$MARSAD" extract --recognizer nonsense -q - </dev/null >/dev/null 2>"$TMP/bad.err"; rc=$?
check "--recognizer nonsense: exit 2" "$rc" 2

INDEX="${MARSAD_GAZETTEER:-$SRC/data/gazetteer/default.mgz}"
if [ ! -f "$INDEX" ] || [ ! -f "$SRC/data/models/places-ar.bin" ]; then
  echo "SKIP (the rest): no gazetteer index at $INDEX or no data/models/places-ar.bin"; exit $fail
fi
cd "$SRC" || exit 1
# Written for this test: Aden three times, then three of its districts.
cat >"$TMP/aden.txt" <<'T'
قال المتحدث إن القوات استعادت السيطرة على مدينة عدن بعد معارك عنيفة مع الحوثيين. وأضاف أن إقليم عدن يضم عدن وأبين ولحج والضالع، وأن المعارك انتقلت إلى المعلا والتواهي وكريتر.
T
for mode in gazetteer combined; do
  "$MARSAD" extract --index "$INDEX" --places-only --lang ar --format csv -q --recognizer "$mode" "$TMP/aden.txt" \
    >"$TMP/$mode.csv"; rc=$?
  check "--recognizer $mode: exit 0" "$rc" 0
done
n=$(grep -c ',عدن,Aden,' "$TMP/combined.csv")
check "combined keeps every mention of Aden the model confirms once" "$n" 2
for d in 'المعلا' 'والتواهي' 'وكريتر'; do
  grep -q ",$d," "$TMP/combined.csv" && ok "combined keeps the Aden district $d" || bad "combined dropped $d"
done
exit $fail
