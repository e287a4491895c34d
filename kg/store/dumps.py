"""Dump files written at publish time, served under /download/.

The whole dataset as TriG, N-Quads and JSON-LD (named graphs kept), N-Triples and Turtle
of the union of all graphs, and one Turtle file per graph; each also gzipped. A
`manifest.json` beside them lists every file with its format, graph, triple count,
size and SHA-256 (the download routes use the digest as a strong ETag).

The store is read once: N-Quads are streamed to disk graph after graph (where each graph's
bytes are goes to `nquads-index.json`, not served), and
every other file is converted from that file by pyoxigraph's streaming parser and
serializers. Reading an on-disk store is the slow part (6 to 10 s per full scan at 1M
triples on a 2-core machine, against about 2 s to convert the N-Quads), so one scan
instead of one per file made the dumps of 1M triples twice as fast (39 s -> 18 s,
bench/publish_bench.py). Memory
stays flat: nothing is collected, gzip reads the files back in chunks. The union files
write each graph's triples in turn; the architecture describes a thing in one graph
only, so they hold no duplicate statements to remove.

An incremental publish (`Reuse`) reads from the store only the graphs it changed: the other
graphs' N-Quads are copied from the previous release's dump by its index, and their Turtle
files (and .gz) are hard links to the previous release's. The whole-dataset files are still
converted and gzipped in full, so the dumps still cost time in proportion to the archive.

`write_dumps` runs in phases over one `_DumpRun` (the graphs' counts, the kept graphs, the
entries in the manifest's order, the gzip jobs): `_dataset_files` (N-Quads first, the one read
of the store), `_union_files`, `_graph_files`, then the manifest.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import itertools
import json
import os
import re
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.config import base_iri, dataset_metadata
from kg.errors import KgError
from kg.faultpoints import pause_point
from kg.formats import RdfFormat, rdf_format
from kg.namespaces import PREFIX_MAP
from kg.store.base import Snapshot

MANIFEST = "manifest.json"
NQUADS_INDEX = "nquads-index.json"  # where each graph's quads are in the N-Quads dump (not served)
GRAPHS_DIR = "graphs"
# Whole-dataset dumps, in the order the download index lists them.
DATASET_FORMATS = ("nquads", "trig", "jsonld")  # keep named graphs; N-Quads first: the rest come from it
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


@dataclass(frozen=True)
class Reuse:
    """What a publish may take from the previous release's dumps (kg.pipeline passes it):
    every graph but the `changed` ones (those it replaced or added to) is as it was there."""

    folder: Path  # the previous release's dumps folder
    changed: frozenset[str]  # IRIs of the graphs the publish replaced or added to


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


def _graph_runs(quads: Iterator[ox.Quad]) -> Iterator[tuple[ox.NamedNode | ox.DefaultGraph,
                                                              Iterator[ox.Triple]]]:
    """Split a quad stream into (graph, its triples) runs, lazily (no run is held in memory)."""
    it = iter(quads)
    head = next(it, None)
    while head is not None:
        graph = head.graph_name

        def run(graph=graph) -> Iterator[ox.Triple]:
            nonlocal head
            while head is not None and head.graph_name == graph:
                yield head.triple
                head = next(it, None)

        triples = run()
        yield graph, triples
        for _ in triples:  # whatever the consumer left of this run
            pass


def _kept(reuse: Reuse | None, base: str, named: dict[str, int]) -> tuple[dict, dict, Path | None]:
    """Graphs whose dumps the previous release already holds: {graph: its manifest entry},
    {graph: [offset, bytes] in the previous N-Quads dump}, and that dump."""
    if reuse is None:
        return {}, {}, None
    try:
        previous = json.loads((reuse.folder / MANIFEST).read_text())
        index = json.loads((reuse.folder / NQUADS_INDEX).read_text())
    except (OSError, ValueError):
        return {}, {}, None
    nquads = next((f["name"] for f in previous.get("files", [])
                   if f["scope"] == "dataset" and f["format"] == "nquads"), None)
    if previous.get("base") != base or nquads is None:
        return {}, {}, None
    kept = {f["graph"]: f for f in previous["files"] if f["scope"] == "graph" and f["graph"]
            and f["graph"] not in reuse.changed and named.get(f["graph"]) == f["triples"]
            and f["graph"] in index and (reuse.folder / f["name"]).is_file()
            and (reuse.folder / f["gzip_name"]).is_file()}
    return kept, index, reuse.folder / nquads


def _write_nquads(store: Snapshot, path: Path, named: dict[str, int], kept: dict,
                  index: dict, previous: Path | None) -> dict:
    """The N-Quads dump, graph after graph: the graphs kept are copied from the previous
    dump, the others read from the store. Returns where each graph's quads are."""
    where: dict[str, list[int]] = {}
    nquads = ox.RdfFormat.N_QUADS
    with open(path, "wb") as out, (open(previous, "rb") if previous else open(os.devnull, "rb")) as old:
        ox.serialize(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), out, nquads)
        for graph in sorted(named):
            start = out.tell()
            if graph in kept:
                offset, size = index[graph]
                old.seek(offset)
                out.write(old.read(size))
            else:
                ox.serialize(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)), out,
                             nquads)
            where[graph] = [start, out.tell() - start]
    return where


def _store_runs(store: Snapshot, named: dict[str, int], kept: dict) -> Iterator[tuple]:
    """(graph, its triples) read from the store, for the graphs whose dumps are not kept."""
    graphs: list = [ox.DefaultGraph()] + [ox.NamedNode(g) for g in sorted(named) if g not in kept]
    for graph in graphs:
        quads = store.quads_for_pattern(None, None, None, graph)
        first = next(quads, None)
        if first is not None:
            yield graph, (q.triple for q in itertools.chain([first], quads))


def _link(entry: dict, source: Path, folder: Path) -> DumpFile:
    """A graph's dump files as the previous release wrote them (hard links: same bytes)."""
    for name in (entry["name"], entry["gzip_name"]):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        os.link(source / name, folder / name)
    return DumpFile(**entry)


@dataclass
class _DumpRun:
    """What the phases of `write_dumps` share: the store and its graphs' counts, the graphs
    whose dumps are kept from the previous release (`_kept`), the entries written so far (in
    the manifest's order) and the gzip jobs running on `pool`."""

    store: Snapshot
    folder: Path
    base: str
    stem: str  # the dumps' file name stem (dataset_metadata()["dump_name"])
    default_count: int
    named: dict[str, int]
    kept: dict
    index: dict
    previous: Path | None
    reuse: Reuse | None
    pool: ThreadPoolExecutor
    gzip_level: int
    prefixes: dict[str, str] = field(default_factory=lambda: dict(PREFIX_MAP))
    entries: list[DumpFile] = field(default_factory=list)
    jobs: list[Future] = field(default_factory=list)
    quads_entry: DumpFile | None = None  # the N-Quads dump, which every other file is read from

    @property
    def total(self) -> int:
        return self.default_count + sum(self.named.values())

    def add(self, name: str, fmt: RdfFormat, scope: str, graph: str | None, triples: int) -> DumpFile:
        entry = DumpFile(name, fmt.name, fmt.media_type, scope, graph, triples)
        self.entries.append(entry)
        (self.folder / name).parent.mkdir(parents=True, exist_ok=True)
        return entry

    def source(self) -> Iterator[ox.Quad]:
        return ox.parse(path=str(self.folder / self.quads_entry.name), format=rdf_format("nquads").engine)

    def done(self, entry: DumpFile) -> None:
        self.jobs.append(self.pool.submit(_gzip, entry, self.folder, self.gzip_level))


def _dataset_files(run: _DumpRun) -> None:
    """The whole-dataset files (named graphs kept): the N-Quads dump first, the one read of the
    store (with its index of where each graph is), then the others converted from it."""
    nquads = rdf_format("nquads")
    for key in DATASET_FORMATS:
        fmt = rdf_format(key)
        entry = run.add(f"{run.stem}.{fmt.extension}", fmt, "dataset", None, run.total)
        if fmt is nquads:  # the one read of the store
            run.quads_entry = entry
            where = _write_nquads(run.store, run.folder / entry.name, run.named, run.kept, run.index,
                                  run.previous)
            (run.folder / NQUADS_INDEX).write_text(json.dumps(where))
            pause_point("dumps")
        else:
            ox.serialize(run.source(), str(run.folder / entry.name), fmt.engine, prefixes=run.prefixes)
        run.done(entry)


def _union_files(run: _DumpRun) -> None:
    """The union of all graphs as one graph, converted from the N-Quads dump."""
    for key in UNION_FORMATS:
        fmt = rdf_format(key)
        entry = run.add(f"{run.stem}-union.{fmt.extension}", fmt, "union", None, run.total)
        ox.serialize((q.triple for q in run.source()), str(run.folder / entry.name), fmt.engine,
                     prefixes=run.prefixes)
        run.done(entry)


def _graph_files(run: _DumpRun) -> None:
    """One Turtle file per graph: the kept graphs' files linked from the previous release
    (listed last, hashed and gzipped already), the others read from the store (with kept
    graphs) or from the N-Quads dump's runs of graphs (without)."""
    turtle = rdf_format("turtle")
    folder, prefixes = run.folder, run.prefixes
    written: dict[str, DumpFile] = {}
    for graph, entry_of in run.kept.items():
        written[graph] = _link(entry_of, run.reuse.folder, folder)
    runs = _store_runs(run.store, run.named, run.kept) if run.kept else _graph_runs(run.source())
    for graph, triples in runs:
        if isinstance(graph, ox.DefaultGraph):
            key, name, count = "", f"{GRAPHS_DIR}/default-graph.ttl", run.default_count
        else:
            key, name, count = graph.value, graph_file(graph.value, run.base), run.named[graph.value]
        if key in written:  # a graph met twice in the stream: append (prefixes may repeat)
            with open(folder / name, "ab") as fh:
                ox.serialize(triples, fh, turtle.engine, prefixes=prefixes)
            continue
        written[key] = run.add(name, turtle, "graph", key, count)
        ox.serialize(triples, str(folder / name), turtle.engine, prefixes=prefixes)
    for key, entry in written.items():
        if key in run.kept:
            run.entries.append(entry)  # hashed and gzipped already
        else:
            run.done(entry)


def write_dumps(store: Snapshot, folder: Path, *, base: str | None = None,
                gzip_level: int = 6, workers: int | None = None,
                reuse: Reuse | None = None, counts: tuple[int, dict[str, int]] | None = None) -> dict:
    """Write every dump of `store` into `folder` (created) and return the manifest.

    Called by the publish step (see kg.store.describe.finisher) before the release is
    switched in; any failure raises DumpError and the release is not published. With `reuse`,
    the graphs the publish did not change are copied from the previous release's dumps
    instead of read from the store (the whole-dataset files are still written in full).
    The phases, over one `_DumpRun`: `_dataset_files`, `_union_files`, `_graph_files`, each
    file gzipped on the pool as soon as it is written; then the manifest.
    """
    base = base_iri(base)
    folder = Path(folder)
    stem = dataset_metadata()["dump_name"]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        default_count, named = counts if counts is not None else store.graph_counts()
        kept, index, previous = _kept(reuse, base, named)
        with ThreadPoolExecutor(max_workers=workers or min(4, os.cpu_count() or 1)) as pool:
            run = _DumpRun(store, folder, base, stem, default_count, named, kept, index, previous,
                           reuse, pool, gzip_level)
            _dataset_files(run)
            _union_files(run)
            _graph_files(run)
            for job in run.jobs:
                job.result()
    except (OSError, ValueError, SyntaxError) as exc:
        raise DumpError(f"{folder}: writing the dumps failed: {exc}") from exc
    manifest = {
        "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "base": base,
        "triples": run.total,
        "graphs": len(named),
        "default_graph_triples": default_count,
        "files": [asdict(e) for e in run.entries],
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1))
    return manifest


def read_manifest(folder: Path) -> dict:
    """The manifest of a dumps folder; an empty one when the release has no dumps."""
    try:
        return json.loads((Path(folder) / MANIFEST).read_text())
    except FileNotFoundError:
        return {"files": [], "triples": 0, "graphs": 0}
