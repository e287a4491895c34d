"""What the publish of a one-article change costs, dumps first: two kg trees, interleaved.

Each tree gets its own copy of a published store (STORE) and runs the same publishes on it, one
process per publish, the two trees taking turns: an article graph taken out (a "-1": its
statistics share patched away, as a build that removes an article), then put back (a "+1"),
for each of `--graphs` article graphs (median size). Each publish is the real one
(`StoreDir.publish` with kg.store.describe.finisher: statistics, dumps, description, search
index) with the previous release's dumps to copy from; the stages are timed in-process (wall
and CPU of the process, so the dumps' threads count) with the peak memory. The first publish of
a tree whose dump layout differs from the store's writes every dump (a warm-up: reported, not
compared). `--full` also times one full write of the dumps (`write_dumps`, no previous release).

    python bench/dumps_bench.py --compare STORE --against /work/wt/main-tree --work /tmp/db
    python bench/dumps_bench.py --report /tmp/db/results.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics as stats
import subprocess
import sys
import time
from pathlib import Path

TREE = Path(__file__).resolve().parent.parent


def _clock() -> tuple[float, float]:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return time.perf_counter(), r.ru_utime + r.ru_stime


def _timed(times: dict, label: str, fn):
    def wrapper(*args, **kwargs):
        wall, cpu = _clock()
        try:
            return fn(*args, **kwargs)
        finally:
            wall2, cpu2 = _clock()
            times[f"{label} (wall s)"] = round(wall2 - wall, 2)
            times[f"{label} (CPU s)"] = round(cpu2 - cpu, 2)
    return wrapper


def step(store_dir: Path, op: str, graph: str, spill: Path) -> dict:
    """One publish in this process (the tree on sys.path): take `graph` out ("remove", its
    N-Quads kept in `spill`) or put it back ("add"); or a full write of the dumps ("full")."""
    import pyoxigraph as ox

    from kg import statistics
    from kg.iri import Minter
    from kg.store import describe
    from kg.store.dumps import Reuse, write_dumps
    from kg.store.releases import StoreDir

    times: dict = {}
    store = StoreDir(store_dir)
    previous = store.require_current()
    base = json.loads(previous.info_path.read_text())["base"]
    minter = Minter(base)
    if op == "full":
        snapshot = store.snapshot()
        out = store_dir.parent / f"{store_dir.name}-full"
        shutil.rmtree(out, ignore_errors=True)
        kwargs = {}
        if hasattr(statistics, "DumpChunks"):
            kwargs["chunked"] = {statistics.graph_name(minter).value:
                                 statistics.DumpChunks(snapshot, minter, None)}
        _timed(times, "dumps, full write", write_dumps)(snapshot, out, base=base, **kwargs)
        shutil.rmtree(out, ignore_errors=True)
        times["peak memory (MB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        return times
    shared = str(minter.shared_graph("shared"))
    change = statistics.Change()
    describe.write_dumps = _timed(times, "publish: dumps", describe.write_dumps)
    describe.dataset_stats = _timed(times, "publish: description", describe.dataset_stats)
    statistics.publish = _timed(times, "publish: statistics", statistics.publish)
    describe.search_index.build = _timed(times, "publish: search index", describe.search_index.build)

    def finish(st, release):
        reuse = Reuse(previous.dumps, frozenset({graph, shared}))
        return describe.finisher(base, reuse, change, previous)(st, release)

    wall, cpu = _clock()
    with store.publish(finish=finish) as st:
        node = ox.NamedNode(graph)
        if op == "remove":
            spill.write_bytes(ox.serialize(st.quads_for_pattern(None, None, None, node), None,
                                           ox.RdfFormat.N_QUADS))
            change.going(st, [graph])
            st.remove_graph(node)
        else:
            st.load(spill.read_bytes(), ox.RdfFormat.N_QUADS)
            change.coming(st, [graph])
    wall2, cpu2 = _clock()
    times["publish, all (wall s)"] = round(wall2 - wall, 2)
    times["publish, all (CPU s)"] = round(cpu2 - cpu, 2)
    times["peak memory (MB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    times["quads after"] = json.loads(store.require_current().info_path.read_text())["quads"]
    return times


def _median_graphs(store: Path, n: int) -> list[str]:
    info = json.loads((store / "current" / "release.json").read_text())
    articles = sorted((count, g) for g, count in info["graphs"].items() if "/graph/v" in g)
    middle = len(articles) // 2
    return [g for _, g in articles[middle:middle + n]]


def compare(store: Path, against: Path, work: Path, graphs: int, full: bool) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    trees = {"before": against.resolve(), "after": TREE}
    copies = {}
    for label in trees:
        copies[label] = work / f"store-{label}"
        if not copies[label].exists():
            shutil.copytree(store, copies[label], symlinks=True)
    plan = [(op, g) for g in _median_graphs(store, graphs) for op in ("remove", "add")]
    if full:
        plan = [("full", ""), *plan]
    results: dict = {"plan": plan, "runs": [], "load": []}
    for i, (op, graph) in enumerate(plan):
        order = list(trees) if i % 2 == 0 else list(reversed(trees))
        for label in order:
            env = {**os.environ, "PYTHONPATH": str(trees[label])}
            cmd = [sys.executable, str(TREE / "bench" / "dumps_bench.py"), "--step", op,
                   str(copies[label]), graph, str(work / f"spill-{label}.nq")]
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True,
                                 cwd=trees[label])
            times = json.loads(out.stdout.strip().splitlines()[-1])
            results["runs"].append({"tree": label, "op": op, "graph": graph, **times})
            results["load"].append(os.getloadavg()[0])
            print(label, op, graph.rsplit("/", 2)[-2:], json.dumps(times), flush=True)
    (work / "results.json").write_text(json.dumps(results, indent=1))
    return results


def report(results: dict) -> None:
    runs = results["runs"]
    ops = []
    for r in runs:
        if (r["op"], r["graph"]) not in ops:
            ops.append((r["op"], r["graph"]))
    keys = [k for k in runs[-1] if k not in ("tree", "op", "graph")]
    print(f"load average {min(results['load']):.1f}-{max(results['load']):.1f}")
    for op, graph in ops:
        pair = {r["tree"]: r for r in runs if r["op"] == op and r["graph"] == graph}
        print(f"\n{op} {graph}\n| | before | after | after / before |\n|---|---:|---:|---:|")
        for k in [k for k in pair["after"] if k not in ("tree", "op", "graph")] or keys:
            b, a = pair["before"].get(k), pair["after"].get(k)
            ratio = f"{a / b:.2f}" if isinstance(a, (int, float)) and b else ""
            print(f"| {k} | {b} | {a} | {ratio} |")
    steady = [r for r in runs if r["op"] != "full"][2:]  # the first publish may be a warm-up
    for tree in ("before", "after"):
        dumps = [r["publish: dumps (CPU s)"] for r in steady if r["tree"] == tree]
        if dumps:
            print(f"{tree}: median dumps CPU over the steady publishes {stats.median(dumps)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--compare", type=Path, metavar="STORE")
    ap.add_argument("--against", type=Path, metavar="TREE", help="the kg tree to compare with")
    ap.add_argument("--work", type=Path, default=Path("bench/out/dumps-bench"))
    ap.add_argument("--graphs", type=int, default=2, help="article graphs taken out and put back")
    ap.add_argument("--full", action="store_true", help="also time a full write of the dumps")
    ap.add_argument("--report", type=Path, help="print the tables of an earlier run")
    ap.add_argument("--step", nargs=4, metavar=("OP", "STORE", "GRAPH", "SPILL"),
                    help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.step:
        op, store, graph, spill = args.step
        print(json.dumps(step(Path(store), op, graph, Path(spill))))
        return 0
    if args.report:
        report(json.loads(args.report.read_text()))
        return 0
    if not (args.compare and args.against):
        ap.error("--compare STORE --against TREE, or --report FILE")
    report(compare(args.compare, args.against, args.work, args.graphs, args.full))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
