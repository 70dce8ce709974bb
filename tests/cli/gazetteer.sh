#!/usr/bin/env bash
# marsad gazetteer build/info/lookup on the GeoNames fixtures (tests/fixtures/geonames).
# Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; SRC="$2"; BUILD="$3"
FX="$SRC/tests/fixtures/geonames"
TMP="$(mktemp -d "$BUILD/gazetteer-cli.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
fail=0
check() {  # check NAME EXPECTED-REGEX OUTPUT
  if grep -Eq -- "$2" <<<"$3"; then echo "ok: $1"; else echo "FAIL: $1: /$2/ not in:"; printf '%s\n' "$3" | head -20; fail=1; fi
}
IDX="$TMP/fx.mgz"
build_args=(--allcountries "$FX/allCountries.txt" --alternate-names "$FX/alternateNamesV2.txt"
  --admin1 "$FX/admin1CodesASCII.txt" --country-info "$FX/countryInfo.txt" --supplement "$FX/supplement.txt")

out=$("$MARSAD" gazetteer build "${build_args[@]}" --data-version fixtures -o "$IDX" 2>&1); rc=$?
check "build exits 0" '^0$' "$rc"
check "bad line reported with file:line" 'allCountries.txt:8: expected 19 tab-separated columns, found 18' "$out"
check "out-of-range latitude reported" "allCountries.txt:13: latitude" "$out"
check "progress on stderr" 'places [0-9]+, keys [0-9]+' "$out"
[ -f "$IDX" ] || { echo "FAIL: no index written"; fail=1; }
ls "$TMP" | grep -q tmp && { echo "FAIL: temporary file left behind"; fail=1; }

out=$("$MARSAD" gazetteer build "${build_args[@]}" --strict -o "$TMP/strict.mgz" 2>&1); rc=$?
check "strict build fails with exit 1" '^1$' "$rc"
check "strict names the line" 'countryInfo.txt:9:' "$out"
[ -f "$TMP/strict.mgz" ] && { echo "FAIL: strict build wrote an index"; fail=1; }

out=$("$MARSAD" gazetteer build -o "$TMP/none.mgz" 2>&1); rc=$?
check "build without inputs is a usage error" '^2$' "$rc"

out=$("$MARSAD" gazetteer info "$IDX" 2>&1)
check "info: version" '^format_version: 3$' "$out"
check "info: data version" '^data_version: fixtures$' "$out"
check "info: places" '^places: 28$' "$out"
check "info: sources" 'allCountries.txt[[:space:]]+records=23[[:space:]]+xxh64=[0-9a-f]{16}' "$out"

out=$("$MARSAD" gazetteer lookup --index "$IDX" الرقة 2>&1)
check "lookup الرقة → 172955 first" '^1\. 172955 ' "$out"
out=$("$MARSAD" gazetteer lookup "$IDX" بالرقة 2>&1)
check "lookup [FILE] NAME with a clitic → 172955" '^1\. 172955 .*PPLA' "$out"
out=$("$MARSAD" gazetteer lookup --index "$IDX" "دير الزور" 2>&1)
check "lookup دير الزور → city first" '^1\. 170794 ' "$out"
out=$("$MARSAD" gazetteer lookup --index "$IDX" "Deir ez" 2>&1)
check "lookup of a word prefix lists completions" '170794' "$out"
out=$("$MARSAD" gazetteer lookup --index "$IDX" Syria --json 2>&1)
check "lookup --json" '"geonameid":163843' "$out"
check "lookup --json country" '"feature_code":"PCLI"' "$out"
out=$("$MARSAD" gazetteer lookup --index "$IDX" Damascus --limit 1 2>&1)
check "lookup --limit" '^1\. 170654 ' "$out"
[ "$(printf '%s\n' "$out" | grep -c '^[0-9]')" = 1 ] || { echo "FAIL: --limit 1 printed more"; fail=1; }
out=$("$MARSAD" gazetteer lookup --index "$IDX" Atlantis 2>&1); rc=$?
check "no match exits 1" '^1$' "$rc"

head -c 1000 "$IDX" > "$TMP/trunc.mgz"
out=$("$MARSAD" gazetteer info "$TMP/trunc.mgz" 2>&1); rc=$?
check "truncated index: exit 1" '^1$' "$rc"
check "truncated index: clear error" 'truncated' "$out"
out=$("$MARSAD" gazetteer info "$TMP/missing.mgz" 2>&1); rc=$?
check "missing index: exit 1" '^1$' "$rc"
exit $fail
