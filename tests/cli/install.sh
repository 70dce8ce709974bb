#!/usr/bin/env bash
# `make install` (cmake --install) into a temporary prefix: the installed binary runs the
# example from there with its own data (<prefix>/share/marsad/data, found relative to
# <prefix>/bin/marsad, no MARSAD_DATA) and gives the same result as the build tree; the
# map page and its npm assets are served from the prefix. Skipped with a message when the
# default gazetteer index is not built (make gazetteer).
# Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; SRC="$(cd "$2" && pwd)"; BUILD="$(cd "$3" && pwd)"
export LC_ALL=C.UTF-8
unset MARSAD_DATA MARSAD_GAZETTEER
[ -f "$SRC/data/gazetteer/default.mgz" ] ||
  { echo "SKIP: no gazetteer index at $SRC/data/gazetteer/default.mgz (make gazetteer)"; exit 0; }
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed (the HTTP check uses it)"; exit 0; }
TMP="$(mktemp -d "$BUILD/install-test.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid"; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

P="$TMP/prefix"
if cmake --install "$BUILD" --prefix "$P" >"$TMP/install.log" 2>&1; then ok "cmake --install"; else
  bad "cmake --install"; cat "$TMP/install.log"; exit 1; fi
for f in bin/marsad share/man/man1/marsad.1 share/bash-completion/completions/marsad \
         share/marsad/data/gazetteer/default.mgz share/marsad/web/index.html \
         share/marsad/third_party/npm/node_modules/leaflet/dist/leaflet.js; do
  [ -e "$P/$f" ] && ok "installed $f" || bad "not installed: $f"
done
# The prefix does not depend on the source tree: move it.
mv "$P" "$TMP/moved"; P="$TMP/moved"

EX="$SRC/examples/raqqa-negotiations.ar.txt"
"$MARSAD" extract "$EX" >"$TMP/build.json" 2>"$TMP/build.err" || { bad "build-tree marsad failed"; cat "$TMP/build.err"; }
"$P/bin/marsad" extract "$EX" >"$TMP/inst.json" 2>"$TMP/inst.err"; rc=$?
[ "$rc" -eq 0 ] && ok "installed marsad extract exits 0" || { bad "installed marsad extract exit $rc"; cat "$TMP/inst.err"; }
grep -q '"geonameid"' "$TMP/inst.json" && ok "installed marsad finds places" || bad "no place in the installed output"
cmp -s "$TMP/build.json" "$TMP/inst.json" && ok "same output as the build tree" || bad "output differs from the build tree"

# The Python module, when the build has it, imports from the prefix and uses its data.
PYDIR="$P/lib/python3/dist-packages"
if [ -f "$PYDIR/marsad/__init__.py" ] && [ -x /usr/bin/python3 ]; then
  out=$(cd / && PYTHONPATH="$PYDIR" /usr/bin/python3 -c 'import marsad, sys
r = marsad.Extractor().extract(open(sys.argv[1], encoding="utf-8").read())
print(marsad.default_data_dir(), any(p.get("geonameid") == 172955 for p in r["places"]))' "$EX" 2>&1)
  [ "$out" = "$P/share/marsad/data True" ] && ok "installed Python module: its data, Raqqa found" ||
    bad "installed Python module: [$out]"
else
  echo "skip: no Python module in the prefix (built without pybind11-dev)"
fi

# It reads the installed data, not the source tree's: without the installed index it fails
# and names the installed path.
mv "$P/share/marsad/data/gazetteer/default.mgz" "$TMP/idx.mgz"
"$P/bin/marsad" extract "$EX" >/dev/null 2>"$TMP/noidx.err"; rc=$?
[ "$rc" -ne 0 ] && grep -q "$P/share/marsad/data/gazetteer/default.mgz" "$TMP/noidx.err" &&
  ok "without the installed index: exit $rc, names $P/share/marsad/data/gazetteer/default.mgz" ||
  { bad "without the installed index: exit $rc"; cat "$TMP/noidx.err"; }
# MARSAD_GAZETTEER and MARSAD_DATA override.
MARSAD_GAZETTEER="$TMP/idx.mgz" "$P/bin/marsad" extract "$EX" >"$TMP/env.json" 2>/dev/null
cmp -s "$TMP/build.json" "$TMP/env.json" && ok "MARSAD_GAZETTEER=FILE" || bad "MARSAD_GAZETTEER=FILE output differs"
mv "$TMP/idx.mgz" "$P/share/marsad/data/gazetteer/default.mgz"
MARSAD_DATA="$TMP/nowhere" "$P/bin/marsad" extract "$EX" >/dev/null 2>"$TMP/data.err"; rc=$?
[ "$rc" -ne 0 ] && grep -q "$TMP/nowhere" "$TMP/data.err" && ok "MARSAD_DATA=DIR is used (exit $rc)" ||
  { bad "MARSAD_DATA=DIR ignored (exit $rc)"; cat "$TMP/data.err"; }

# The map page and a vendored asset come from the prefix.
"$P/bin/marsad" serve --port 0 >"$TMP/serve.out" 2>"$TMP/serve.err" &
server_pid=$!
port=""
for _ in $(seq 1 100); do
  port="$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/serve.out" 2>/dev/null | head -1 | sed 's/.*://')"
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then bad "installed marsad serve did not start"; cat "$TMP/serve.err"; exit 1; fi
for u in / /vendor/leaflet/leaflet.js /vendor/world-atlas/countries-110m.json; do
  code=$(python3 -c 'import sys,urllib.request
try: print(urllib.request.urlopen(sys.argv[1]).status)
except Exception as e: print(getattr(e, "code", e))' "http://127.0.0.1:$port$u")
  [ "$code" = 200 ] && ok "serve $u from the prefix" || bad "serve $u: $code"
done
exit $fail
