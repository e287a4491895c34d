"""The query-mix benchmark: the same queries over HTTP (kg serve), in-process on pyoxigraph and
through rdflib's own SPARQL engine, in one run, reported as ratios.

    python bench/run.py --data bench/out/archive-100k.nq --clients 4 --seconds 5 --rdflib

For each query of bench/queries/ (placeholders {entity}, {article}, {word} are filled at random
per request from samples of the data) and each engine, clients send requests back to back for
`--seconds`: first one client alone (latency), then `--clients` at once (throughput). A request
in-process is store.query() plus serializing the whole answer (SPARQL JSON, or Turtle for
DESCRIBE), which is what the server does in its workers; over HTTP it is a full GET to /sparql
on keep-alive connections, the answer read to its end. rdflib runs one client (its engine holds
the GIL) on an in-memory Dataset with the union default graph.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.store import Snapshot, StoreDir
from kg.web.guard import inspect

BENCH = Path(__file__).resolve().parent
QUERIES = BENCH / "queries"
sys.path.insert(0, str(BENCH))
from generate import WORDS  # noqa: E402  (the words the generator writes)


@dataclass
class Result:
    query: str
    engine: str  # inprocess | http | rdflib
    clients: int
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int = 0

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def load_queries() -> dict[str, str]:
    return {p.stem: p.read_text() for p in sorted(QUERIES.glob("*.rq"))}


def build_store(data: Path) -> Path:
    """A store folder for the data file, bulk-loaded once (reused while the file is unchanged)."""
    folder = data.parent / f"store-{data.stem}"
    stamp = folder / "source.json"
    want = {"file": str(data), "size": data.stat().st_size, "mtime": data.stat().st_mtime}
    if stamp.exists() and json.loads(stamp.read_text()) == want and StoreDir(folder).current():
        return folder
    t = time.perf_counter()
    with StoreDir(folder).publish() as store:
        store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    stamp.write_text(json.dumps(want))
    print(f"loaded {data} into {folder} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return folder


def samples(store: Snapshot, seed: int) -> dict[str, list[str]]:
    mentioned = [r["e"].value for r in store.query(
        "SELECT DISTINCT ?e { ?a <http://schema.org/mentions> ?e } LIMIT 5000",
        use_default_graph_as_union=True)]
    articles = [r["a"].value for r in store.query(
        "SELECT ?a { ?a a <http://schema.org/NewsArticle> } LIMIT 5000", use_default_graph_as_union=True)]
    rng = random.Random(seed)
    return {"entity": rng.sample(mentioned, min(500, len(mentioned))),
            "article": rng.sample(articles, min(500, len(articles))), "word": list(WORDS)}


def fill(template: str, pools: dict[str, list[str]], rng: random.Random) -> str:
    return re.sub(r"\{(entity|article|word)\}", lambda m: rng.choice(pools[m.group(1)]), template)


def drive(run_one: Callable[[str], None], template: str, pools, clients: int, seconds: float,
          name: str, engine: str, seed: int) -> Result:
    """`clients` threads call run_one back to back for `seconds`; latencies per request."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    stop = time.perf_counter() + seconds

    def client(i: int) -> None:
        rng = random.Random(seed * 1000 + i)
        while time.perf_counter() < stop or not latencies[i]:
            q = fill(template, pools, rng)
            t = time.perf_counter()
            try:
                run_one(q)
            except Exception as e:  # counted and reported, not timed
                errors[i] += 1
                if errors[i] == 1:
                    print(f"  {engine} {name}: {type(e).__name__}: {str(e)[:200]}", file=sys.stderr)
                if errors[i] > 100:
                    return
                continue
            latencies[i].append(time.perf_counter() - t)

    start = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - start
    flat = sorted(x for ls in latencies for x in ls) or [float("nan")]
    p99 = flat[min(len(flat) - 1, int(len(flat) * 0.99))]
    answered = sum(len(ls) for ls in latencies)
    return Result(name, engine, clients, answered, elapsed, statistics.median(flat) * 1000, p99 * 1000,
                  sum(errors))


# -- the three ways to answer ----------------------------------------------------------------

def inprocess_runner(store: Snapshot) -> Callable[[str], None]:
    def run(q: str) -> None:
        r = store.query(q, use_default_graph_as_union=True)
        if isinstance(r, ox.QueryTriples):
            r.serialize(format=ox.RdfFormat.TURTLE)
        else:
            r.serialize(format=ox.QueryResultsFormat.JSON)
    return run


class HttpClients:
    """One keep-alive connection per client thread."""

    def __init__(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        self.host, self.port, self.path = parts.hostname, parts.port, parts.path
        self.local = threading.local()

    def run(self, q: str) -> None:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        graph = inspect(q).form in ("CONSTRUCT", "DESCRIBE")
        accept = "text/turtle" if graph else "application/sparql-results+json"
        conn.request("GET", self.path + "?" + urllib.parse.urlencode({"query": q}),
                     headers={"Accept": accept})
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"HTTP {resp.status}: {body[:200]!r}")
        if resp.getheader("X-SQL-State"):  # Virtuoso's partial ("anytime") answer at its time limit
            raise RuntimeError(f"partial answer: {resp.getheader('X-SQL-Message')}")


def start_server(store: Path, workers: int | None = None, env: dict[str, str] | None = None,
                 access_log: Path | None = None) -> tuple[subprocess.Popen, str]:
    """`kg serve` on a free loopback port: (process, endpoint URL). With `workers`, the query mix's
    settings: clients wait for a free worker rather than get 503s (the bench measures queueing
    too) and no per-client cap (all come from loopback); else the server's defaults, with `env`
    on top (bench/load.py). With `access_log`, the server logs every request there with the
    seconds it spent on it (bench/load.py reads the server's own timings from it)."""
    env = dict(os.environ, **(env or {}))
    if workers is not None:
        env.update(KG_SPARQL_WORKERS=str(workers), KG_SPARQL_TIMEOUT="600", KG_SPARQL_QUEUE_WAIT="600",
                   # every bench client comes from 127.0.0.1: no per-address cap (else 429s)
                   KG_SPARQL_CLIENT_QUERIES="0", KG_SPARQL_CLIENT_SLOW="0")
    threads = ["--threads", "16"] if workers is not None else []
    proc = subprocess.Popen([sys.executable, "-m", "kg.web.serve", "--store", str(store), "--port", "0",
                             "--access-log", str(access_log or "off"), *threads],
                            stderr=subprocess.PIPE, text=True, env=env)
    for line in proc.stderr:
        m = re.search(r"at (http://\S+?)/ ", line)
        if m:
            threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep the pipe drained
            return proc, m.group(1) + "/sparql"
    raise RuntimeError("kg serve did not start")


def rdflib_runner(data: Path):
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    t = time.perf_counter()
    ds.parse(str(data), format="nquads")
    print(f"rdflib loaded {len(ds)} quads in {time.perf_counter() - t:.1f} s", file=sys.stderr)

    def run(q: str) -> None:
        r = ds.query(q)
        r.serialize(format="turtle" if r.type in ("CONSTRUCT", "DESCRIBE") else "json")
    return run


# -- report ------------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    with open("/proc/cpuinfo") as fh:
        cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")),
                   platform.processor())
    mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.splitlines()[1].split()[1]
    return {"cpu": cpu, "nproc": str(os.cpu_count()), "memory": mem, "python": platform.python_version(),
            "pyoxigraph": ox.__version__}


def rate(x: float) -> str:
    """Requests per second, with as many decimals as small numbers need."""
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}" if x >= 1 else f"{x:.3f}"


def table(results: list[Result], triples: int) -> str:
    by = {(r.query, r.engine, r.clients): r for r in results}
    many = max(r.clients for r in results)
    names = sorted({r.query for r in results})
    has_rdflib = any(r.engine == "rdflib" for r in results)
    lines = [f"### {triples:,} triples", "",
             f"| query | in-process req/s ({many} cl.) | HTTP req/s ({many} cl.) | HTTP / in-process "
             f"| p50 in-process (1 cl.) | p50 HTTP (1 cl.) | p50 overhead | p99 HTTP ({many} cl.) "
             "| rdflib req/s (1 cl.) | in-process / rdflib | HTTP / rdflib (1 cl. each) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for q in names:
        ip, hp = by[(q, "inprocess", many)], by[(q, "http", many)]
        ip1, hp1, rl = by[(q, "inprocess", 1)], by[(q, "http", 1)], by.get((q, "rdflib", 1))
        cells = [q, rate(ip.throughput), rate(hp.throughput), f"{hp.throughput / ip.throughput:.0%}",
                 f"{ip1.p50_ms:.2f} ms", f"{hp1.p50_ms:.2f} ms", f"{hp1.p50_ms - ip1.p50_ms:+.2f} ms",
                 f"{hp.p99_ms:,.1f} ms"]
        cells += ([rate(rl.throughput), f"{ip1.throughput / rl.throughput:,.1f}×",
                   f"{hp1.throughput / rl.throughput:,.1f}×"] if rl else ["–", "–", "–"])
        lines.append("| " + " | ".join(cells) + " |")

    def mix(engine: str, clients: int) -> float:
        """Mixes per second: one request of each query, one after another."""
        return 1.0 / sum(1.0 / by[(q, engine, clients)].throughput for q in names)

    cells = ["**whole mix** (one of each)", f"{mix('inprocess', many):.3f}", f"{mix('http', many):.3f}",
             f"{mix('http', many) / mix('inprocess', many):.0%}", "", "", "", ""]
    if has_rdflib:
        cells += [f"{mix('rdflib', 1):.3f}", f"{mix('inprocess', 1) / mix('rdflib', 1):.1f}×",
                  f"{mix('http', 1) / mix('rdflib', 1):.1f}×"]
    else:
        cells += ["–", "–", "–"]
    lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, help="N-Quads file from bench/generate.py")
    ap.add_argument("--report", type=Path, help="only print the table of an earlier run's results JSON")
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients for throughput")
    ap.add_argument("--seconds", type=float, default=5.0, help="seconds per query, engine and client count")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="the server's query workers")
    ap.add_argument("--rdflib", action="store_true", help="also run rdflib's engine (small sizes only)")
    ap.add_argument("--only", help="comma-separated query names")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    if args.report:
        done = json.loads(args.report.read_text())
        fields = set(Result.__dataclass_fields__)
        print(table([Result(**{k: v for k, v in r.items() if k in fields}) for r in done["results"]],
                    done["triples"]))
        print(f"\nmachine: {done['machine']}\ncommand: {done['command']}")
        return 0
    if args.data is None:
        ap.error("--data is required")

    queries = load_queries()
    if args.only:
        queries = {k: v for k, v in queries.items() if k in args.only.split(",")}
    folder = build_store(args.data)
    store = StoreDir(folder).snapshot()
    triples = len(store)
    pools = samples(store, args.seed)
    results: list[Result] = []

    def record(r: Result) -> None:
        results.append(r)
        print(f"  {r.engine:9} {r.query:24} {r.clients} cl. {r.throughput:9.1f} req/s "
              f"p50 {r.p50_ms:8.2f} ms p99 {r.p99_ms:8.2f} ms errors {r.errors}", file=sys.stderr)

    run_in = inprocess_runner(store)
    proc, url = start_server(folder, args.workers)
    try:
        web = HttpClients(url)
        for name, template in queries.items():
            for clients in (1, args.clients):
                record(drive(run_in, template, pools, clients, args.seconds, name, "inprocess", args.seed))
                record(drive(web.run, template, pools, clients, args.seconds, name, "http", args.seed))
    finally:
        proc.terminate()
        proc.wait(30)
    if args.rdflib:
        run_rdflib = rdflib_runner(args.data)
        for name, template in queries.items():
            record(drive(run_rdflib, template, pools, 1, args.seconds, name, "rdflib", args.seed))

    report = {"data": str(args.data), "triples": triples, "clients": args.clients, "seconds": args.seconds,
              "workers": args.workers, "machine": machine(), "command": " ".join(sys.argv),
              "results": [asdict(r) | {"throughput": r.throughput} for r in results]}
    out = args.data.parent / f"results-{args.data.stem}.json"
    out.write_text(json.dumps(report, indent=2))
    print(table(results, triples))
    print(f"\nmachine: {report['machine']}\ncommand: {report['command']}")
    print(f"\n(raw figures: {out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
