-- wrk script: the example article mixed with malformed and oversized requests, round
-- robin: article, malformed JSON, invalid UTF-8, oversized body, article, unknown route.
-- ARTICLE (env) names the article; OVERSIZE (env) the size in bytes of the oversized body.
local f = assert(io.open(os.getenv("ARTICLE"), "rb"))
local article = f:read("*a")
f:close()
local big = string.rep("x", tonumber(os.getenv("OVERSIZE") or "1100000"))
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "status.lua")
local reqs = {}
function init(args)
  reset_status_counts()
  n = 0
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
