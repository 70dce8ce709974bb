-- Shared by the wrk scripts of bench/serve_bench.sh (loaded with dofile): counts responses
-- by status class per thread and prints the totals and latency percentiles at the end.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function reset_status_counts() s2xx, s4xx, s503, s5xx = 0, 0, 0, 0 end
function response(status, headers, body)
  if status < 300 then s2xx = s2xx + 1
  elseif status == 503 then s503 = s503 + 1
  elseif status >= 500 then s5xx = s5xx + 1
  else s4xx = s4xx + 1 end
end
function done(summary, latency, requests)
  local a, b, c, d = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("s2xx"); b = b + t:get("s4xx"); c = c + t:get("s503"); d = d + t:get("s5xx")
  end
  io.write(string.format("STATUS 2xx=%d 4xx=%d 503=%d other5xx=%d\n", a, b, c, d))
  io.write(string.format("LAT p50_ms=%.2f p99_ms=%.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
