#!/usr/bin/env bash
# `make package` (CPack, Debian package): builds the .deb, unpacks it into a temporary
# root with dpkg-deb and runs the example with the unpacked <root>/usr/bin/marsad, which
# must find <root>/usr/share/marsad/data by itself and give the build tree's result.
# Skipped with a message when dpkg-deb or cpack is absent or the gazetteer index is not
# built (make gazetteer).
# Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; SRC="$(cd "$2" && pwd)"; BUILD="$(cd "$3" && pwd)"
export LC_ALL=C.UTF-8
unset MARSAD_DATA MARSAD_GAZETTEER
command -v dpkg-deb >/dev/null 2>&1 || { echo "SKIP: dpkg-deb not found (not a Debian system)"; exit 0; }
command -v cpack >/dev/null 2>&1 || { echo "SKIP: cpack not found (Debian cmake)"; exit 0; }
[ -f "$SRC/data/gazetteer/default.mgz" ] ||
  { echo "SKIP: no gazetteer index at $SRC/data/gazetteer/default.mgz (make gazetteer)"; exit 0; }
TMP="$(mktemp -d "$BUILD/package-test.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

if (cd "$BUILD" && cpack -G DEB -B "$TMP/out") >"$TMP/cpack.log" 2>&1; then ok "cpack -G DEB"; else
  bad "cpack"; tail -30 "$TMP/cpack.log"; exit 1; fi
deb=$(ls "$TMP"/out/marsad_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] && ok "package $(basename "$deb")" || { bad "no .deb in $TMP/out"; ls -R "$TMP/out"; exit 1; }
info=$(dpkg-deb -I "$deb")
grep -q '^ Package: marsad$' <<<"$info" && ok "control: Package" || bad "control: no Package: marsad"
grep -Eq '^ Depends: .*libicu72' <<<"$info" && ok "control: Depends has libicu72 (dpkg-shlibdeps)" ||
  { bad "control: Depends lacks libicu72"; printf '%s\n' "$info"; }
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/marsad ./usr/share/marsad/data/gazetteer/default.mgz ./usr/share/marsad/web/index.html; do
  grep -q " $f$" <<<"$contents" && ok "contains $f" || bad "missing $f"
done

R="$TMP/root"
dpkg-deb -x "$deb" "$R" || { bad "dpkg-deb -x"; exit 1; }
EX="$SRC/examples/raqqa-negotiations.ar.txt"
"$MARSAD" extract "$EX" >"$TMP/build.json" 2>/dev/null
"$R/usr/bin/marsad" extract "$EX" >"$TMP/deb.json" 2>"$TMP/deb.err"; rc=$?
[ "$rc" -eq 0 ] && ok "unpacked marsad extract exits 0" || { bad "unpacked marsad extract exit $rc"; cat "$TMP/deb.err"; }
cmp -s "$TMP/build.json" "$TMP/deb.json" && ok "same output as the build tree" || bad "output differs from the build tree"
rm "$R/usr/share/marsad/data/gazetteer/default.mgz"
"$R/usr/bin/marsad" extract "$EX" >/dev/null 2>"$TMP/noidx.err"; rc=$?
[ "$rc" -ne 0 ] && grep -q "$R/usr/share/marsad/data/gazetteer/default.mgz" "$TMP/noidx.err" &&
  ok "reads its own data: without the unpacked index it fails naming it" ||
  { bad "without the unpacked index: exit $rc"; cat "$TMP/noidx.err"; }
exit $fail
