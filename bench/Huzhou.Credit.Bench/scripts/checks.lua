-- wrk script of the check API bench (ChecksBench, --generator wrk): posts the pre-built check bodies (one JSON per
-- line of the file given as the second script argument) in rotation with the API key (first argument).
-- The requests are formatted once, in init, and the script defines no response() function, so wrk neither builds a
-- request nor parses an answer's headers and body into Lua per call (wrk's own advice: the generator's CPU is CPU
-- the app and PostgreSQL do not get). The answers are counted by status in the app itself (ChecksBench's counter);
-- wrk reports its count of non-2xx answers (summary.errors.status) as a cross-check.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local key, file = args[1], args[2]
  local headers = { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }
  reqs = {}
  for line in io.lines(file) do
    reqs[#reqs + 1] = wrk.format("POST", "/api/v1/checks", headers, line)
  end
  math.randomseed(os.time() + #threads)
  i = math.random(#reqs)
end

function request()
  i = i % #reqs + 1
  return reqs[i]
end

function done(summary, latency, requests)
  for _, p in ipairs({ 50, 90, 95, 99, 99.9 }) do
    io.write(string.format("latency p%g %.3f\n", p, latency:percentile(p) / 1000))
  end
  local e = summary.errors
  io.write(string.format("summary %d %d %d %.3f %d\n", summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, latency.max / 1000, e.status))
end
