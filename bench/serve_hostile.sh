#!/usr/bin/env bash
# Issue 18's service measurements, on loopback, each bounded by DURATION:
#   1. 200 clients POSTing the example article (wrk) for DURATION seconds;
#   2. 260 slow clients, each sending one byte of a request every 3 s for DURATION seconds;
#   3. 260 slow bodies: each client sends a whole head at once, then one byte of its body
#      every 3 s for DURATION seconds;
#   4. 260 slow readers: each client asks for the largest answer of the base map's place
#      list (2,000 places, ~270 KB) with a 4 KiB receive buffer and 536-byte segments, then
#      reads 1 KiB of it every 3 s for DURATION seconds.
# For each: the server's RSS before and after (and the peak), and /healthz latency sampled
# every 0.5 s during the run, on the main port and on the separate --health-port.
#   bench/serve_hostile.sh [MARSAD] [DURATION_SECONDS]      (defaults: build/tools/marsad, 30)
# PHASES="wrk heads bodies readers" (the default) chooses the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
MARSAD="${1:-build/tools/marsad}"
DURATION="${2:-30}"
PHASES="${PHASES:-wrk heads bodies readers}"
export ARTICLE="$(pwd)/${ARTICLE:-examples/raqqa-negotiations.ar.txt}"
command -v wrk >/dev/null || { echo "serve_hostile: wrk is not installed (scripts/install-deps.sh)"; exit 1; }
tmp="$(mktemp -d)"
pid=""
cleanup() { if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" || true; fi; rm -rf "$tmp"; }
trap cleanup EXIT
"$MARSAD" serve --port 0 --health-port 0 --threads 256 >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 1 150); do grep -q listening "$tmp/out" 2>/dev/null && break; sleep 0.2; done
port="$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/out" | head -1 | sed 's/.*://')"
hport="$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/err" | head -1 | sed 's/.*://')"
[ -n "$port" ] || { echo "serve_hostile: server did not start"; cat "$tmp/err"; exit 1; }
url="http://127.0.0.1:$port"
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }  # MiB
# Samples /healthz on PORT every 0.5 s until killed: one line per sample, seconds or "timeout".
probe() {
  while :; do
    curl -s -o /dev/null -m 5 -w '%{time_total}\n' "http://127.0.0.1:$1/healthz" || echo timeout
    sleep 0.5
  done
}
summary() {  # summary FILE: count, median, max of the latencies (ms), timeouts (POSIX awk)
  local t
  t=$(grep -c timeout "$1" || true)
  grep -v timeout "$1" | sort -n | awk -v t="$t" '{v[n++] = $1 * 1000} END {
    if (n == 0) {printf "no answer (%d timeouts)", t; exit}
    printf "%d samples, median %.1f ms, max %.1f ms, %d timeouts", n, v[int((n - 1) / 2)], v[n - 1], t}'
}
measure() {  # measure LABEL COMMAND...
  local before peak=0 r
  before=$(rss)
  probe "$port" >"$tmp/main.lat" & local p1=$!
  if [ -n "$hport" ]; then probe "$hport" >"$tmp/health.lat" & local p2=$!; fi
  "${@:2}" &
  local load=$!
  while kill -0 "$load" 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r; sleep 1; done
  wait "$load" || true
  kill "$p1" ${p2:-} 2>/dev/null; wait "$p1" ${p2:-} 2>/dev/null || true
  sleep 2
  echo "$1: RSS before $before MiB, peak $peak MiB, after $(rss) MiB"
  echo "  /healthz on the main port during it: $(summary "$tmp/main.lat")"
  [ -n "$hport" ] && echo "  /healthz on --health-port during it: $(summary "$tmp/health.lat")"
  kill -0 "$pid" 2>/dev/null || { echo "serve_hostile: the server died"; cat "$tmp/err"; exit 1; }
}
slow_clients() {  # slow_clients head|body: 260 connections, one byte each every 3 s
  python3 - "$port" "$DURATION" "$1" <<'PY'
import socket, sys, time
port, duration, mode = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
head = b"POST /v1/extract HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n"
req = head + b"x" * 100000
socks, sent, end = [], [], time.time() + duration
for _ in range(260):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=5); socks.append(s); sent.append(0)
        if mode == "body":  # the whole head at once
            s.send(head); sent[-1] = len(head)
    except OSError:
        pass
closed = 0
while time.time() < end:
    for i, s in enumerate(socks):
        if s is None: continue
        try:
            s.send(req[sent[i]:sent[i] + 1]); sent[i] += 1
        except OSError:
            socks[i] = None; closed += 1
    time.sleep(3)
print(f"  slow clients: {len(sent)} connected, {closed} closed by the server within {duration:.0f} s")
PY
}
slow_readers() {  # 260 connections reading their answers 1 KiB every 3 s
  python3 - "$port" "$DURATION" <<'PY'
import socket, sys, time
port, duration = int(sys.argv[1]), float(sys.argv[2])
req = (b"GET /v1/gazetteer/places?bbox=-180,-90,180,90&zoom=10&limit=2000 HTTP/1.1\r\n"
       b"Host: localhost\r\n\r\n")
socks, got, end = [], [], time.time() + duration
for _ in range(260):
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        # A small segment size keeps the server's send buffer small too (on loopback, with
        # 64 KiB segments, the kernel takes a whole 270 KB answer and no writer waits).
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, 536)
        s.settimeout(5)
        s.connect(("127.0.0.1", port)); s.send(req); s.setblocking(False)
        socks.append(s); got.append(0)
    except OSError:
        pass
ended = 0
while time.time() < end:
    for i, s in enumerate(socks):
        if s is None: continue
        try:
            b = s.recv(1024)
            if not b: socks[i] = None; ended += 1
            got[i] += len(b)
        except BlockingIOError:
            pass
        except OSError:
            socks[i] = None; ended += 1
    time.sleep(3)
# A connection the server closes still delivers what its kernel buffers hold, at the
# client's pace: few reach their end within the run. The server's count is in /metrics.
print(f"  slow readers: {len(got)} connected, {sum(got) >> 10} KiB read in all, {ended} reached the end")
PY
  echo "  answers dropped by the server (not taken in time): $(curl -s "$url/metrics" |
    awk '/^marsad_http_responses_dropped_total/ {print $2}')"
}
echo "marsad serve on $url (health port ${hport:-none}), $(nproc) cores, ${DURATION}s per run"
wrk -t1 -c1 -d3s -s bench/serve/post_article.lua "$url" >/dev/null 2>&1 || true  # warm-up
for phase in $PHASES; do
  case "$phase" in
    wrk) measure "200 clients" wrk -t2 -c200 -d"${DURATION}s" --timeout 10s -s bench/serve/post_article.lua "$url" ;;
    heads) measure "260 slow clients" slow_clients head ;;
    bodies) measure "260 slow bodies" slow_clients body ;;
    readers) measure "260 slow readers" slow_readers ;;
    *) echo "serve_hostile: unknown phase $phase (wrk, heads, bodies, readers)"; exit 2 ;;
  esac
done
