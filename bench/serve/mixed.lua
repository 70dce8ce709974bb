-- wrk script: the example article mixed with malformed and oversized requests, round
-- robin: article, malformed JSON, invalid UTF-8, oversized body, article, unknown route.
-- ARTICLE (env) names the article; OVERSIZE (env) the size in bytes of the oversized body.
local f = assert(io.open(os.getenv("ARTICLE"), "rb"))
local article = f:read("*a")
f:close()
local big = string.rep("x", tonumber(os.getenv("OVERSIZE") or "1100000"))
local reqs = {}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  s2xx, s4xx, s503, s5xx, n = 0, 0, 0, 0, 0
  reqs = {
    wrk.format("POST", "/v1/extract", {["Content-Type"] = "text/plain; charset=utf-8"}, article),
    wrk.format("POST", "/v1/extract", {["Content-Type"] = "application/json"}, '{"id": "x", "text": '),
    wrk.format("POST", "/v1/extract", {["Content-Type"] = "text/plain"}, "bad \255\254 utf8 \192"),
    wrk.format("POST", "/v1/extract", {["Content-Type"] = "text/plain"}, big),
    wrk.format("POST", "/parse/text", {["Content-Type"] = "text/plain; charset=utf-8"}, article),
    wrk.format("GET", "/no/such/route", {}, nil),
  }
end
function request()
  n = n + 1
  return reqs[(n % #reqs) + 1]
end
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
