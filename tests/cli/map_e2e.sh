#!/usr/bin/env bash
# The map page end to end in headless Chromium (tests/e2e/*.test.mjs): starts
# `marsad serve` on a free loopback port (and a second one with --token-file for
# token.test.mjs), runs the browser tests, keeps the screenshots and exports as artifacts
# (<build>/artifacts/map_e2e.png and <build>/artifacts/map/), then stops the server with
# SIGTERM and checks it exits cleanly.
#   bash tests/cli/map_e2e.sh MARSAD SOURCE_DIR BUILD_DIR
set -uo pipefail
MARSAD="$1"
SOURCE_DIR="$(cd "$2" && pwd)"
BUILD_DIR="$(cd "$3" && pwd)"
export LC_ALL=C.UTF-8
index="${MARSAD_GAZETTEER:-$SOURCE_DIR/data/gazetteer/default.mgz}"
if [ ! -f "$index" ]; then
  echo "SKIP map_e2e: no gazetteer index at $index (build it with \`make gazetteer\`)"
  exit 0
fi
for need in /usr/bin/chromium "$SOURCE_DIR/third_party/npm/node_modules/playwright-core" \
            "$SOURCE_DIR/third_party/npm/node_modules/leaflet" \
            "$SOURCE_DIR/third_party/npm/node_modules/leaflet.markercluster"; do
  if [ ! -e "$need" ]; then
    echo "FAIL map_e2e: $need is missing (run scripts/install-deps.sh)"
    exit 1
  fi
done
tmp="$(mktemp -d)"
server_pid=""
token_pid=""
cleanup() {
  for p in $server_pid $token_pid; do
    if kill -0 "$p" 2>/dev/null; then kill "$p"; wait "$p"; fi
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

# start_server OUT ERR ARGS...: starts marsad serve on a free port; sets $pid and $port.
start_server() {
  local out="$1" err="$2"
  shift 2
  "$MARSAD" serve --port 0 --index "$index" "$@" >"$out" 2>"$err" &
  pid=$!
  port=""
  for _ in $(seq 1 100); do
    port="$(grep -o 'http://127.0.0.1:[0-9]*' "$out" 2>/dev/null | head -1 | sed 's/.*://')"
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "FAIL map_e2e: marsad serve $* did not start"
    cat "$err"
    exit 1
  fi
}
start_server "$tmp/out" "$tmp/err"
server_pid=$pid
server_port=$port
# A second server that needs a bearer token (tests/e2e/token.test.mjs).
token="e2e-$(date +%s%N)-token"
printf '%s\n' "$token" >"$tmp/token"
start_server "$tmp/token_out" "$tmp/token_err" --token-file "$tmp/token"
token_pid=$pid
token_port=$port
mkdir -p "$BUILD_DIR/artifacts"
shot="$BUILD_DIR/artifacts/map_e2e.png"
more="$BUILD_DIR/artifacts/map"
rm -rf "$shot" "$more"
mkdir -p "$more"
# One test file at a time: two Chromiums at once are too much for a small machine.
MARSAD_URL="http://127.0.0.1:$server_port" MARSAD_TOKEN_URL="http://127.0.0.1:$token_port" MARSAD_TOKEN="$token" \
  MARSAD_SOURCE_DIR="$SOURCE_DIR" MARSAD_SCREENSHOT="$shot" MARSAD_ARTIFACTS="$more" \
  timeout 600 node --test --test-concurrency=1 --test-reporter=spec \
  "$SOURCE_DIR/tests/e2e/map.test.mjs" "$SOURCE_DIR/tests/e2e/dataset.test.mjs" "$SOURCE_DIR/tests/e2e/token.test.mjs"
rc=$?
fail=0
if [ $rc -ne 0 ]; then echo "FAIL browser tests (exit $rc)"; fail=1; else echo "ok   browser tests"; fi
for f in "$shot" "$more/map_40_documents.png" "$more/map_filter_syria.png" "$more/map_time_slider.png" \
         "$more/selection.geojson" "$more/selection.csv"; do
  if [ -s "$f" ]; then echo "ok   artifact saved: $f"; else echo "FAIL artifact missing: $f"; fail=1; fi
done

# The token server tells how to open the page with the token, without printing the token.
if grep -q '/#token=TOKEN' "$tmp/token_err" && ! grep -qF "$token" "$tmp/token_out" "$tmp/token_err"; then
  echo "ok   token server: the map page's address is explained, the token not printed"
else
  echo "FAIL token server's messages:"; cat "$tmp/token_out" "$tmp/token_err"; fail=1
fi

# Graceful shutdown: SIGTERM ends the server with exit code 0.
kill -TERM "$server_pid"
wait "$server_pid"
src=$?
server_pid=""
if [ $src -eq 0 ] && grep -q "stopped" "$tmp/err"; then echo "ok   SIGTERM: clean exit"; else
  echo "FAIL SIGTERM: exit $src"; cat "$tmp/err"; fail=1; fi
exit $fail
