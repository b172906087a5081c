-- wrk script of the check API bench (ChecksBench, --generator wrk): posts the pre-built check bodies (one JSON per
-- line of the file given as the second script argument) in rotation with the API key (first argument), and counts
-- the answers by status so the bench can compare them with the rows of the check log.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local key, file = args[1], args[2]
  bodies = {}
  for line in io.lines(file) do
    bodies[#bodies + 1] = line
  end
  math.randomseed(os.time() + #threads)
  i = math.random(#bodies)
  statuses = {}
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-Api-Key"] = key
end

function request()
  i = i % #bodies + 1
  return wrk.format(nil, "/api/v1/checks", nil, bodies[i])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do
      total[k] = (total[k] or 0) + v
    end
  end
  for k, v in pairs(total) do
    io.write(string.format("status %d %d\n", k, v))
  end
  for _, p in ipairs({ 50, 90, 95, 99, 99.9 }) do
    io.write(string.format("latency p%g %.3f\n", p, latency:percentile(p) / 1000))
  end
  local e = summary.errors
  io.write(string.format("summary %d %d %d %.3f\n", summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, latency.max / 1000))
end
