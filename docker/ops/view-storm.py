#!/usr/bin/env python3
"""Sends POST /views/{id} as a reader's browser would, from several threads over keep-alive
connections, until the server has been gone for a while or a time limit passes. Prints one JSON
object: how many requests were answered with each status, and how many failed to connect.

    docker/ops/view-storm.py PORT ID[,ID...] [--threads N] [--max-seconds S] [--gone-seconds S]

Used by docker/ops/check-shutdown; every 204 it reports is a view the app said it counted.
"""
import argparse
import http.client
import json
import threading
import time

AGENT = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
         "Chrome/126.0 Safari/537.36")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("ids")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--max-seconds", type=float, default=120)
    parser.add_argument("--gone-seconds", type=float, default=3)
    args = parser.parse_args()
    ids = [int(i) for i in args.ids.split(",") if i]

    lock = threading.Lock()
    statuses = {}
    failures = {"connect": 0, "midway": 0}
    deadline = time.monotonic() + args.max_seconds

    def worker(offset):
        conn = None
        n = offset
        last_answer = time.monotonic()
        while time.monotonic() < deadline:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=10)
            article = ids[n % len(ids)]
            n += 1
            sent = False
            try:
                conn.request("POST", f"/views/{article}", headers={"User-Agent": AGENT, "Content-Length": "0"})
                sent = True
                response = conn.getresponse()
                response.read()
                with lock:
                    statuses[response.status] = statuses.get(response.status, 0) + 1
                last_answer = time.monotonic()
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException):
                with lock:
                    # A request written but never answered was not acknowledged: the app owes nothing for it.
                    failures["midway" if sent else "connect"] += 1
                conn.close()
                conn = None
                if time.monotonic() - last_answer > args.gone_seconds:
                    return
                time.sleep(0.05)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps({"statuses": {str(k): v for k, v in sorted(statuses.items())}, "failures": failures}))


if __name__ == "__main__":
    main()
