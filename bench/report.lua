-- Prints machine-readable LR_ lines after a wrk run (same format as shared/checks' load-ratio).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("LR_REQUESTS %d\n", summary.requests))
  io.write(string.format("LR_DURATION_US %d\n", summary.duration))
  io.write(string.format("LR_P50_US %d\n", latency:percentile(50.0)))
  io.write(string.format("LR_P99_US %d\n", latency:percentile(99.0)))
  io.write(string.format("LR_ERRORS %d %d %d %d %d\n", e.connect, e.read, e.write, e.status, e.timeout))
end
