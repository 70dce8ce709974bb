-- wrk script: POST the example article to /v1/extract and count responses by status.
-- ARTICLE (env) names the file to send.
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "status.lua")
local f = assert(io.open(os.getenv("ARTICLE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
wrk.path = "/v1/extract"

function init(args) reset_status_counts() end
