-- wrk script: POST the body in $WRK_BODY_FILE with the headers in $WRK_HEADERS ("Name: value" lines
-- separated by "|"), and print one JSON line of results (latencies in microseconds) when done.
local f = assert(io.open(os.getenv("WRK_BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
for h in string.gmatch(os.getenv("WRK_HEADERS") or "", "[^|]+") do
  local name, value = string.match(h, "^%s*([^:]+):%s*(.-)%s*$")
  if name then wrk.headers[name] = value end
end

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    '{"label":"%s","requests":%d,"seconds":%.2f,"rps":%.1f,"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f,' ..
    '"errors":%d,"non2xx":%d}\n',
    os.getenv("WRK_LABEL") or "", summary.requests, secs, summary.requests / secs,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.connect + e.read + e.write + e.timeout, e.status))
end
