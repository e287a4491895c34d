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
limit, and compares each kind's p99; `--control` adds the plain mix a second time, so the
difference two identical plans show on the machine is measured in the same run. The report
also pools the other clients' requests (every kind but the runaway query, and the light kinds
alone) and gives the p99 of a request drawn in the plan's mix, with a bootstrap interval: a few
thousand requests decide what each kind's few hundred cannot.

Each kind is timed twice: by locust (the client: what a user waits, including the client's own
delays) and by the server (its access log: from the request reaching the app to the last byte
of the body handed to the socket). The server's figures decide issue 13's promise that no
request takes longer than the query time limit plus one second; the report counts the requests
over it on either side.

The server runs with its default settings except the per-client caps: locust's users all come
from 127.0.0.1, so KG_SPARQL_CLIENT_QUERIES and KG_SPARQL_CLIENT_SLOW are set to 0 (unless
`--caps`), and each user is a separate client for the scheduler. Users honour Retry-After (at
most 5 s). Figures go to bench/out/load/*.json and the table to stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import random
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

from kg.config import CORPUS_DIR, SparqlSettings, base_iri  # noqa: E402

LOG_LINE = re.compile(r'"(?P<method>\S+) (?P<path>\S+) [^"]*" (?P<status>\d{3}|-) \S+ (?P<seconds>[\d.]+)$')

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


def run_locust(url: str, sample_file: Path, users: dict[str, int], seconds: int, raw: Path) -> None:
    """Run locust headless; every request goes to `raw` (kind, ms, status: see locustfile.py)."""
    env = dict(os.environ, LOAD_SAMPLES=str(sample_file), LOAD_USERS=json.dumps(users), LOAD_RAW=str(raw))
    total = sum(users.values())
    cmd = [sys.executable, "-m", "locust", "-f", str(BENCH / "locustfile.py"), "--headless",
           "--users", str(total), "--spawn-rate", str(total), "--run-time", f"{seconds}s",
           "--host", url, "--only-summary", "--loglevel", "WARNING", *users]
    subprocess.run(cmd, env=env, cwd=BENCH, check=False, stdout=subprocess.DEVNULL)


def client_samples(raw: Path) -> dict[str, list[tuple[float, int]]]:
    """Per kind: (milliseconds, status) of every request locust made (status 0: no answer)."""
    out: dict[str, list[tuple[float, int]]] = {}
    for line in raw.read_text().splitlines():
        kind, ms, status = line.rsplit("\t", 2)
        out.setdefault(kind, []).append((float(ms), int(status)))
    return out


def summarize(samples: dict[str, list[tuple[float, int]]], seconds: float) -> dict[str, dict]:
    """Per kind: requests, req/s, p50, p99, max and errors (any status other than 2xx/3xx)."""
    kinds = {}
    for kind, rows in samples.items():
        times = sorted(ms for ms, _ in rows)
        errors: dict[str, int] = {}
        for _, status in rows:
            if not 200 <= status < 400:
                key = str(status) if status else "no answer"
                errors[key] = errors.get(key, 0) + 1
        kinds[kind] = {"requests": len(times), "rps": len(times) / seconds if seconds else 0.0,
                       "p50_ms": _quantile(times, 0.50), "p99_ms": _quantile(times, 0.99),
                       "max_ms": times[-1], "errors": errors}
    return kinds


def server_kind(path: str, method: str, status: str, articles: set[str]) -> str:
    """The locust kind of a request in the server's access log (see bench/locustfile.py)."""
    url = urllib.parse.urlsplit(path)
    if url.path.endswith("/sparql"):
        query = urllib.parse.parse_qs(url.query).get("query", [""])[0]
        m = re.match(r"# load: (\S+)", query)
        return f"sparql {m.group(1)}" if m else "sparql (set-up)"
    if url.path.startswith("/page/"):
        return "page article" if url.path[len("/page/"):] in articles else "page entity"
    if url.path.startswith("/data/"):
        return "data document"
    if url.path.startswith("/download/graphs/"):
        return "dump graph"
    if url.path.startswith("/download/") and url.path.endswith(".nq"):
        return "dump whole (N-Quads, gzip)"
    if url.path.startswith("/search"):
        return "search"
    if url.path == "/":
        return "home page"
    return "dereference (303)" if status == "303" else f"other {method}"


def server_samples(log: Path, start: int, articles: set[str]
                   ) -> tuple[dict[str, list[tuple[float, int]]], int]:
    """Per kind, (milliseconds, status) from the server's access log read from byte `start`; and
    where the log ends."""
    with log.open("rb") as fh:
        fh.seek(start)
        data = fh.read()
    out: dict[str, list[tuple[float, int]]] = {}
    for raw in data.decode("utf-8", "replace").splitlines():
        m = LOG_LINE.search(raw)
        if m:
            kind = server_kind(m["path"], m["method"], m["status"], articles)
            status = int(m["status"]) if m["status"].isdigit() else 0
            out.setdefault(kind, []).append((1000 * float(m["seconds"]), status))
    return out, start + len(data)


def _quantile(values: list[float], q: float) -> float:
    """The q-quantile of sorted values, nearest rank (as locust reports its percentiles)."""
    return values[min(len(values) - 1, max(0, int(round(q * len(values) + 0.5)) - 1))]


def p99_ratio_ci(base: list[float], other: list[float], draws: int = 2000,
                 seed: int = 13) -> tuple[float, float]:
    """A 95% bootstrap interval for p99(other) / p99(base): both samples are redrawn with
    replacement `draws` times. A p99 of a few hundred requests is the second or third slowest of
    them, so two identical plans differ by a factor of two or more; only the interval says
    whether a change of 20% is shown, ruled out, or neither."""
    if not base or not other:
        return (math.nan, math.nan)
    rng = random.Random(seed)
    ratios = []
    for _ in range(draws):
        a = sorted(rng.choices(base, k=len(base)))
        b = sorted(rng.choices(other, k=len(other)))
        pa = _quantile(a, 0.99)
        ratios.append(_quantile(b, 0.99) / pa if pa else math.inf)
    ratios.sort()
    return ratios[int(0.025 * draws)], ratios[int(0.975 * draws) - 1]


def mixture_quantile(samples: dict[str, list[float]], weights: dict[str, float], q: float) -> float:
    """The q-quantile of a request drawn from the kinds in the given shares: each of a kind's
    timings weighs its share over its count, so a plan that happened to send more of a slow kind
    does not move the figure by its mix alone."""
    rows = sorted((v, weights[k] / len(vs)) for k, vs in samples.items() if vs for v in vs)
    total = sum(w for _, w in rows)
    acc = 0.0
    for value, w in rows:
        acc += w
        if acc >= q * total - 1e-12:
            return value
    return rows[-1][0] if rows else math.nan


def pooled_p99_ratio_ci(base: dict[str, list[float]], other: dict[str, list[float]],
                        kinds: list[str], draws: int = 1000, seed: int = 13
                        ) -> tuple[float, float, float, float]:
    """Issue 13's "the others' p99" read over the other clients' requests together: the p99 of a
    request of `kinds` in the base plan's mix, without and with the runaway users, and a 95%
    bootstrap interval of their ratio (each kind redrawn within itself). Thousands of requests
    decide it where a kind's few hundred cannot."""
    base = {k: base.get(k, []) for k in kinds if base.get(k) and other.get(k)}
    other = {k: other[k] for k in base}
    if not base:
        return (math.nan, math.nan, math.nan, math.nan)
    total = sum(len(v) for v in base.values())
    weights = {k: len(v) / total for k, v in base.items()}
    rng = random.Random(seed)
    ratios = []
    for _ in range(draws):
        a = mixture_quantile({k: rng.choices(v, k=len(v)) for k, v in base.items()}, weights, 0.99)
        b = mixture_quantile({k: rng.choices(v, k=len(v)) for k, v in other.items()}, weights, 0.99)
        ratios.append(b / a if a else math.inf)
    ratios.sort()
    return (mixture_quantile(base, weights, 0.99), mixture_quantile(other, weights, 0.99),
            ratios[int(0.025 * draws)], ratios[int(0.975 * draws) - 1])


def pooled(pairs: list[tuple[str, dict, dict]], long_ms: float = 1000.0) -> str:
    """The pooled rows of each pair of plans (label, without, with): every kind but the runaway
    query, and the light kinds alone (those whose p50 without the runaway users is under
    `long_ms`: the long queries, which share the slow lane with the runaway ones, left out).
    Which kinds are light is decided once, on the first pair's plan without, so every row pools
    the same kinds."""
    first = pairs[0][1]
    kinds = [k for k in first["server_ms"] if "runaway" not in k]
    light = [k for k in kinds if first["server"].get(k, {}).get("p50_ms", math.inf) < long_ms]
    lines = ["| plans compared | requests pooled (in the mix of the first plan) | requests first / second | "
             "server p99 ms first → second | ratio, 95% interval | verdict |",
             "|---|---|---:|---:|---:|---|"]
    for pair, base, loaded in pairs:
        for label, chosen in ((f"every other kind ({len(kinds)})", kinds),
                              (f"the light kinds, p50 under {long_ms:,.0f} ms ({len(light)})", light)):
            a, b, lo, hi = pooled_p99_ratio_ci(base["server_ms"], loaded["server_ms"], chosen)
            n_a = sum(len(base["server_ms"].get(k, [])) for k in chosen)
            n_b = sum(len(loaded["server_ms"].get(k, [])) for k in chosen)
            lines.append(f"| {pair} | {label} | {n_a:,} / {n_b:,} | {a:,.0f} → {b:,.0f} | "
                         f"{lo:.2f}–{hi:.2f} | {verdict(lo, hi)} |")
    return "\n".join(lines)


def merged(*runs: dict) -> dict:
    """Plans of the same users taken together: their timings pooled kind by kind (the summary
    of the first stands for the kinds' p50, which only sorts the light kinds from the long)."""
    kinds = {k for r in runs for k in r["server_ms"]}
    return {**runs[0], "server_ms": {k: sorted(v for r in runs for v in r["server_ms"].get(k, []))
                                     for k in kinds}}


def verdict(lo: float, hi: float, bound: float = 1.2) -> str:
    """Issue 13's test on an interval: is the p99 within 20% of the plan without runaway users?"""
    if math.isnan(lo):
        return "–"
    if hi <= bound:
        return "within 20%"
    if lo > bound:
        return "more than 20% slower"
    return "not decided"


def over_limit(kinds: dict[str, dict], limit_ms: float) -> str:
    """Kinds whose slowest request took longer than the limit, with that time."""
    slow = [f"{name} ({k['max_ms']:,.0f} ms)" for name, k in sorted(kinds.items()) if k["max_ms"] > limit_ms]
    return ", ".join(slow) or "none"


def table(kinds: dict[str, dict]) -> str:
    lines = ["| kind | requests | req/s | p50 ms | p99 ms | max ms | errors |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for name in sorted(kinds):
        k = kinds[name]
        errors = ", ".join(f"{n}× {code}" for code, n in sorted(k["errors"].items())) or "0"
        lines.append(f"| {name} | {k['requests']:,} | {k['rps']:.1f} | {k['p50_ms']:,.0f} | "
                     f"{k['p99_ms']:,.0f} | {k['max_ms']:,.0f} | {errors} |")
    return "\n".join(lines)


def compare(base: dict, loaded: dict) -> str:
    """Each kind's p50 and p99 without and with the runaway clients, client and server side."""
    lines = ["| kind | requests without / with | p50 ms without → with | p99 ms without → with | "
             "p99 change | server p99 ms without → with | server p99 change |",
             "|---|---:|---:|---:|---:|---:|---:|"]

    def change(a: float, b: float) -> str:
        return f"{100 * (b - a) / a:+.0f}%" if a else "–"

    timed = "server_ms" in base and "server_ms" in loaded
    if timed:
        lines[0] += " server p99 ratio, 95% interval | verdict |"
        lines[1] += "---:|---|"
    for name in sorted(base["kinds"]):
        if name not in loaded["kinds"]:
            continue
        a, b = base["kinds"][name], loaded["kinds"][name]
        sa, sb = base.get("server", {}).get(name), loaded.get("server", {}).get(name)
        server = (f"{sa['p99_ms']:,.0f} → {sb['p99_ms']:,.0f} | {change(sa['p99_ms'], sb['p99_ms'])}"
                  if sa and sb else "– | –")
        line = (f"| {name} | {a['requests']:,} / {b['requests']:,} | {a['p50_ms']:,.0f} → "
                f"{b['p50_ms']:,.0f} | {a['p99_ms']:,.0f} → {b['p99_ms']:,.0f} | "
                f"{change(a['p99_ms'], b['p99_ms'])} | {server} |")
        if timed:
            lo, hi = p99_ratio_ci(base["server_ms"].get(name, []), loaded["server_ms"].get(name, []))
            line += f" {lo:.2f}–{hi:.2f} | {verdict(lo, hi)} |"
        lines.append(line)
    return "\n".join(lines)


def server_table(kinds: dict[str, dict]) -> str:
    lines = ["| kind (the server's access log) | requests | p50 ms | p99 ms | max ms |",
             "|---|---:|---:|---:|---:|"]
    for name in sorted(kinds):
        k = kinds[name]
        lines.append(f"| {name} | {k['requests']:,} | {k['p50_ms']:,.0f} | {k['p99_ms']:,.0f} | "
                     f"{k['max_ms']:,.0f} |")
    return "\n".join(lines)


def report(result: dict) -> str:
    out = [f"{result['command']}", f"machine: {result['machine']}", ""]
    limit_ms = 1000 * (result.get("time_limit", SparqlSettings.from_env().timeout) + 1)
    for run in result["runs"]:
        out += [f"### {run['label']}", "", table(run["kinds"]), ""]
        if run.get("server"):
            out += [server_table(run["server"]), "",
                    f"Longer than the time limit plus one second ({limit_ms:,.0f} ms): "
                    f"client side {over_limit(run['kinds'], limit_ms)}; "
                    f"server side {over_limit(run['server'], limit_ms)}.", ""]
    if len(result["runs"]) >= 2:
        out += ["### The mix without and with the runaway clients", "",
                compare(result["runs"][0], result["runs"][1]), ""]
    if len(result["runs"]) == 3:
        out += ["### The control: the mix without runaway clients, twice", "",
                compare(result["runs"][0], result["runs"][2]), "",
                "### The control against the mix with runaway clients (both ran after the first "
                "plan in every round: the fair pair)", "",
                compare(result["runs"][2], result["runs"][1]), ""]
    if len(result["runs"]) >= 2 and all("server_ms" in r for r in result["runs"]):
        runs = result["runs"]
        if len(runs) == 3:
            pairs = [("the control: without, twice (the machine's noise)", runs[0], runs[2]),
                     ("the fair pair: control → with runaway users", runs[2], runs[1]),
                     ("both plans without, together → with runaway users", merged(runs[0], runs[2]),
                      runs[1])]
        else:
            pairs = [("without → with runaway users", runs[0], runs[1])]
        out += ["### The others' requests together", "",
                "Two identical plans differ by the control row's ratio: a change between the "
                "plans without and with runaway users is shown only where it is larger than that.",
                "", pooled(pairs), ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenario", nargs="?", choices=["overload", "mix"])
    ap.add_argument("--data", type=Path, help="N-Quads archive for the mix (bench/generate.py)")
    ap.add_argument("--users", type=int, default=10, help="mix users (default 10)")
    ap.add_argument("--runaway", type=int, default=0, help="also run the mix with N runaway users")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--control", action="store_true",
                    help="also run the mix without runaway users a second time, alternating with "
                         "the others: the difference two identical plans show on this machine")
    ap.add_argument("--rounds", type=int, default=1,
                    help="run each plan this many times, alternating, and pool the requests")
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
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    log = OUT / f"{args.scenario}-{stamp}-access.log"
    proc, endpoint = start_server(store, env=env, access_log=log)
    url = endpoint[: -len("/sparql")]
    server_env = dict(os.environ, **env)
    result = {"command": "python bench/" + " ".join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])]),
              "machine": machine() | {"python": platform.python_version()}, "runs": [],
              "time_limit": SparqlSettings.from_env(server_env).timeout}
    try:
        sample_file = OUT / f"samples-{stamp}.json"
        drawn = samples(url, endpoint)
        sample_file.write_text(json.dumps(drawn))
        articles = {iri[len(drawn["base"]):] for iri in drawn["article"]}
        offset = log.stat().st_size
        if args.scenario == "overload":
            plans = [("4 expensive + 8 cheap users, bundled article", {"ExpensiveUser": 4, "CheapUser": 8})]
        else:
            plans = [(f"{args.users} mix users", {"MixUser": args.users})]
            if args.runaway:
                plans.append((f"{args.users} mix users + {args.runaway} runaway users",
                              {"MixUser": args.users, "RunawayUser": args.runaway}))
            if args.control:  # the first plan again: how much two identical plans differ here
                plans.append((f"{args.users} mix users, again (control)", {"MixUser": args.users}))
        pooled: list[dict] = [{"client": {}, "server": {}, "loads": []} for _ in plans]
        for round_ in range(args.rounds):  # the plans alternate, so drifts of the machine hit both
            for i, (_label, users) in enumerate(plans):
                pooled[i]["loads"].append(round(os.getloadavg()[0], 1))
                raw = OUT / f"{args.scenario}-{stamp}-{i}-{round_}.tsv"
                run_locust(url, sample_file, users, args.seconds, raw)
                time.sleep(1.0)  # the last lines reach the log when their bodies are closed
                server, offset = server_samples(log, offset, articles)
                for side, got in (("client", client_samples(raw)), ("server", server)):
                    for kind, rows in got.items():
                        pooled[i][side].setdefault(kind, []).extend(rows)
        for (label, users), p in zip(plans, pooled, strict=True):
            span = args.seconds * args.rounds
            result["runs"].append({
                "label": f"{label} ({args.rounds} × {args.seconds} s, load average before each: "
                         f"{', '.join(map(str, p['loads']))})",
                "users": users, "kinds": summarize(p["client"], span),
                "server": summarize(p["server"], span),
                "server_ms": {kind: sorted(round(ms, 1) for ms, _ in rows)
                              for kind, rows in p["server"].items()}})
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
