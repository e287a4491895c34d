"""What the publish step and the linked-data pages cost on a synthetic archive.

Loads an archive from bench/generate.py into a fresh store folder, then times each stage
of kg.store.describe.finisher on it (graph counts, the N-Quads scan of the store, all
dumps with gzip, the description's statistics), publishes it with the finisher, and times
the pages and data documents in-process (the app without HTTP): home page cold and warm,
an article's page and documents, the most mentioned entity's page and document, a 303.
Prints one line per stage and the peak memory of the process.

    python bench/generate.py --triples 1000000 --out bench/out/archive-1m.nq
    python bench/publish_bench.py bench/out/archive-1m.nq
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

import kg.store.dumps as dumps
from kg.config import base_iri
from kg.formats import rdf_format
from kg.namespaces import ITSRDF, SCHEMA
from kg.store import StoreDir
from kg.store.describe import dataset_stats, describe, finisher
from kg.web import create_app


def _mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def pages(store: Path, base: str) -> None:
    st = StoreDir(store).snapshot()
    union = {"use_default_graph_as_union": True}
    article = next(iter(st.query(f"SELECT ?a WHERE {{ ?a a <{SCHEMA.NewsArticle}> }} LIMIT 1", **union)))
    top = next(iter(st.query(f"SELECT ?e (COUNT(?m) AS ?n) WHERE {{ ?m <{ITSRDF.taIdentRef}> ?e }} "
                             "GROUP BY ?e ORDER BY DESC(?n) LIMIT 1", **union)))
    art, ent = article["a"].value[len(base):], top["e"].value[len(base):]
    client = create_app(store=store, base=base).test_client()
    for label, path, accept in (("home page (cold)", "/", None), ("home page (warm)", "/", None),
                                ("article page", f"/page/{art}", None),
                                ("article document", f"/data/{art}.ttl", None),
                                ("text document", f"/data/{art}/text.ttl", None),
                                (f"entity page ({top['n'].value} mentions)", f"/page/{ent}", None),
                                ("entity document", f"/data/{ent}.ttl", None),
                                ("303 to a document", f"/{art}", "text/turtle"),
                                ("VoID", "/.well-known/void", "text/turtle")):
        t = time.perf_counter()
        r = client.get(path, headers={"Accept": accept} if accept else {})
        ms = (time.perf_counter() - t) * 1000
        print(f"{label:28s} {r.status_code} {ms:8.1f} ms {len(r.data):>9d} bytes")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("archive", type=Path, help="an N-Quads file from bench/generate.py")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temp dir)")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-publish-bench-"))
    base = base_iri()
    try:
        t = time.perf_counter()
        with StoreDir(work / "store").publish() as st:
            st.bulk_load(path=str(args.archive), format=ox.RdfFormat.N_QUADS)
        print(f"bulk load            {time.perf_counter() - t:7.1f} s")
        del st
        st = StoreDir(work / "store").snapshot()
        t = time.perf_counter()
        default, named = st.graph_counts()
        print(f"graph counts         {time.perf_counter() - t:7.1f} s  ({default + sum(named.values())} "
              f"triples, {len(named)} graphs)")
        t = time.perf_counter()
        st.export(rdf_format("nquads"), str(work / "scan.nq"))
        print(f"N-Quads scan         {time.perf_counter() - t:7.1f} s")
        t = time.perf_counter()
        manifest = dumps.write_dumps(st, work / "dumps", base=base)
        print(f"all dumps + gzip     {time.perf_counter() - t:7.1f} s  ({len(manifest['files'])} files, "
              f"{sum(f['bytes'] + f['gzip_bytes'] for f in manifest['files']) // 2**20} MB)")
        t = time.perf_counter()
        stats = dataset_stats(st)
        graph = describe(stats, manifest, base=base)
        print(f"description          {time.perf_counter() - t:7.1f} s  ({len(graph)} triples)")
        del st
        with StoreDir(work / "store").publish(finish=finisher(base)):
            pass
        pages(work / "store", base)
        print(f"peak memory          {_mb():7d} MB")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
