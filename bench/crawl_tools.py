"""Helpers for bench/crawl: sample URLs from the sitemaps, fetch pages into a folder, walk a list.

  sample BASE KIND COUNT SEED [EXCLUDE_FILE]  paths of COUNT random KIND URLs (articles, tags, authors)
  save BASE PATHS_FILE DIR                    fetches every path into DIR (for nginx), 4 at a time
  walk BASE PATHS_FILE CONNECTIONS            requests every path once; prints "requests errors seconds"
  gc-pauses LABEL < GC_LOG_LINES              sums up the -Xlog:gc pauses read from stdin
"""
import concurrent.futures
import http.client
import os
import random
import re
import sys
import threading
import time
import urllib.parse
import urllib.request

LOC = re.compile(r"<loc>([^<]+)</loc>")
# Serial, Parallel and G1 log "Pause Young" and "Pause Full"; Shenandoah logs short pauses around its
# concurrent cycles ("Pause Init Mark", "Pause Final Mark", ...) and, when it falls behind,
# "Pause Degenerated GC", which stops the application like a full collection.
PAUSE = re.compile(r"Pause (\w+)\b.* ([\d.]+)ms$")
PAUSE_KIND = {"Young": "young", "Full": "full", "Degenerated": "full"}


def locs(url):
    with urllib.request.urlopen(url, timeout=600) as response:
        return LOC.findall(response.read().decode("utf-8"))


def path_of(url):
    return urllib.parse.urlsplit(url).path


def sample(base, kind, count, seed, exclude=None):
    skip = set(open(exclude).read().split()) if exclude else set()
    pages = [u for u in locs(base + "/sitemap.xml") if re.search(r"/sitemaps/%s-\d+\.xml$" % kind, u)]
    # Reservoir sampling over every URL of that kind, one sitemap page at a time.
    rng, chosen, seen = random.Random(seed), [], 0
    for page in pages:
        for url in locs(base + path_of(page)):
            path = path_of(url)
            if path in skip:
                continue
            seen += 1
            if len(chosen) < count:
                chosen.append(path)
            else:
                j = rng.randrange(seen)
                if j < count:
                    chosen[j] = path
    rng.shuffle(chosen)
    sys.stdout.write("\n".join(chosen) + "\n")
    print("sampled %d of %d %s URLs" % (len(chosen), seen, kind), file=sys.stderr)


class Client(threading.local):
    def get(self, host, port, path):
        if not hasattr(self, "conn"):
            self.conn = http.client.HTTPConnection(host, port, timeout=30)
        try:
            self.conn.request("GET", path, headers={"Accept-Encoding": "identity"})
            response = self.conn.getresponse()
            return response.status, response.read()
        except (http.client.HTTPException, OSError):
            self.conn.close()
            del self.conn
            return 0, b""


def run(base, paths, connections, each):
    parts = urllib.parse.urlsplit(base)
    client = Client()
    with concurrent.futures.ThreadPoolExecutor(connections) as pool:
        return list(pool.map(lambda p: each(p, *client.get(parts.hostname, parts.port, p)), paths))


def save(base, paths_file, folder):
    paths = open(paths_file).read().split()

    def keep(path, status, body):
        if status != 200:
            return path
        target = os.path.join(folder, path.lstrip("/"))
        if path.endswith("/"):
            target = os.path.join(target, "index.html")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as out:
            out.write(body)
        os.chmod(target, 0o644)
        return None

    failed = [p for p in run(base, paths, 4, keep) if p]
    print("saved %d pages into %s, %d failed %s" % (len(paths) - len(failed), folder, len(failed), failed[:3]),
          file=sys.stderr)
    if failed:
        sys.exit(1)


def walk(base, paths_file, connections):
    paths = open(paths_file).read().split()
    started = time.monotonic()
    statuses = run(base, paths, connections, lambda path, status, body: status)
    errors = sum(1 for s in statuses if s != 200)
    print("%d %d %.1f" % (len(paths), errors, time.monotonic() - started))


def gc_pauses(label, lines):
    pauses = {"young": [], "full": [], "cycle": []}
    for line in lines:
        found = PAUSE.search(line.strip())
        if found:
            pauses[PAUSE_KIND.get(found.group(1), "cycle")].append(float(found.group(2)))
    print("  gc while the app answered %s: " % label + ", ".join(
        "%d %s pauses (max %.0f ms, %.0f ms in all)" % (len(ms), kind, max(ms, default=0), sum(ms))
        for kind, ms in pauses.items() if ms or kind != "cycle"))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "sample":
        sample(args[0], args[1], int(args[2]), int(args[3]), args[4] if len(args) > 4 else None)
    elif command == "save":
        save(*args)
    elif command == "walk":
        walk(args[0], args[1], int(args[2]))
    elif command == "gc-pauses":
        gc_pauses(args[0], sys.stdin)
    else:
        sys.exit(__doc__)
