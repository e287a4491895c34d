"""Load test of `kg serve` on loopback with locust (bench/locustfile.py), bounded in users and time.

    python bench/load.py overload --seconds 60
    python bench/load.py mix --data bench/out/archive-1m.nq --users 10 --seconds 60 --runaway 2
    python bench/load.py --report bench/out/load/mix-....json        # the tables again

`overload`: issue 13's scenario on the bundled article (`kg build` of the bundled corpus): 4 users loop an
expensive query (a cross product of the whole graph with itself, seconds of work) and 8 a cheap
one (an article's headline), back to back. `mix`: the archive made by bench/generate.py, loaded
with `kg load` (which writes its dumps), `--users` users each mixing the SPARQL queries of
bench/queries (entity, article and word drawn at random), dereferencing (the 303), data
documents, HTML pages of entities and articles, search (when the server has /search), dump
downloads (a graph's file, now and then the whole N-Quads) and the home page. `--runaway N`
runs the mix twice, the second time with N more users looping a query that runs into the time
limit, and compares each kind's p99.

The server runs with its default settings except the per-client caps: locust's users all come
from 127.0.0.1, so KG_SPARQL_CLIENT_QUERIES and KG_SPARQL_CLIENT_SLOW are set to 0 (unless
`--caps`), and each user is a separate client for the scheduler. Users honour Retry-After (at
most 5 s). Figures go to bench/out/load/*.json and the table to stdout.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out" / "load"
KG = [sys.executable, "-m", "kg.cli"]
sys.path.insert(0, str(BENCH))
from generate import WORDS  # noqa: E402  (the words the generator writes)
from run import load_queries, machine, start_server  # noqa: E402

from kg.config import CORPUS_DIR, base_iri  # noqa: E402

CHEAP = """PREFIX schema: <http://schema.org/>
SELECT ?article ?headline WHERE { ?article schema:headline ?headline } LIMIT 5"""
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def kg(*args: str) -> None:
    subprocess.run([*KG, *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def store_for(scenario: str, data: Path | None) -> Path:
    """The store folder the scenario serves, made once (reused while its source is unchanged)."""
    source = data if scenario == "mix" else CORPUS_DIR
    folder = OUT / f"store-{source.stem if data else 'bundled'}"
    stamp = folder.with_suffix(".source.json")
    want = {"source": str(source), "mtime": source.stat().st_mtime, "size": source.stat().st_size}
    if stamp.exists() and json.loads(stamp.read_text()) == want and (folder / "current").exists():
        return folder
    t = time.perf_counter()
    if data is None:
        kg("build", "--store", str(folder), str(CORPUS_DIR))
    else:
        kg("load", str(data), "--store", str(folder))
    stamp.write_text(json.dumps(want))
    print(f"made {folder} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return folder


def sparql_column(endpoint: str, query: str) -> list[str]:
    url = endpoint + "?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, headers={"Accept": "text/tab-separated-values"})
    with urllib.request.urlopen(req, timeout=120) as r:
        lines = r.read().decode().splitlines()[1:]
    return [line.split("\t")[0].strip("<>") for line in lines]


def samples(base_url: str, endpoint: str) -> dict:
    """What the users ask for, drawn from the served release."""
    articles = sparql_column(endpoint, "SELECT ?a { ?a a <http://schema.org/NewsArticle> } LIMIT 500")
    entities = sparql_column(endpoint, "SELECT DISTINCT ?e { ?a <http://schema.org/mentions> ?e } LIMIT 500")
    with urllib.request.urlopen(base_url + "/download/?format=json", timeout=60) as r:
        files = json.loads(r.read())["files"]
    graph_dumps = [urllib.parse.urlsplit(f["url"]).path for f in files if f["scope"] == "graph"][:500]
    whole = next(urllib.parse.urlsplit(f["url"]).path for f in files
                 if f["scope"] != "graph" and f["name"].endswith(".nq"))
    with urllib.request.urlopen(base_url + "/", timeout=60) as r:
        home = r.read().decode()
    return {"cheap": CHEAP, "expensive": EXPENSIVE, "runaway": RUNAWAY, "queries": load_queries(),
            "article": articles, "entity": entities, "word": list(WORDS), "graph_dumps": graph_dumps,
            "whole_dump": whole, "base": base_iri(),
            "search": "/search" if 'href="/search' in home or _exists(base_url + "/search?q=the") else ""}


def _exists(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status == 200
    except OSError:
        return False


def run_locust(url: str, sample_file: Path, users: dict[str, int], seconds: int, prefix: Path) -> dict:
    """Run locust headless; its per-kind stats and failures, parsed from its CSV files."""
    env = dict(os.environ, LOAD_SAMPLES=str(sample_file), LOAD_USERS=json.dumps(users))
    total = sum(users.values())
    cmd = [sys.executable, "-m", "locust", "-f", str(BENCH / "locustfile.py"), "--headless",
           "--users", str(total), "--spawn-rate", str(total), "--run-time", f"{seconds}s",
           "--host", url, "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING", *users]
    subprocess.run(cmd, env=env, cwd=BENCH, check=False, stdout=subprocess.DEVNULL)
    kinds: dict[str, dict] = {}
    with open(f"{prefix}_stats.csv") as fh:
        for row in csv.DictReader(fh):
            if row["Name"] == "Aggregated":
                continue
            kinds[row["Name"]] = {"requests": int(row["Request Count"]),
                                  "failures": int(row["Failure Count"]),
                                  "rps": float(row["Requests/s"]), "p50_ms": float(row["50%"]),
                                  "p99_ms": float(row["99%"]), "max_ms": float(row["Max Response Time"]),
                                  "errors": {}}
    with open(f"{prefix}_failures.csv") as fh:
        for row in csv.DictReader(fh):
            m = re.search(r"HTTP (\d+)", row["Error"])
            key = m.group(1) if m else row["Error"][:60]
            errors = kinds.setdefault(row["Name"], {"errors": {}})["errors"]
            errors[key] = errors.get(key, 0) + int(row["Occurrences"])
    return kinds


def table(kinds: dict[str, dict]) -> str:
    lines = ["| kind | requests | req/s | p50 ms | p99 ms | max ms | errors |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for name in sorted(kinds):
        k = kinds[name]
        errors = ", ".join(f"{n}× {code}" for code, n in sorted(k["errors"].items())) or "0"
        lines.append(f"| {name} | {k['requests']:,} | {k['rps']:.1f} | {k['p50_ms']:,.0f} | "
                     f"{k['p99_ms']:,.0f} | {k['max_ms']:,.0f} | {errors} |")
    return "\n".join(lines)


def compare(base: dict[str, dict], loaded: dict[str, dict]) -> str:
    lines = ["| kind | p99 ms without | p99 ms with runaway clients | change |", "|---|---:|---:|---:|"]
    for name in sorted(base):
        if name in loaded and base[name]["p99_ms"]:
            a, b = base[name]["p99_ms"], loaded[name]["p99_ms"]
            lines.append(f"| {name} | {a:,.0f} | {b:,.0f} | {100 * (b - a) / a:+.0f}% |")
    return "\n".join(lines)


def report(result: dict) -> str:
    out = [f"{result['command']}", f"machine: {result['machine']}", ""]
    for run in result["runs"]:
        out += [f"### {run['label']}", "", table(run["kinds"]), ""]
    if len(result["runs"]) == 2:
        out += ["### p99 of the mix, without and with the runaway clients", "",
                compare(result["runs"][0]["kinds"], result["runs"][1]["kinds"]), ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenario", nargs="?", choices=["overload", "mix"])
    ap.add_argument("--data", type=Path, help="N-Quads archive for the mix (bench/generate.py)")
    ap.add_argument("--users", type=int, default=10, help="mix users (default 10)")
    ap.add_argument("--runaway", type=int, default=0, help="also run the mix with N runaway users")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--caps", action="store_true",
                    help="keep the per-client caps (all users share 127.0.0.1)")
    ap.add_argument("--env", action="append", default=[], metavar="KG_SPARQL_X=VALUE",
                    help="a server setting (e.g. KG_SPARQL_SLOW_WORKERS=0: one lane, as before)")
    ap.add_argument("--report", type=Path, help="print the tables of a saved result")
    args = ap.parse_args(argv)
    if args.report:
        print(report(json.loads(args.report.read_text())))
        return 0
    if args.scenario is None or (args.scenario == "mix" and args.data is None):
        ap.error("give a scenario (and --data for the mix)")
    OUT.mkdir(parents=True, exist_ok=True)
    store = store_for(args.scenario, args.data.resolve() if args.data else None)
    env = {} if args.caps else {"KG_SPARQL_CLIENT_QUERIES": "0", "KG_SPARQL_CLIENT_SLOW": "0"}
    env.update(item.split("=", 1) for item in args.env)
    proc, endpoint = start_server(store, env=env)
    url = endpoint[: -len("/sparql")]
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    result = {"command": "python bench/" + " ".join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])]),
              "machine": machine() | {"python": platform.python_version()}, "runs": []}
    try:
        sample_file = OUT / f"samples-{stamp}.json"
        sample_file.write_text(json.dumps(samples(url, endpoint)))
        if args.scenario == "overload":
            plans = [("4 expensive + 8 cheap users, bundled article", {"ExpensiveUser": 4, "CheapUser": 8})]
        else:
            plans = [(f"{args.users} mix users", {"MixUser": args.users})]
            if args.runaway:
                plans.append((f"{args.users} mix users + {args.runaway} runaway users",
                              {"MixUser": args.users, "RunawayUser": args.runaway}))
        for i, (label, users) in enumerate(plans):
            load_before = os.getloadavg()[0]
            kinds = run_locust(url, sample_file, users, args.seconds, OUT / f"{args.scenario}-{stamp}-{i}")
            result["runs"].append({"label": label + f" ({args.seconds} s, load average "
                                   f"{load_before:.1f} before)", "users": users, "kinds": kinds})
    finally:
        proc.terminate()
        proc.wait(30)
    path = OUT / f"{args.scenario}-{stamp}.json"
    path.write_text(json.dumps(result, indent=1))
    print(report(result))
    print(f"\n(saved to {path})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
