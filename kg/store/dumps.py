"""Dump files written at publish time, served under /download/.

The whole dataset as TriG, N-Quads and JSON-LD (named graphs kept), N-Triples and Turtle
of the union of all graphs, and one Turtle file per graph; each also gzipped. A
`manifest.json` beside them lists every file with its format, graph, triple count,
size and SHA-256 (the download routes use the digest as a strong ETag).

Everything streams: pyoxigraph's `Store.dump` writes straight to the file and gzip
reads it back in chunks, so memory stays flat however large the store is. The union
files are the per-graph dumps written one after the other (Turtle allows prefixes to
be declared again); the architecture describes a thing in one graph only, so the union
has no duplicate statements to remove.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.config import base_iri, dataset_metadata
from kg.errors import KgError
from kg.formats import RdfFormat, rdf_format
from kg.namespaces import PREFIXES

MANIFEST = "manifest.json"
GRAPHS_DIR = "graphs"
# Whole-dataset dumps, in the order the download index lists them.
DATASET_FORMATS = ("trig", "nquads", "jsonld")  # keep named graphs
UNION_FORMATS = ("turtle", "ntriples")  # the union of all graphs as one graph
_SAFE_GRAPH_PATH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")
_CHUNK = 1 << 20


class DumpError(KgError):
    """A dump could not be written; the release is not published."""


@dataclass
class DumpFile:
    """One dump file and its gzipped twin, as listed in manifest.json."""

    name: str  # path relative to the dumps folder, '/'-separated
    format: str  # kg.formats name
    media_type: str
    scope: str  # "dataset" (named graphs kept) | "union" (all graphs as one) | "graph"
    graph: str | None  # the graph's IRI for scope "graph"; "" for the default graph
    triples: int
    bytes: int = 0
    sha256: str = ""
    gzip_name: str = ""
    gzip_bytes: int = 0
    gzip_sha256: str = ""


def _prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items()}


def graph_counts(store: ox.Store) -> tuple[int, dict[str, int]]:
    """Triples in the default graph, and per named graph (one aggregate query each)."""
    default = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
    named = {
        sol["g"].value: int(sol["n"].value)
        for sol in store.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    return int(default["n"].value), named


def graph_file(graph: str, base: str) -> str:
    """Where a graph's Turtle dump goes: {base}graph/v70n33/x -> graphs/v70n33/x.ttl.

    Graphs outside the base, or whose path is not plain, get a name from their digest
    so that no IRI can write outside the dumps folder.
    """
    rest = graph[len(base):] if graph.startswith(base) else None
    if rest is not None and rest.startswith("graph/"):
        rest = rest.removeprefix("graph/")
        if _SAFE_GRAPH_PATH.match(rest) and ".." not in rest.split("/"):
            return f"{GRAPHS_DIR}/{rest}.ttl"
    return f"{GRAPHS_DIR}/other/{hashlib.sha256(graph.encode()).hexdigest()[:20]}.ttl"


class _HashingWriter:
    """A binary sink that counts and hashes what gzip writes to it."""

    def __init__(self, fh) -> None:
        self.fh, self.sha, self.size = fh, hashlib.sha256(), 0

    def write(self, data) -> int:
        self.fh.write(data)
        self.sha.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self.fh.flush()


def _gzip(entry: DumpFile, folder: Path, level: int) -> DumpFile:
    """Hash the plain file and write its .gz twin in one streaming pass."""
    plain = folder / entry.name
    entry.gzip_name = entry.name + ".gz"
    sha = hashlib.sha256()
    with open(plain, "rb") as src, open(folder / entry.gzip_name, "wb") as raw:
        sink = _HashingWriter(raw)
        # mtime=0 and no file name: the same dump always gives the same bytes.
        with gzip.GzipFile(filename="", mode="wb", fileobj=sink, compresslevel=level, mtime=0) as gz:
            while chunk := src.read(_CHUNK):
                sha.update(chunk)
                gz.write(chunk)
    entry.bytes = plain.stat().st_size
    entry.sha256 = sha.hexdigest()
    entry.gzip_bytes = sink.size
    entry.gzip_sha256 = sink.sha.hexdigest()
    return entry


def _graph_nodes(default_count: int, named: Iterable[str]) -> list[ox.NamedNode | ox.DefaultGraph]:
    nodes: list[ox.NamedNode | ox.DefaultGraph] = [ox.DefaultGraph()] if default_count else []
    return nodes + [ox.NamedNode(g) for g in sorted(named)]


def write_dumps(store: ox.Store, folder: Path, *, base: str | None = None,
                gzip_level: int = 6, workers: int | None = None) -> dict:
    """Write every dump of `store` into `folder` (created) and return the manifest.

    Called by the publish step (see kg.store.describe.finisher) before the release is
    switched in; any failure raises DumpError and the release is not published.
    """
    base = base_iri(base)
    folder = Path(folder)
    stem = dataset_metadata()["dump_name"]
    prefixes = _prefixes()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        default_count, named = graph_counts(store)
        total = default_count + sum(named.values())
        graphs = _graph_nodes(default_count, named)
        entries: list[DumpFile] = []

        def add(name: str, fmt: RdfFormat, scope: str, graph: str | None, triples: int) -> DumpFile:
            entry = DumpFile(name, fmt.name, fmt.media_type, scope, graph, triples)
            entries.append(entry)
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            return entry

        with ThreadPoolExecutor(max_workers=workers or min(4, os.cpu_count() or 1)) as pool:
            jobs: list[Future] = []

            def done(entry: DumpFile) -> None:
                jobs.append(pool.submit(_gzip, entry, folder, gzip_level))

            for key in DATASET_FORMATS:
                fmt = rdf_format(key)
                entry = add(f"{stem}.{fmt.extension}", fmt, "dataset", None, total)
                store.dump(str(folder / entry.name), fmt.engine, prefixes=prefixes)
                done(entry)
            for key in UNION_FORMATS:
                fmt = rdf_format(key)
                entry = add(f"{stem}-union.{fmt.extension}", fmt, "union", None, total)
                with open(folder / entry.name, "wb") as fh:
                    for g in graphs:
                        store.dump(fh, fmt.engine, from_graph=g, prefixes=prefixes)
                done(entry)
            turtle = rdf_format("turtle")
            for g in graphs:
                if isinstance(g, ox.DefaultGraph):
                    entry = add(f"{GRAPHS_DIR}/default-graph.ttl", turtle, "graph", "", default_count)
                else:
                    entry = add(graph_file(g.value, base), turtle, "graph", g.value, named[g.value])
                store.dump(str(folder / entry.name), turtle.engine, from_graph=g, prefixes=prefixes)
                done(entry)
            for job in jobs:
                job.result()
    except (OSError, ValueError) as exc:
        raise DumpError(f"{folder}: writing the dumps failed: {exc}") from exc
    manifest = {
        "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "base": base,
        "triples": total,
        "graphs": len(named),
        "default_graph_triples": default_count,
        "files": [asdict(e) for e in entries],
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1))
    return manifest


def read_manifest(folder: Path) -> dict:
    """The manifest of a dumps folder; an empty one when the release has no dumps."""
    try:
        return json.loads((Path(folder) / MANIFEST).read_text())
    except FileNotFoundError:
        return {"files": [], "triples": 0, "graphs": 0}
