"""The query mix of bench/run.py on the embedded store and on Virtuoso, side by side in one run.

    python bench/store_bench.py --data bench/out/archive-1m.nq --clients 4 --seconds 5

The archive (bench/generate.py) is published twice: into the embedded store (bulk load, as
bench/run.py does) and into a private Virtuoso server on loopback (kg.store.virtuoso; through
kg.store.remote.SparqlStore, the path `kg build --store sparql+http://…` takes), both timed.
Then every query of bench/queries/ runs, for 1 client and for `--clients`, on four engines:

  embedded         pyoxigraph in-process (store.query + serializing the answer)
  kg serve         kg serve over the embedded store (HTTP, query workers)
  virtuoso         Virtuoso's own /sparql endpoint, asked directly (its default graph: every graph)
  kg serve+virt.   kg serve in front of Virtuoso (the release's graphs as the dataset)

Figures, machine and command go to bench/out/store-results-NAME.json and the table to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from run import (  # noqa: E402  (bench/run.py: the same queries, driver and HTTP clients)
    HttpClients,
    Result,
    build_store,
    drive,
    inprocess_runner,
    load_queries,
    machine,
    rate,
    samples,
    start_server,
)

from kg.config import RemoteSettings  # noqa: E402
from kg.store import StoreDir  # noqa: E402
from kg.store.remote import SparqlStore  # noqa: E402
from kg.store.virtuoso import Virtuoso  # noqa: E402

ENGINES = ("embedded", "kg serve", "virtuoso", "kg serve+virt.")


def publish_to_virtuoso(data: Path, server: Virtuoso, releases: Path) -> tuple[SparqlStore, float]:
    """The archive published through the SPARQL store (once per data file: reused after)."""
    store = SparqlStore(server.url, RemoteSettings.from_url(server.url, env=server.env(releases)))
    stamp = releases / "source.json"
    want = {"file": str(data), "size": data.stat().st_size, "mtime": data.stat().st_mtime}
    if stamp.exists() and store.current():
        done = json.loads(stamp.read_text())
        if {k: v for k, v in done.items() if k != "seconds"} == want:
            for stale in store.staging_graphs():  # a publish killed here: Virtuoso's default graph sees them
                store.server.update(f"DROP SILENT GRAPH <{stale}>")
            return store, float(done["seconds"])
    t = time.perf_counter()
    with store.publish() as writer:
        writer.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - t
    stamp.write_text(json.dumps(want | {"seconds": seconds}))
    print(f"published {data} into Virtuoso in {seconds:.1f} s", file=sys.stderr)
    return store, seconds


def table(results: list[Result], triples: int, clients: int) -> str:
    by = {(r.query, r.engine, r.clients): r for r in results}
    names = sorted({r.query for r in results})
    head = " | ".join(f"{e} req/s ({clients} cl.)" for e in ENGINES)
    p50 = " | ".join(f"p50 {e} (1 cl.)" for e in ENGINES)
    lines = [f"### {triples:,} triples", "", f"| query | {head} | {p50} | errors |",
             "|---|" + "---:|" * (2 * len(ENGINES) + 1)]
    for q in names:
        many = [by.get((q, e, clients)) for e in ENGINES]
        one = [by.get((q, e, 1)) for e in ENGINES]
        cells = [q] + [rate(r.throughput) if r else "–" for r in many]
        cells += [f"{r.p50_ms:,.1f} ms" if r else "–" for r in one]
        cells.append(str(sum(r.errors for r in many + one if r)))
        lines.append("| " + " | ".join(cells) + " |")

    def mix(engine: str) -> str:
        rs = [by.get((q, engine, clients)) for q in names]
        if any(r is None or not r.throughput for r in rs):
            return "–"
        return f"{1.0 / sum(1.0 / r.throughput for r in rs):.3f}"

    lines.append("| **whole mix** (mixes/s) | " + " | ".join(mix(e) for e in ENGINES) + " |"
                 + " |" * len(ENGINES) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="N-Quads file from bench/generate.py")
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="kg serve's query workers")
    ap.add_argument("--only", help="comma-separated query names")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--buffers", type=int, default=170000,
                    help="Virtuoso NumberOfBuffers (8 KB pages; 170000 = 1.3 GB, its advice for 2 GB)")
    args = ap.parse_args(argv)

    queries = load_queries()
    if args.only:
        queries = {k: v for k, v in queries.items() if k in args.only.split(",")}
    t = time.perf_counter()
    folder = build_store(args.data)
    embedded_load = time.perf_counter() - t
    store = StoreDir(folder).snapshot()
    triples = len(store)
    pools = samples(store, args.seed)

    server = Virtuoso(args.data.parent / f"virtuoso-{args.data.stem}", buffers=args.buffers)
    server.start()
    results: list[Result] = []

    def record(r: Result) -> None:
        results.append(r)
        print(f"  {r.engine:15} {r.query:24} {r.clients} cl. {r.throughput:9.2f} req/s "
              f"p50 {r.p50_ms:9.2f} ms p99 {r.p99_ms:9.2f} ms errors {r.errors}", file=sys.stderr)

    procs = []
    try:
        remote, virtuoso_load = publish_to_virtuoso(args.data, server, args.data.parent /
                                                    f"remote-{args.data.stem}")
        proc, url = start_server(folder, args.workers)
        procs.append(proc)
        os.environ.update(server.env(remote.local.path))
        proc_v, url_v = start_server(server.url, args.workers)  # kg serve --store sparql+http://…
        procs.append(proc_v)
        runners = {"embedded": inprocess_runner(store), "kg serve": HttpClients(url).run,
                   "virtuoso": HttpClients(server.origin + "/sparql").run,
                   "kg serve+virt.": HttpClients(url_v).run}
        for run_one in runners.values():  # warm up: workers started, stores opened
            run_one("ASK { ?s ?p ?o }")
        for name, template in queries.items():
            for clients in (1, args.clients):
                for engine, run_one in runners.items():
                    record(drive(run_one, template, pools, clients, args.seconds, name, engine, args.seed))
    finally:
        for p in procs:
            p.terminate()
            p.wait(30)
        server.stop()
    report = {"data": str(args.data), "triples": triples, "clients": args.clients, "seconds": args.seconds,
              "workers": args.workers, "load_seconds": {"embedded": embedded_load, "virtuoso": virtuoso_load},
              "virtuoso_buffers": args.buffers,
              "graphs": len(remote.require_current().info()["remote"]["graphs"]),
              "machine": machine(), "command": " ".join(sys.argv),
              "results": [asdict(r) | {"throughput": r.throughput} for r in results]}
    out = args.data.parent / f"store-results-{args.data.stem}.json"
    out.write_text(json.dumps(report, indent=2))
    print(table(results, triples, args.clients))
    print(f"\nloads: embedded {embedded_load:.1f} s (0 when reused), Virtuoso {virtuoso_load:.1f} s; "
          f"{report['graphs']} graphs")
    print(f"machine: {report['machine']}\ncommand: {report['command']}\n(raw figures: {out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
