"""How `kg build` scales with the archive: time per stage and peak memory, full and incremental.

For each size N: writes an archive of N synthetic article files (bench/article_synth.py) under
bench/out/build/, then runs `kg build` in a fresh process on it into an empty store (the full
build), and `kg build` of one more article into a copy of that published store (the
incremental build). Each build runs the real CLI command with timers wrapped around the
pipeline's stages (nothing else changes), and reports:

- per article: read, annotate, map (document → rdflib graphs), validate (pySHACL per article);
- publish: open (lock, old releases removed, the current release copied), load (the article
  graphs serialized and loaded), shared check (the cross-article SHACL check of the shared
  graph), dumps, description (VoID statistics), counts, release (checkpoint, release.json,
  switch of `current`);
- the wall time of the process (imports included) and its peak resident memory (ru_maxrss).

    python bench/build_bench.py --sizes 10 50 200 --json bench/out/build/results.json
    python bench/build_bench.py --sizes 1000 --jobs 2 --cluster-workers 2 --skip-serial \
        --json bench/out/build/cluster.json    # --jobs 2 against a Dask LocalCluster of 2 workers
    python bench/build_bench.py --report bench/out/build/results.json   # the tables again
    python bench/build_bench.py --pages bench/quality/*/articles --jobs 1 \
        --json bench/out/build/quality-archive.json   # the quality sets' pages as one archive

`--pages` builds given pages instead of synthetic ones: every quality set's page in the
paper's real shapes, as an archivist's build of many years would meet them (the full build
of all but the last page, then the last one added). A build the shapes refuse fails the bench
with the build's message.

`--compare STORE --against TREE --pages PAGE…` times the incremental publish of two kg trees on one
machine in one run: each page added in turn into a copy of the published store STORE, by the
tree TREE (before, e.g. a worktree of main) and by this one (after), interleaved so both meet
the same load. The first page added counts the statistics whole in both trees when STORE's
release recorded none (a store published before kg.statistics.VERSION); the next pages are the
comparison of the steady state:

    git worktree add --detach /work/wt/main-bench main
    python bench/build_bench.py --compare STORE --against /work/wt/main-bench \
        --pages PAGE1 PAGE2 --json bench/out/build/compare.json

When the two trees' package digests differ in a file the build covers (kg/store, say), this
tree would extract every article of STORE again; `--after-store STORE2` gives it its own copy,
published by this tree from the same pages.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "build"
ARTICLE_STAGES = ("read", "annotate", "map", "validate", "serialize")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PUBLISH_STAGES = ("open", "load", "shared check", "statistics", "dumps", "description", "counts",
                  "search index", "release")


def _instrument(times: dict[str, float]):
    """Wrap the pipeline's stages with timers; returns nothing, patches modules in place."""
    import kg.article_jobs as article_jobs
    import kg.pipeline as pipeline
    import kg.store.describe as describe
    from kg.store.releases import StoreDir

    def timed(name, fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                times[name] += time.perf_counter() - t
                # the process's peak so far (it only grows): the first stage after which it
                # jumps is the one that holds the memory
                times[f"peak MB after {name}"] = _peak_mb()
        return wrapper

    for module, name, attr in (
            (article_jobs, "read", "parse_article"), (article_jobs, "annotate", "annotate"),
            (article_jobs, "map", "document_to_rdf"), (article_jobs, "validate", "validate_article"),
            (article_jobs, "serialize", "to_ntriples"), (pipeline, "shared check", "validate_shared"),
            (pipeline, "finish", "finish_release")):
        if hasattr(module, attr):
            setattr(module, attr, timed(name, getattr(module, attr)))
    if hasattr(pipeline, "finisher"):  # the finish step is made by a factory
        real_finisher = pipeline.finisher
        pipeline.finisher = lambda *a, **kw: timed("finish", real_finisher(*a, **kw))
    describe.write_dumps = timed("dumps", describe.write_dumps)
    if hasattr(describe, "statistics"):  # per-entity counts, a graph of their own (kg.statistics)
        describe.statistics.publish = timed("statistics", describe.statistics.publish)
    if hasattr(describe, "search_index"):  # the SQLite FTS5 index (kg.search.index)
        describe.search_index.build = timed("search index", describe.search_index.build)
    describe.dataset_stats = timed("description", describe.dataset_stats)
    describe.describe = timed("description", describe.describe)
    for module in ("kg.store.describe", "kg.store.finish"):
        with contextlib.suppress(ImportError):
            mod = __import__(module, fromlist=["graph_counts"])
            if hasattr(mod, "graph_counts"):
                mod.graph_counts = timed("counts", mod.graph_counts)
    real_publish = StoreDir.publish

    @contextlib.contextmanager
    def publish(self, finish=None):
        times["peak MB before publish"] = _peak_mb()
        t0 = time.perf_counter()
        with real_publish(self, finish) as st:
            t1 = time.perf_counter()
            times["open"] += t1 - t0
            yield st
            times["publish body"] += time.perf_counter() - t1
            t2 = time.perf_counter()
        times["publish exit"] += time.perf_counter() - t2
        times["publish"] += time.perf_counter() - t0

    StoreDir.publish = publish


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(store: str, jobs: str, paths: list[str]) -> None:
    """One `kg build` with timers; prints the figures as JSON on the last line. `jobs`: a
    number of processes, or a Dask scheduler's address."""
    times: dict[str, float] = defaultdict(float)
    _instrument(times)
    from kg.cli import main

    where = ["--cluster", jobs] if "://" in jobs else ["--jobs", jobs]
    t = time.perf_counter()
    # --keep-going: a synthetic article the pipeline refuses is reported (stderr) and left out,
    # the same one in every run; the quads published say what was built
    main(["build", "--keep-going", "--store", store, *where, *paths], standalone_mode=False)
    times["build"] = time.perf_counter() - t
    # the publish body is load + shared check; its exit is finish + release
    times["load"] = times.pop("publish body", 0.0) - times["shared check"]
    times["release"] = times.pop("publish exit", 0.0) - times.pop("finish", 0.0)
    times["peak MB"] = _peak_mb()
    times["workers peak MB"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    from kg.store import StoreDir

    info = StoreDir(store).require_current().info()
    times["quads"] = info["quads"]
    times["graphs"] = len(info["graphs"])  # article graphs + the shared one(s)
    times["shared triples"] = next(n for g, n in info["graphs"].items() if g.endswith("/shared"))
    # how the statistics and the search index were written (1: patched / updated; 0: whole)
    times["statistics patched"] = float(bool(info.get("statistics", {}).get("patched")))
    times["search index updated"] = float(_index_written(StoreDir(store).require_current().path)
                                          .startswith("updated"))
    print(json.dumps(times))


def _index_written(release: Path) -> str:
    """The search index's `written` (kg.search.index): "whole" when it does not say."""
    import sqlite3

    db = sqlite3.connect(release / "search.sqlite")
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'written'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        db.close()
    return row[0] if row else "whole"


def _cpu(who: int) -> float:
    """User + system CPU seconds of this process (RUSAGE_SELF) or of its waited-for
    descendants (RUSAGE_CHILDREN). Recorded in the JSON only: the --jobs workers are children
    of a fork server that is not waited for, so their CPU is missing there (not comparable)."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def run_build(store: Path, paths: list[Path], jobs: int | str = 1, tree: Path | None = None) -> dict:
    """`tree`: the kg tree the build imports (PYTHONPATH; default: the environment's)."""
    cpu, load = _cpu(resource.RUSAGE_CHILDREN), os.getloadavg()[0]
    env = {**os.environ, "PYTHONPATH": str(tree)} if tree else None
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", str(store), str(jobs),
                           *map(str, paths)],
                          capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    if proc.returncode:
        raise SystemExit(f"kg build failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall"] = wall
    # the kg build process and its worker processes (--jobs: they are its descendants)
    out["cpu"] = _cpu(resource.RUSAGE_CHILDREN) - cpu
    out["load average"] = [load, os.getloadavg()[0]]  # 1 min, before and after
    return out


def machine() -> dict:
    cpu = next((ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo")
                if ln.startswith("model name")), platform.processor())
    mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.split("\n")[1].split()[1]
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory": mem, "python": platform.python_version(),
            "load before": os.getloadavg()[0]}


def on_local_cluster(workers: int, store: Path, paths: list[Path]) -> dict:
    """`kg build --cluster` against a distributed.LocalCluster of `workers` processes (one
    thread each), started before the clock and stopped after; its workers import kg at their
    first task, as `--jobs` workers do."""
    import logging

    from distributed import LocalCluster

    children, own = _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_SELF)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        out = run_build(store, paths, cluster.scheduler_address)
    # CPU of everything the cluster build used: kg build, the workers and their nannies (child
    # processes, reaped when the cluster closes) and the scheduler (threads of this process)
    out["cpu"] = (_cpu(resource.RUSAGE_CHILDREN) - children) + (_cpu(resource.RUSAGE_SELF) - own)
    return out


def bench(sizes: list[int], seed: int, jobs: int, cluster_workers: int = 0,
          serial: bool = True) -> dict:
    sys.path.insert(0, str(HERE))
    from article_synth import generate

    results: dict = {"machine": machine(), "sizes": {}, "jobs": jobs,
                     "cluster workers": cluster_workers}
    for n in sizes:
        folder, extra = OUT / f"archive-{n}", OUT / f"extra-{n}"
        for d in (folder, extra):
            shutil.rmtree(d, ignore_errors=True)
        generate(n, folder, seed=seed)
        added = generate(1, extra, seed=seed, start=n)  # article n: the next one of the archive
        store = OUT / f"store-{n}"
        shutil.rmtree(store, ignore_errors=True)
        runs = {}
        if jobs > 1:
            runs["parallel"] = run_build(store, [folder], jobs)
            print(f"N={n}: full -j {jobs} {runs['parallel']['wall']:.1f} s", file=sys.stderr)
            shutil.rmtree(store)
        if cluster_workers:
            runs["cluster"] = on_local_cluster(cluster_workers, store, [folder])
            print(f"N={n}: full --cluster ({cluster_workers} workers) "
                  f"{runs['cluster']['wall']:.1f} s", file=sys.stderr)
            shutil.rmtree(store)
        if not serial:
            results["sizes"][n] = runs
            continue
        runs["full"] = run_build(store, [folder])
        print(f"N={n}: full {runs['full']['wall']:.1f} s", file=sys.stderr)
        runs["incremental"] = run_build(store, added)
        print(f"N={n}: +1 {runs['incremental']['wall']:.1f} s", file=sys.stderr)
        results["sizes"][n] = runs
        shutil.rmtree(store, ignore_errors=True)
    results["machine"]["load after"] = os.getloadavg()[0]
    return results


def shared_bench(counts: list[int], seed: int) -> dict:
    """The cross-article check alone, whole and neighbourhood, on shared graphs of many entities
    (the synthetic archives reuse a few hundred names, so their shared graph stays small)."""
    import tempfile

    import pyoxigraph as ox

    from kg.article_jobs import ArticleTask, Spill, make
    from kg.iri import Minter
    from kg.shared_check import check

    sys.path.insert(0, str(HERE))
    from article_synth import generate

    minter = Minter.from_config()
    shared = ox.NamedNode(str(minter.shared_graph("shared")))
    made = make(ArticleTask.of(generate(1, OUT / "shared-extra", seed=seed, start=7)[0]), minter,
                True, None)
    out = {}
    for n in counts:
        lines = []
        for i in range(n):
            iri, name = minter.person(f"Synthetic Person {i}"), f"Synthetic Person {i}"
            lines += [f"<{iri}> <{RDF_TYPE}> <http://schema.org/Person> .",
                      f'<{iri}> <http://www.w3.org/2000/01/rdf-schema#label> "{name}" .',
                      f'<{iri}> <http://schema.org/name> "{name}" .',
                      f'<{iri}> <http://www.w3.org/2004/02/skos/core#altLabel> "S. Person {i}" .']
        with tempfile.TemporaryDirectory() as tmp:
            st = ox.Store(tmp)
            st.bulk_load("\n".join(lines).encode(), ox.RdfFormat.N_TRIPLES, to_graph=shared)
            touched: set = set()
            with Spill() as spill:
                spill.add(made, shared)
                spill.load_into(st, touched)
            t = time.perf_counter()
            whole = check(st, shared)
            t_whole = time.perf_counter() - t
            t = time.perf_counter()
            part = check(st, shared, touched=touched)
            t_part = time.perf_counter() - t
            out[n] = {"triples": len(st), "whole": t_whole, "neighbourhood": t_part,
                      "mode": part.mode, "focus": part.focus, "checked triples": part.triples,
                      "same violations": {r.message for r in whole.report.violations}
                      == {r.message for r in part.report.violations}}
        print(f"shared {n}: {out[n]}", file=sys.stderr)
    return out


def pages_bench(folders: list[Path], jobs: int) -> dict:
    """The full and incremental builds (and `--jobs`) of real-shaped pages (`--pages`)."""
    pages = sorted(p for f in folders for p in (sorted(f.glob("*.txt")) if f.is_dir() else [f]))
    if len(pages) < 2:
        raise SystemExit("--pages: give at least two pages")
    archive, added = pages[:-1], pages[-1:]
    store = OUT / "store-pages"
    shutil.rmtree(store, ignore_errors=True)
    runs = {}
    if jobs > 1:
        runs["parallel"] = run_build(store, archive, jobs)
        print(f"{len(archive)} pages: full -j {jobs} {runs['parallel']['wall']:.1f} s", file=sys.stderr)
        shutil.rmtree(store)
    runs["full"] = run_build(store, archive)
    print(f"{len(archive)} pages: full {runs['full']['wall']:.1f} s", file=sys.stderr)
    runs["incremental"] = run_build(store, added)
    print(f"{len(archive)} pages: +1 {runs['incremental']['wall']:.1f} s", file=sys.stderr)
    shutil.rmtree(store, ignore_errors=True)
    machine_now = machine()
    machine_now["load after"] = os.getloadavg()[0]
    return {"machine": machine_now, "sizes": {len(archive): runs}, "jobs": jobs, "pages": True}


def compare_bench(store: Path, pages: list[Path], against: Path, after_store: Path | None = None
                  ) -> dict:
    """Each page added in turn into a copy of `store` by the tree `against` and by this tree
    (`--compare`; into a copy of `after_store` when given), interleaved: the same pages, the
    same machine, the same load."""
    trees = {"before": Path(against).resolve(), "after": HERE.parent}
    copies = {k: OUT / f"compare-{k}" for k in trees}
    for k, copy in copies.items():
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(after_store if k == "after" and after_store else store, copy, symlinks=True)
    runs: dict = {k: {} for k in trees}
    for i, page in enumerate(pages, start=1):
        for k, tree in trees.items():
            runs[k][f"+{i}"] = run_build(copies[k], [page], tree=tree)
            print(f"{k} +{i} ({page.name}): {runs[k][f'+{i}']['wall']:.1f} s", file=sys.stderr)
    for copy in copies.values():
        shutil.rmtree(copy, ignore_errors=True)
    machine_now = machine()
    machine_now["load after"] = os.getloadavg()[0]
    return {"machine": machine_now, "compare": runs, "trees": {k: str(t) for k, t in trees.items()},
            "pages": [str(p) for p in pages]}


COMPARE_ROWS = tuple(("publish: " + k, k, "{:.2f}") for k in PUBLISH_STAGES)


def compare_report(results: dict) -> str:
    """Per added page: each stage before and after, and after / before."""
    runs = results["compare"]
    lines = []
    for step in runs["before"]:
        b, a = runs["before"][step], runs["after"][step]
        lines += ["", f"Page {step}: before ({results['trees']['before']}) and after (this tree)", "",
                  "| stage | before | after | after / before |", "|---|---:|---:|---:|"]
        rows = [*COMPARE_ROWS, ("publish (all stages)", "publish", "{:.2f}"),
                ("kg build, process wall", "wall", "{:.1f}"),
                ("CPU, process (user + system s)", "cpu", "{:.1f}"),
                ("peak memory (MB)", "peak MB", "{:.0f}"),
                ("quads after", "quads", "{:,.0f}"),
                ("statistics patched (1) or counted whole (0)", "statistics patched", "{:.0f}"),
                ("search index updated (1) or written whole (0)", "search index updated", "{:.0f}")]
        for label, key, fmt in rows:
            x, y = b.get(key, 0.0), a.get(key, 0.0)
            ratio = f"{y / x:.2f}" if x and key not in ("statistics patched", "search index updated") else "–"
            lines.append(f"| {label} | {fmt.format(x)} | {fmt.format(y)} | {ratio} |")
    m = results["machine"]
    lines += ["", f"Machine: nproc {m['nproc']}, {m['cpu']}, {m['memory']} RAM, Python "
              f"{m['python']}; load average {m['load before']:.1f} before, "
              f"{m.get('load after', 0):.1f} after."]
    return "\n".join(lines).lstrip()


def report(results: dict) -> str:
    sizes = sorted(results["sizes"], key=int)
    runs = [results["sizes"][n] for n in sizes]
    head = "| " + " | ".join(["stage", *(f"N={n}" for n in sizes),
                              *(f"×{n}/{sizes[0]}" for n in sizes[1:])]) + " |"
    rule = "|---|" + "---:|" * (2 * len(sizes) - 1)

    def row(label: str, key: str, which: str, fmt: str = "{:.2f}") -> str:
        vals = [r.get(which, {}).get(key, 0.0) for r in runs]
        ratios = [f"{v / vals[0]:.1f}" if vals[0] else "–" for v in vals[1:]]
        return "| " + " | ".join([label, *(fmt.format(v) for v in vals), *ratios]) + " |"

    lines = []
    titles = {"full": "Full build, one process (seconds; ×: value at N over value at the smallest N)",
              "incremental": "Incremental build: one article added to the published archive of N"}
    for which in [w for w in ("full", "incremental") if runs and all(w in r for r in runs)]:
        lines += ["", titles[which], "", head, rule]
        lines += [row(key + " (all articles)", key, which) for key in ARTICLE_STAGES]
        lines += [row("publish: " + key, key, which) for key in PUBLISH_STAGES]
        lines.append(row("**kg build, in-process**", "build", which))
        lines.append(row("kg build, process wall", "wall", which))
        lines.append(row("peak memory before publishing (MB)", "peak MB before publish", which, "{:.0f}"))
        lines.append(row("peak memory (MB)", "peak MB", which, "{:.0f}"))
        lines.append(row("quads after", "quads", which, "{:,.0f}"))
        lines.append(row("shared graph triples", "shared triples", which, "{:,.0f}"))
    if runs and all("parallel" in r and "full" in r for r in runs):
        jobs = results.get("jobs", 2)
        lines += ["", f"Full build with `--jobs {jobs}`", "", head, rule,
                  row("publish (all stages)", "publish", "parallel"),
                  row("kg build, process wall", "wall", "parallel"),
                  row("peak memory, main process (MB)", "peak MB", "parallel", "{:.0f}"),
                  row("peak memory, largest worker (MB)", "workers peak MB", "parallel", "{:.0f}")]
        speedups = [f"{r['full']['wall'] / r['parallel']['wall']:.2f}" for r in runs]
        lines.append("| one process / --jobs, wall | " + " | ".join(speedups) + " |"
                     + " |" * (len(sizes) - 1))
    if runs and all("cluster" in r and "parallel" in r for r in runs):
        jobs, workers = results.get("jobs", 2), results.get("cluster workers", 2)
        lines += ["", f"Full build: `--jobs {jobs}` against `--cluster` (a Dask LocalCluster of "
                  f"{workers} worker processes, one thread each)", "", head, rule]
        for which, label in (("parallel", f"--jobs {jobs}"), ("cluster", "--cluster")):
            lines += [row(f"{label}: kg build, process wall", "wall", which),
                      row(f"{label}: graphs published", "graphs", which, "{:,.0f}"),
                      row(f"{label}: publish (all stages)", "publish", which),
                      row(f"{label}: peak memory, kg build process (MB)", "peak MB", which, "{:.0f}")]
        ratios = [f"{r['cluster']['wall'] / r['parallel']['wall']:.2f}" for r in runs]
        lines.append("| --cluster / --jobs, wall | " + " | ".join(ratios) + " |"
                     + " |" * (len(sizes) - 1))

    if results.get("shared"):
        lines += ["", "Cross-article check alone, one article added to a shared graph of many entities",
                  "", "| shared graph triples | whole check (s) | neighbourhood check (s) | nodes checked "
                  "| triples checked | same violations |", "|---:|---:|---:|---:|---:|---|"]
        for v in results["shared"].values():
            lines.append(f"| {v['triples']:,} | {v['whole']:.2f} | {v['neighbourhood']:.3f} | "
                         f"{v['focus']} | {v['checked triples']} | {v['same violations']} |")
    m = results["machine"]
    lines += ["", f"Machine: nproc {m['nproc']}, {m['cpu']}, {m['memory']} RAM, Python "
              f"{m['python']}; load average {m['load before']:.1f} before, "
              f"{m.get('load after', 0):.1f} after."]
    return "\n".join(lines).lstrip()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2], argv[3:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[10, 50, 200])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2, help="also time a full build with this many "
                    "processes (1: only the one-process build, whose stages are timed)")
    ap.add_argument("--cluster-workers", type=int, default=0,
                    help="also time a full build on a Dask LocalCluster of this many workers")
    ap.add_argument("--skip-serial", action="store_true",
                    help="leave out the one-process full and incremental builds")
    ap.add_argument("--shared-entities", type=int, nargs="*", default=[],
                    help="also time the cross-article check alone with this many extra entities")
    ap.add_argument("--pages", type=Path, nargs="*", default=[],
                    help="build these pages (files or folders of .txt) instead of synthetic ones")
    ap.add_argument("--compare", type=Path, metavar="STORE",
                    help="add the --pages one by one into copies of this published store, by the "
                         "tree --against and by this one")
    ap.add_argument("--against", type=Path, metavar="TREE", help="the kg tree --compare runs before")
    ap.add_argument("--after-store", type=Path, metavar="STORE2",
                    help="with --compare: the store this tree starts from (published by it)")
    ap.add_argument("--json", type=Path, default=OUT / "results.json")
    ap.add_argument("--report", type=Path, help="print the tables of an earlier run")
    args = ap.parse_args(argv)
    if args.report:
        results = json.loads(args.report.read_text())
        print(compare_report(results) if "compare" in results else report(results))
        return 0
    if args.compare:
        if not (args.against and args.pages):
            raise SystemExit("--compare STORE needs --against TREE and --pages PAGE…")
        results = compare_bench(args.compare, args.pages, args.against, args.after_store)
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1))
        print(compare_report(results))
        return 0
    if args.pages:
        results = pages_bench(args.pages, args.jobs)
    else:
        results = bench(args.sizes, args.seed, args.jobs, args.cluster_workers,
                        not args.skip_serial) if args.sizes else {
            "machine": machine(), "sizes": {}}
    if args.shared_entities:
        results["shared"] = shared_bench(args.shared_entities, args.seed)
        results["machine"]["load after"] = os.getloadavg()[0]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1))
    print(report(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
