-- The one wrk script every bench load uses (bench/load.py writes the request list).
-- Requests come from a file of "METHOD PATH" lines, taken round-robin, each thread starting
-- elsewhere in the list. wrk itself only counts answers >= 400 as errors and never says how many
-- requests it put on the wire, so the script counts answers by status and requests sent: the
-- beacon figure compares the stored total with them.
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads)
  table.insert(threads, thread)
end

function init(args)
  prepared = {}
  for line in io.lines(args[1]) do
    local method, path = line:match("^(%u+)%s+(%S+)$")
    if method then
      -- A POST carries an empty body with "Content-Length: 0", as a browser's sendBeacon does.
      prepared[#prepared + 1] = wrk.format(method, path, nil, method == "POST" and "" or nil)
    end
  end
  position = (thread_number * 7919) % #prepared
  statuses = {}
  -- wrk calls request() once on the first thread to check the script, and sends nothing.
  sent = thread_number == 0 and -1 or 0
end

function request()
  position = position % #prepared + 1
  sent = sent + 1
  return prepared[position]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local all, total_sent = {}, 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      all[status] = (all[status] or 0) + count
    end
    total_sent = total_sent + thread:get("sent")
  end
  local parts = {}
  for status, count in pairs(all) do
    parts[#parts + 1] = string.format('"%d": %d', status, count)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"duration_us": %d, "answered": %d, "bytes": %d, "sent": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}, ' ..
    '"latency_us": {"mean": %.1f, "p50": %d, "p90": %d, "p99": %d, "max": %d}, "statuses": {%s}}\n',
    summary.duration, summary.requests, summary.bytes, total_sent,
    e.connect, e.read, e.write, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    table.concat(parts, ", ")))
end
