"""The query mix of bench/run.py on the embedded store and on Virtuoso, side by side in one run.

    python bench/store_bench.py --data bench/out/archive-1m.nq --clients 2 --seconds 3

The archive (bench/generate.py) is loaded twice, both timed: into the embedded store (bulk load,
as bench/run.py does) and into a private Virtuoso server on loopback (kg.store.virtuoso) with
Virtuoso's own bulk loader (`ld_dir` + `rdf_loader_run` through isql: each quad into the graph
the N-Quads file names, nothing of kg's remote store involved). Then every query of
bench/queries/ runs, for 1 client and for `--clients`, on each engine:

  embedded         pyoxigraph in-process (store.query + serializing the answer)
  kg serve         kg serve over the embedded store (HTTP, query workers)
  virtuoso         Virtuoso's own /sparql endpoint, asked directly (its default graph: every graph)
  kg serve+virt.   only with --via-kg: the archive published through kg's SPARQL store
                   (kg.store.remote, `kg build --store sparql+http://…`) and kg serve in front of it
                   (readers name the release's graph group: the default, KG_REMOTE_DATASET=group)
  kg serve+virt. list   the same publish, kg serve reading it with KG_REMOTE_DATASET=list (the
                   release's whole graph list in every query, as before graph groups)

The engines answer the same queries over the same quads, so the comparison does not depend on
how kg's SPARQL store names a release's graphs; --via-kg measures that path too.
Virtuoso's time limit is raised to --virtuoso-timeout (its partial "anytime" answers at the
limit count as errors). Figures, machine and command go to
bench/out/store-results-NAME.json and the table to stdout.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
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

import kg.store.virtuoso as virtuoso  # noqa: E402
from kg.config import RemoteSettings, base_iri  # noqa: E402
from kg.store import StoreDir  # noqa: E402
from kg.store.remote import SparqlStore  # noqa: E402
from kg.store.virtuoso import Virtuoso  # noqa: E402

ENGINES = ("embedded", "kg serve", "virtuoso", "kg serve+virt. list", "kg serve+virt.")
VIA_KG = {"kg serve+virt. list": {"KG_REMOTE_DATASET": "list"}, "kg serve+virt.": {}}


def isql(server: Virtuoso, statement: str, timeout: float = 7200) -> str:
    """One statement through Virtuoso's isql (the SQL port), as dba; its output."""
    done = subprocess.run([virtuoso.ISQL, f"127.0.0.1:{server.sql_port}", "dba", server.password,
                           f"exec={statement}"], capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0 or "*** Error" in done.stdout:
        raise RuntimeError(f"isql {statement!r} failed: {done.stdout.strip()} {done.stderr.strip()}")
    return done.stdout


def bulk_load_virtuoso(data: Path, server: Virtuoso) -> float:
    """The archive into Virtuoso with its bulk loader, once per data file (reused after): the
    file is linked into the database folder (the only folder the server may read: DirsAllowed),
    registered with ld_dir and loaded by rdf_loader_run, then a checkpoint. Seconds."""
    stamp = server.folder / "bulk-source.json"
    want = {"file": str(data), "size": data.stat().st_size, "mtime": data.stat().st_mtime}
    if stamp.exists():
        done = json.loads(stamp.read_text())
        if {k: v for k, v in done.items() if k != "seconds"} == want:
            return float(done["seconds"])
        raise SystemExit(f"{server.folder} holds another archive ({done['file']}): remove it first")
    inbox = server.folder / "load"
    inbox.mkdir(exist_ok=True)
    target = inbox / data.name
    if not target.exists():
        try:
            os.link(data, target)
        except OSError:
            shutil.copyfile(data, target)
    t = time.perf_counter()
    isql(server, f"ld_dir('{inbox}', '{data.name}', 'urn:kg:bench:no-graph');")
    isql(server, "rdf_loader_run();")
    isql(server, "checkpoint;")
    seconds = time.perf_counter() - t
    errors = isql(server, "select ll_file, ll_error from DB.DBA.LOAD_LIST where ll_error is not null;")
    if "0 Rows" not in errors:
        raise RuntimeError(f"Virtuoso's bulk loader reported errors: {errors}")
    stamp.write_text(json.dumps(want | {"seconds": seconds}))
    print(f"bulk-loaded {data} into Virtuoso in {seconds:.1f} s", file=sys.stderr)
    return seconds


def virtuoso_quads(server: Virtuoso) -> int:
    """Quads Virtuoso holds in the archive's graphs (its own system graphs left out), to compare
    with the embedded store."""
    out = isql(server, "sparql select count(*) where { graph ?g { ?s ?p ?o } "
                       f"filter(strstarts(str(?g), '{base_iri()}')) }};")
    return int(next(ln.split()[0] for ln in out.splitlines() if ln.strip()[:1].isdigit()))


def publish_to_virtuoso(data: Path, server: Virtuoso, releases: Path) -> tuple[SparqlStore, float]:
    """The archive published through the SPARQL store (once per data file: reused after)."""
    store = SparqlStore(server.url, RemoteSettings.from_url(server.url, env=server.env(releases)))
    stamp = releases / "source.json"
    want = {"file": str(data), "size": data.stat().st_size, "mtime": data.stat().st_mtime}
    if stamp.exists() and store.current():
        done = json.loads(stamp.read_text())
        if {k: v for k, v in done.items() if k != "seconds"} == want and \
                "hidden" in store.require_current().info()["remote"]:  # published with its groups
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


def table(results: list[Result], triples: int, clients: int, engines=ENGINES) -> str:
    by = {(r.query, r.engine, r.clients): r for r in results}
    names = sorted({r.query for r in results})
    head = " | ".join(f"{e} req/s ({clients} cl.)" for e in engines)
    p50 = " | ".join(f"p50 {e} (1 cl.)" for e in engines)
    lines = [f"### {triples:,} triples", "", f"| query | {head} | {p50} | errors |",
             "|---|" + "---:|" * (2 * len(engines) + 1)]
    for q in names:
        many = [by.get((q, e, clients)) for e in engines]
        one = [by.get((q, e, 1)) for e in engines]
        cells = [q] + [rate(r.throughput) if r else "–" for r in many]
        cells += [f"{r.p50_ms:,.1f} ms" if r else "–" for r in one]
        cells.append(str(sum(r.errors for r in many + one if r)))
        lines.append("| " + " | ".join(cells) + " |")

    def mix(engine: str) -> str:
        rs = [by.get((q, engine, clients)) for q in names]
        if any(r is None or not r.throughput for r in rs):
            return "–"
        return f"{1.0 / sum(1.0 / r.throughput for r in rs):.3f}"

    lines.append("| **whole mix** (mixes/s) | " + " | ".join(mix(e) for e in engines) + " |"
                 + " |" * len(engines) + " |")
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
    ap.add_argument("--virtuoso-timeout", type=int, default=600,
                    help="Virtuoso's MaxQueryExecutionTime, seconds (kg serve's limit here is 600 too)")
    ap.add_argument("--engines", default="embedded,kg serve,virtuoso",
                    help=f"comma-separated, of: {', '.join(ENGINES)}")
    ap.add_argument("--via-kg", action="store_true",
                    help="also publish through kg's SPARQL store and time kg serve in front of Virtuoso")
    args = ap.parse_args(argv)
    engines = [e for e in ENGINES if e in args.engines.split(",")]
    if args.via_kg and "kg serve+virt." not in engines:
        engines.append("kg serve+virt.")
    virtuoso.ini = functools.partial(virtuoso.ini, max_seconds=args.virtuoso_timeout)

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
    loads = {"embedded": embedded_load}
    graphs = None
    try:
        loads["virtuoso bulk"] = bulk_load_virtuoso(args.data, server)
        quads_v = virtuoso_quads(server)
        runners = {"embedded": inprocess_runner(store),
                   "virtuoso": HttpClients(server.origin + "/sparql").run}
        if "kg serve" in engines:
            proc, url = start_server(folder, args.workers)
            procs.append(proc)
            runners["kg serve"] = HttpClients(url).run
        if set(VIA_KG) & set(engines):
            remote, loads["virtuoso via kg"] = publish_to_virtuoso(
                args.data, server, args.data.parent / f"remote-{args.data.stem}")
            graphs = len(remote.require_current().info()["remote"]["graphs"])
            os.environ.update(server.env(remote.local.path))
            for engine in set(VIA_KG) & set(engines):  # kg serve --store sparql+http://…
                proc_v, url_v = start_server(server.url, args.workers, VIA_KG[engine])
                procs.append(proc_v)
                runners[engine] = HttpClients(url_v).run
        runners = {e: runners[e] for e in engines}
        for run_one in runners.values():  # warm up: workers started, stores opened
            run_one("ASK { ?s ?p ?o }")
        load_before = os.getloadavg()
        for name, template in queries.items():
            for clients in (1, args.clients):
                for engine, run_one in runners.items():
                    record(drive(run_one, template, pools, clients, args.seconds, name, engine, args.seed))
        load_after = os.getloadavg()
    finally:
        for p in procs:
            p.terminate()
            p.wait(30)
        server.stop()
    report = {"data": str(args.data), "triples": triples, "virtuoso quads": quads_v,
              "clients": args.clients, "seconds": args.seconds, "engines": engines,
              "workers": args.workers, "load_seconds": loads, "virtuoso_buffers": args.buffers,
              "virtuoso_timeout": args.virtuoso_timeout, "graphs via kg": graphs,
              "load average": {"before": load_before, "after": load_after},
              "machine": machine(), "command": " ".join(sys.argv),
              "results": [asdict(r) | {"throughput": r.throughput} for r in results]}
    out = args.data.parent / f"store-results-{args.data.stem}.json"
    out.write_text(json.dumps(report, indent=2))
    print(table(results, triples, args.clients, engines))
    print("\nloads (s; when reused, the first run's): " + ", ".join(f"{k} {v:.1f}" for k, v in loads.items())
          + f"; quads: embedded {triples:,}, Virtuoso {quads_v:,}")
    print(f"load average (1, 5, 15 min) before the queries {load_before}, after {load_after}")
    print(f"machine: {report['machine']}\ncommand: {report['command']}\n(raw figures: {out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
