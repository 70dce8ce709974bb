#!/usr/bin/env bash
# Load test of `marsad serve` on loopback with wrk: the example article POSTed to
# /v1/extract at 1, 8, 64 and 200 connections (requests/s, p50/p99 latency, statuses),
# the server's RSS before and after, then a run mixing malformed and oversized requests.
# Traffic goes to 127.0.0.1 only; every wrk run is bounded by DURATION.
#   bench/serve_bench.sh [MARSAD] [DURATION_SECONDS]      (defaults: build/tools/marsad, 60)
set -euo pipefail
cd "$(dirname "$0")/.."
MARSAD="${1:-build/tools/marsad}"
DURATION="${2:-60}"
ARTICLE="${ARTICLE:-examples/raqqa-negotiations.ar.txt}"
LEVELS="${LEVELS:-1 8 64 200}"
command -v wrk >/dev/null || { echo "serve_bench: wrk is not installed (scripts/install-deps.sh)"; exit 1; }
[ -x "$MARSAD" ] || { echo "serve_bench: no marsad binary at $MARSAD"; exit 1; }
export ARTICLE="$(pwd)/$ARTICLE" OVERSIZE=$((1100 * 1024))

tmp="$(mktemp -d)"
pid=""
cleanup() { if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" || true; fi; rm -rf "$tmp"; }
trap cleanup EXIT
# 1 MiB body limit so the oversized requests of the mixed run stay cheap to send.
"$MARSAD" serve --port 0 --max-body-mib 1 --threads 256 >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 1 100); do grep -q listening "$tmp/out" 2>/dev/null && break; sleep 0.1; done
port="$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/out" | sed 's/.*://')"
[ -n "$port" ] || { echo "serve_bench: server did not start"; cat "$tmp/err"; exit 1; }
url="http://127.0.0.1:$port"
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }  # KiB
rss_parts() { awk '/RssAnon|RssFile/ {printf "%s %d MiB  ", $1, $2 / 1024}' "/proc/$pid/status"; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.1f", (b - a) * 100 / a}'; }
five_xx=0  # 5xx other than the 503 of the concurrency cap, over all runs

echo "marsad serve on $url, $(nproc) cores, ${DURATION}s per level, article $(wc -c <"$ARTICLE") bytes"
# Warm-up before "RSS before": the gazetteer is memory-mapped, and the pages a request
# touches first count in RSS (RssFile) from then on; that is page cache mapped once, not
# growth of the server's memory. A few seconds on one connection touch what the article
# needs (measured: RssFile stays flat after the first request).
wrk -t1 -c1 -d"${WARMUP:-3}s" -s bench/serve/post_article.lua "$url" >/dev/null 2>&1 || true
rss0="$(rss)"
echo "RSS before (after a ${WARMUP:-3}s warm-up on 1 connection): $((rss0 / 1024)) MiB ($(rss_parts))"
# rss_MiB: after the run (its connections closed, 1 s to settle); peak_MiB: the highest
# RSS sampled each second during the run, the connections' working set included.
printf "%-12s %10s %10s %10s %8s %8s %8s %8s %8s %8s %8s\n" conns req/s p50_ms p99_ms 2xx 4xx 503 5xx errors rss_MiB peak_MiB
run() {  # run LABEL SCRIPT CONNS
  local threads=$(( $3 < 2 ? 1 : 2 ))
  : >"$tmp/samples"
  (while kill -0 "$pid" 2>/dev/null; do rss >>"$tmp/samples"; sleep 1; done) &
  local sampler=$!
  wrk -t"$threads" -c"$3" -d"${DURATION}s" --timeout 10s -s "$2" "$url" >"$tmp/wrk.txt" 2>&1 || true
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  sleep 1
  peak=$(sort -n "$tmp/samples" | tail -1)
  peak=$(( ${peak:-0} > $(rss) ? ${peak:-0} : $(rss) ))
  local rps p50 p99 st err
  rps="$(awk '/Requests\/sec/ {print $2}' "$tmp/wrk.txt")"
  p50="$(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' "$tmp/wrk.txt")"
  p99="$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' "$tmp/wrk.txt")"
  st="$(grep '^STATUS' "$tmp/wrk.txt" | sed 's/STATUS //; s/[a-z0-9]*=//g')"
  err="$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' "$tmp/wrk.txt")"
  printf "%-12s %10s %10s %10s %8s %8s %8s %8s %8s %8s %8s\n" "$1" "$rps" "$p50" "$p99" $st "${err:-0}" \
    "$(( $(rss) / 1024 ))" "$(( peak / 1024 ))"
  five_xx=$(( five_xx + $(sed -n 's/.*other5xx=\([0-9]*\).*/\1/p' "$tmp/wrk.txt") ))
  if ! kill -0 "$pid" 2>/dev/null; then echo "serve_bench: the server died"; cat "$tmp/err"; exit 1; fi
  cp "$tmp/wrk.txt" "$tmp/last-$1.txt"
}
for c in $LEVELS; do run "$c" bench/serve/post_article.lua "$c"; done
rss1="$(rss)"; peak1=$peak
echo "RSS after the article runs (the last: ${DURATION}s at ${LEVELS##* } connections): $((rss1 / 1024)) MiB" \
  "($(pct "$rss0" "$rss1")% vs before; $(rss_parts)); peak during that run $((peak1 / 1024)) MiB ($(pct "$rss0" "$peak1")%)"
run "mixed@200" bench/serve/mixed.lua 200
rss2="$(rss)"; peak2=$peak
echo "RSS after the mixed run (malformed and oversized requests): $((rss2 / 1024)) MiB" \
  "($(pct "$rss0" "$rss2")% vs before; $(rss_parts)); peak during it $((peak2 / 1024)) MiB ($(pct "$rss0" "$peak2")%)"
worst=$(( rss1 > rss2 ? rss1 : rss2 ))
if awk -v a="$rss0" -v b="$worst" 'BEGIN {exit !((b - a) * 100 < 10 * a)}'; then
  echo "RSS growth target (< 10%): met ($(pct "$rss0" "$worst")%)"
else
  echo "RSS growth target (< 10%): NOT met ($(pct "$rss0" "$worst")%)"
fi
if [ "$five_xx" -eq 0 ]; then echo "5xx other than 503: 0 (target met)"
else echo "5xx other than 503: $five_xx (target NOT met)"; fi
curl -s "$url/metrics" | grep -E '^marsad_(documents|document_errors|rejected)_total|^marsad_http_requests_total' | sort
kill -TERM "$pid"
wait "$pid" && echo "SIGTERM: server exited cleanly" || echo "SIGTERM: server exit code $?"
pid=""
