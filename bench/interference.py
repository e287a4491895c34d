"""What long queries in the slow lane cost the server's light work, by the kind of long query.

    python bench/interference.py --store bench/out/load/store-archive-1m --seconds 40 --rounds 4

The load bench (bench/load.py) found the light kinds' p99 (HTML pages, cheap queries) some
20–40% longer with two runaway users than without, although the slow lane was full with the
mix's own long queries in both plans. The runaway query differs from those in its memory (3.1 GB
after 20 s on the million-triple archive, where a mention count holds 55 MB), which was suspected
to reach the light work past the reserved CPU. This bench measures that apart from locust, the
network and the mix: in one process, as in `kg serve`, a probe renders HTML pages of articles and entities
(Flask's test client on the app, the store read in-process as the server does) back to back,
while two threads keep the real query pool's slow lane (pinned off the first CPU, at nice 10)
busy with one kind of long query, in conditions that alternate in a random order every round:

  idle      nothing in the slow lane
  long      the mix's mention-count query in a loop (about a second each, 55 MB)
  runaway   the load bench's runaway query, stopped at the time limit, no memory limit
  capped    the same runaway query under the default memory limit (KG_SPARQL_MAX_MEMORY)

Each condition's page times are pooled over the rounds (figures and their reading: bench/README.md,
"Was it the runaway query's memory?"); the report gives p50 and p99, each
round's p99 (the spread two rounds of one condition show), and the p99 ratio against `long`
(the control plan of the load bench) with a bootstrap interval. Figures: bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"
sys.path.insert(0, str(BENCH))
from load import RUNAWAY, _quantile, p99_ratio_ci  # noqa: E402
from run import load_queries, machine  # noqa: E402

from kg.config import SparqlSettings, base_iri  # noqa: E402
from kg.store import StoreDir, open_snapshot  # noqa: E402
from kg.web.app import create_app  # noqa: E402
from kg.web.workers import QueryError, QueryPool, QueryTask  # noqa: E402

CONDITIONS = ("idle", "long", "runaway", "capped")


def neighbours(condition: str, db: str, timeout: float, stop: threading.Event) -> QueryPool | None:
    """Two threads looping the condition's query through a real pool whose slow lane takes it
    after a tiny budget (as a remembered long query goes there at once)."""
    if condition == "idle":
        return None
    memory = SparqlSettings().max_memory * 2**20 if condition == "capped" else 0
    pool = QueryPool(size=1, timeout=timeout, slow=2, budget=0.01, reserved_cpus=1,
                     max_memory=memory)
    query = load_queries()["3-mention-counts"] if condition == "long" else RUNAWAY

    def loop(n: int) -> None:
        while not stop.is_set():
            try:
                pool.execute(QueryTask(f"# neighbour {n}\n{query}", db)).read()
            except QueryError:
                time.sleep(0.05)  # a 503 when both slow places are taken, or the limit: again

    for n in range(2):
        threading.Thread(target=loop, args=(n,), daemon=True).start()
    return pool


def probe(client, paths: list[str], seconds: float, rng: random.Random) -> list[float]:
    """Pages rendered back to back for `seconds`: each one's time in milliseconds."""
    times: list[float] = []
    end = time.perf_counter() + seconds
    while (start := time.perf_counter()) < end:
        r = client.get(rng.choice(paths), headers={"Accept": "text/html"})
        r.get_data()
        if r.status_code != 200:
            raise SystemExit(f"page {r.request.path} answered {r.status_code}")
        times.append((time.perf_counter() - start) * 1000)
    return times


def page_paths(store, limit: int = 300) -> list[str]:
    base = base_iri()
    rows = store.query("SELECT ?x { { ?x a <http://schema.org/NewsArticle> } UNION "
                       "{ ?a <http://schema.org/mentions> ?x } } LIMIT 5000",
                       use_default_graph_as_union=True)
    iris = sorted({r["x"].value for r in rows if r["x"].value.startswith(base)})
    chosen = random.Random(7).sample(iris, min(limit, len(iris)))
    return ["/page/" + iri[len(base):].lstrip("/") for iri in chosen]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True, help="a store folder (kg load / bench/load.py)")
    ap.add_argument("--seconds", type=float, default=40, help="per condition and round")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--timeout", type=float, default=30.0, help="the long queries' time limit")
    args = ap.parse_args(argv)

    release = StoreDir(args.store).current()
    if release is None:
        raise SystemExit(f"{args.store}: nothing published")
    snapshot = open_snapshot(str(release.db))
    app = create_app(store=args.store)
    client = app.test_client()
    paths = page_paths(snapshot)
    rng = random.Random(13)
    times: dict[str, list[float]] = {c: [] for c in CONDITIONS}
    per_round: dict[str, list[float]] = {c: [] for c in CONDITIONS}
    probe(client, paths, 5, rng)  # warm the page cache and the templates once
    for r in range(args.rounds):
        order = list(CONDITIONS)
        rng.shuffle(order)
        for condition in order:
            stop = threading.Event()
            pool = neighbours(condition, snapshot.address, args.timeout, stop)
            time.sleep(2 if pool else 0)  # let the slow lane fill
            t = probe(client, paths, args.seconds, rng)
            stop.set()
            if pool:
                pool.close()
            times[condition] += t
            per_round[condition].append(_quantile(sorted(t), 0.99))
            print(f"round {r + 1} {condition}: {len(t)} pages, p99 {per_round[condition][-1]:.0f} ms",
                  file=sys.stderr)
    result = {"command": "python bench/interference.py " + " ".join(argv or sys.argv[1:]),
              "machine": machine(), "times_ms": times, "round_p99_ms": per_round}
    OUT.mkdir(exist_ok=True)
    out = OUT / f"interference-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}.json"
    out.write_text(json.dumps(result))
    print(report(result))
    print(f"\n(saved to {out})")
    return 0


def report(result: dict) -> str:
    times, per_round = result["times_ms"], result["round_p99_ms"]
    lines = [result["command"], f"machine: {result['machine']}", "",
             "| slow lane busy with | pages | p50 ms | p99 ms | p99 of each round, ms "
             "| p99 ratio to `long`, 95% interval |",
             "|---|---:|---:|---:|---|---:|"]
    base = sorted(times["long"])
    for c in CONDITIONS:
        t = sorted(times[c])
        lo, hi = p99_ratio_ci(base, t, draws=1000)
        lines.append(f"| {c} | {len(t):,} | {_quantile(t, 0.5):.0f} | {_quantile(t, 0.99):.0f} | "
                     f"{', '.join(f'{p:.0f}' for p in per_round[c])} | {lo:.2f}–{hi:.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
