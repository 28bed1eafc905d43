"""Reads wrk output with bench/report.lua's LR_ lines; prints "rps p50_ms p99_ms errors"."""
import sys

d = {}
for line in sys.stdin:
    if line.startswith("LR_"):
        key, *values = line.split()
        d[key] = values
if "LR_REQUESTS" not in d:
    print("0 0 0 1")
    sys.exit()
requests = int(d["LR_REQUESTS"][0])
seconds = int(d["LR_DURATION_US"][0]) / 1e6
p50 = int(d["LR_P50_US"][0]) / 1000
p99 = int(d["LR_P99_US"][0]) / 1000
errors = sum(int(e) for e in d["LR_ERRORS"])
print("%.0f %.2f %.2f %d" % (requests / seconds, p50, p99, errors))
