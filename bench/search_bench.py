"""Search through the release's FTS5 index against the same question asked in SPARQL.

Loads a synthetic archive (bench/generate.py) into an on-disk store, runs the publish-time
steps this feature adds (the statistics graph, kg.statistics; the search index,
kg.search.index) and times them, then asks each question both ways on the same machine in the
same run, so the ratios hold even when the machine is loaded:

- names: type-ahead of a name's first letters (FTS5 prefix query, best 8 by mentions) against
  `FILTER(CONTAINS(LCASE(?label), ...))` over every label (first 8, unranked);
- common words: two words of the generator's vocabulary in claims and sentences (FTS5: count
  of hits + best 20 by bm25) against `FILTER(CONTAINS(LCASE(?text), ...))` over every sentence
  and claim text, first 20 (LIMIT lets the engine stop early: the kindest case for SPARQL) and
  counting all (what a ranked answer needs);
- a rare word: the surname of an entity named in a few texts, same two forms;
- co-mentions of the most mentioned entity: the statistics graph's pairs (SPARQL lookups on
  kg:coMentioned) against the aggregate over mentions (bench/queries/4-co-mentions.rq shape).

    python bench/generate.py --triples 1000000 --out bench/out/archive-1m.nq
    python bench/search_bench.py bench/out/archive-1m.nq [--repeat 5] [--skip-aggregate]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics as stat
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import WORDS  # noqa: E402

from kg import statistics  # noqa: E402
from kg.config import base_iri  # noqa: E402
from kg.iri import Minter  # noqa: E402
from kg.namespaces import ITSRDF, KG, NIF, PROV, RDFS, SCHEMA  # noqa: E402
from kg.search import index as search_index  # noqa: E402
from kg.search.query import SearchIndex  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, object]:
    """Median wall time in ms of `repeat` calls after one untimed call (caches warm), and the result."""
    out = fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return stat.median(times), out


def once(fn) -> tuple[float, object]:
    """Wall time in ms of one call (for an aggregate that takes seconds), and its result."""
    t = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t) * 1000, out


def sparql_texts(words: list[str], limit: int | None) -> str:
    cond = " && ".join(f'CONTAINS(LCASE(?t), "{w.lower()}")' for w in words)
    head = "SELECT (COUNT(*) AS ?n)" if limit is None else "SELECT ?s ?t"
    tail = "" if limit is None else f" LIMIT {limit}"
    return f"""{head} WHERE {{ {{ ?s a <{NIF.Sentence}> ; <{NIF.anchorOf}> ?t }}
        UNION {{ ?s a <{SCHEMA.Claim}> ; <{SCHEMA.text}> ?t }} FILTER ({cond}) }}{tail}"""


def sparql_names(prefix: str) -> str:
    return f"""SELECT ?e ?l WHERE {{ ?e <{RDFS.label}> ?l
        FILTER (CONTAINS(LCASE(?l), "{prefix.lower()}")) }} LIMIT 8"""


def co_mentions_aggregate(entity: str) -> str:
    return f"""SELECT ?o (COUNT(DISTINCT ?a) AS ?n) WHERE {{
        ?m <{ITSRDF.taIdentRef}> <{entity}> ; <{NIF.referenceContext}> ?c .
        ?c <{PROV.hadPrimarySource}> ?a .
        ?m2 <{NIF.referenceContext}> ?c2 ; <{ITSRDF.taIdentRef}> ?o . ?c2 <{PROV.hadPrimarySource}> ?a .
        FILTER (?o != <{entity}>) }} GROUP BY ?o ORDER BY DESC(?n) LIMIT 25"""


def co_mentions_lookup(entity: str, graph: str) -> str:
    return f"""SELECT ?o ?n WHERE {{ GRAPH <{graph}> {{
        ?p <{KG.coMentioned}> <{entity}>, ?o ; <{KG.sharedArticles}> ?n FILTER (?o != <{entity}>) }} }}
        ORDER BY DESC(?n) LIMIT 25"""


def label(store: ox.Store, iri: str) -> str:
    found = store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(str(RDFS.label)), None)
    return next(iter(found)).object.value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("archive", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--skip-aggregate", action="store_true", help="do not run the co-mention aggregate")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    args = ap.parse_args()
    rng = random.Random(7)
    out: dict = {"archive": str(args.archive), "load": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory(prefix="search-bench-") as tmp:
        store = ox.Store(str(Path(tmp) / "db"))
        t = time.perf_counter()
        store.bulk_load(path=str(args.archive), format=ox.RdfFormat.N_QUADS)
        out["triples"] = len(store)
        out["bulk_load_s"] = round(time.perf_counter() - t, 1)
        minter = Minter(base_iri())
        t = time.perf_counter()
        counted = statistics.publish(store, minter)
        out["statistics_s"] = round(time.perf_counter() - t, 1)
        g = statistics.graph_name(minter)
        out["statistics_triples"] = sum(1 for _ in store.quads_for_pattern(None, None, None, g))
        out["pairs"] = len(counted.pairs)
        t = time.perf_counter()
        path = search_index.build(store, counted, Path(tmp))
        out["index_s"] = round(time.perf_counter() - t, 1)
        out["index_mb"] = round(path.stat().st_size / 1e6, 1)
        idx = SearchIndex(path)
        top = counted.mentions.most_common(1)[0][0]
        rare = [e for e, n in counted.mentions.items() if 2 <= n <= 5]
        rare_word = label(store, rng.choice(rare)).split()[-1]
        common = rng.sample(list(WORDS), 2)
        prefix = label(store, top)[:3]
        rows = []

        def row(name: str, fts, sparql, slow: bool = False) -> None:
            f_ms, f_out = timed(fts, args.repeat)
            s_ms, s_out = once(sparql) if slow else timed(sparql, args.repeat)
            rows.append({"question": name, "fts_ms": round(f_ms, 2), "sparql_ms": round(s_ms, 2),
                         "ratio": round(s_ms / f_ms, 1) if f_ms else None,
                         "fts_hits": f_out, "sparql_hits": s_out})

        def count(q: str):
            return lambda: int(next(iter(store.query(q, use_default_graph_as_union=True)))["n"].value)

        def first(q: str):
            return lambda: len(list(store.query(q, use_default_graph_as_union=True)))

        row(f"name prefix '{prefix}' (type-ahead, 8)", lambda: len(idx.entities(prefix, 8)[1]),
            first(sparql_names(prefix)))
        kinds = ("claim", "sentence")
        asked = ((f"common words '{' '.join(common)}'", common), (f"rare word '{rare_word}'", [rare_word]))
        for what, words in asked:
            ask = " ".join(words)
            row(f"{what}: best 20 / first 20", lambda a=ask: idx.passages(a, kinds, 20)[0],
                first(sparql_texts(words, 20)))
            row(f"{what}: count of all hits", lambda a=ask: idx.passages(a, kinds, 20)[0],
                count(sparql_texts(words, None)))
        lookup = co_mentions_lookup(top, g.value)
        if not args.skip_aggregate:
            row("co-mentions of the most mentioned entity (statistics graph vs aggregate)",
                first(lookup), first(co_mentions_aggregate(top)), slow=True)
        else:
            ms, n = timed(first(lookup), args.repeat)
            rows.append({"question": "co-mentions of the most mentioned entity (statistics graph)",
                         "fts_ms": round(ms, 2), "sparql_ms": None, "ratio": None, "fts_hits": n,
                         "sparql_hits": None})
        out["rows"] = rows
    print(json.dumps(out, indent=1))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
