-- wrk script for POST /api/messages: one wrk thread per connection (run with -t N -c N), so each connection owns
-- its own conversation; every request carries a fresh activity id, so dedup never short-circuits a turn.
-- Env: BENCH_MODE=expect|deliver, BENCH_SERVICE_URL=http://127.0.0.1:PORT/ (the fake connector), BENCH_RUN=tag.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  mode = os.getenv("BENCH_MODE") or "expect"
  service_url = os.getenv("BENCH_SERVICE_URL") or "http://127.0.0.1:1/"
  run = os.getenv("BENCH_RUN") or "r"
  seq = 0
  conv = "bench-" .. run .. "-c" .. tid
  user = "bench-u" .. tid
  delivery = ""
  if mode == "expect" then delivery = ',"deliveryMode":"expectReplies"' end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json; charset=utf-8"
end

function request()
  seq = seq + 1
  local body = '{"type":"message","id":"' .. run .. '-' .. tid .. '-' .. seq .. '"'
    .. ',"channelId":"bench","serviceUrl":"' .. service_url .. '"'
    .. ',"from":{"id":"' .. user .. '","name":"压测用户"}'
    .. ',"recipient":{"id":"envbot","name":"EnvBot"}'
    .. ',"conversation":{"id":"' .. conv .. '"}'
    .. ',"text":"菜单","locale":"zh-CN"' .. delivery .. '}'
  return wrk.format(nil, "/api/messages", nil, body)
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  -- One machine-readable line for run.sh: requests, seconds, turns/s, p50 ms, p99 ms, max ms, errors.
  io.write(string.format("BENCH requests=%d seconds=%.2f rps=%.0f p50=%.2f p99=%.2f max=%.2f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
