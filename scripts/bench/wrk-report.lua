-- Printed by wrk when a run ends: one JSON line that scripts/bench/load.ts reads.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'ATLAS-WRK {"requests":%d,"durationUs":%d,"bytes":%d,"p50Us":%d,"p99Us":%d,"socketErrors":%d,"badStatus":%d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
