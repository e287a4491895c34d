"""Dump files written at publish time, served under /download/.

The whole dataset as TriG, N-Quads and JSON-LD (named graphs kept), N-Triples and Turtle
of the union of all graphs, and one Turtle file per graph; each also gzipped. A
`manifest.json` beside them lists every file with its format, graph, triple count,
size and SHA-256 (the download routes use the digest as a strong ETag).

The store is read once: N-Quads are streamed to disk graph after graph, and every other file
is converted from that file's graphs by pyoxigraph's streaming parser and serializers. Reading an
on-disk store is the slow part (6 to 10 s per full scan at 1M triples on a 2-core machine,
against about 2 s to convert the N-Quads), so one scan instead of one per file made the dumps of
1M triples twice as fast (39 s -> 18 s, bench/publish_bench.py). The union files write each
graph's triples in turn; the architecture describes a thing in one graph only, so they hold no
duplicate statements to remove.

Every whole file is cut into graphs (`_Frame`): a head (the prefixes), then each graph's
statements as the serializer writes them for that graph alone, then an end. Each graph's
statements are one piece of the plain file and of its .gz (kg.store.segments: one gzip member,
each piece compressed on its own and sync-flushed), and `segments.json` (not served) records
where. So an incremental publish (`Reuse`) reads from the store, converts and compresses only
the graphs it changed: the other graphs' pieces are copied from the previous release's files
(hashed on the way: the manifest's SHA-256 covers each whole file), and their Turtle files
(and .gz) are hard links to the previous release's. The bytes are those of a full write; the
N-Quads, N-Triples, TriG and JSON-LD are those of one serialization of the whole, the Turtle
the same triples (see `_Frame`). Memory stays flat: graphs are streamed, never collected.

`write_dumps` runs in phases over one `_DumpRun` (the graphs' counts, the kept graphs, the
entries in the manifest's order, the gzip jobs): `_whole_files` (N-Quads first, the one read of
the store; the other four on the pool), `_graph_files`, then the manifest and the index.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import re
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
from kg.store.segments import Framed, PieceWriter, Region

MANIFEST = "manifest.json"
SEGMENTS_INDEX = "segments.json"  # where each graph's piece is in the whole files (not served)
SEGMENTS_VERSION = 1  # of the whole files' layout (`_Frame`, kg.store.segments)
GRAPHS_DIR = "graphs"
# Whole-dataset dumps, in the order the download index lists them.
DATASET_FORMATS = ("nquads", "trig", "jsonld")  # keep named graphs; N-Quads first: the rest come from it
UNION_FORMATS = ("turtle", "ntriples")  # the union of all graphs as one graph
WHOLE_FORMATS = DATASET_FORMATS + UNION_FORMATS
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


@dataclass(frozen=True)
class _Frame:
    """How a whole file is cut into graphs: `head`, then each non-empty graph's statements
    (`sep` between two), then `end`. A graph's statements are what the serializer writes for
    that graph alone, less `strip_head` and `strip_tail` (the prefix header; JSON-LD's
    brackets). For N-Quads, N-Triples, TriG and JSON-LD that is byte for byte what one
    serialization of the whole gives; for Turtle a subject whose triples end one graph and
    begin the next is written twice (`s p o .` then `s q r .`, not `s p o ; q r .`): the same
    triples."""

    head: bytes
    sep: bytes
    end: bytes
    strip_head: bytes
    strip_tail: bytes


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


def _frame(key: str, prefixes: dict[str, str]) -> _Frame:
    """How a whole-dataset file of format `key` is cut into graphs (see `_Frame`), from what
    pyoxigraph's serializer writes for one statement with and without the prefixes."""
    if key == "jsonld":  # a JSON array of graph objects (the default graph's nodes first)
        return _Frame(b"[", b",", b"]", b"[", b"]")
    engine = rdf_format(key).engine
    probe = [ox.Quad(ox.NamedNode("urn:kg:s"), ox.NamedNode("urn:kg:p"), ox.NamedNode("urn:kg:o"))]
    statements = probe if key in DATASET_FORMATS else [q.triple for q in probe]
    framed = ox.serialize(statements, None, engine, prefixes=prefixes)
    bare = ox.serialize(statements, None, engine)
    if not framed.endswith(bare):
        raise DumpError(f"{key}: pyoxigraph writes the prefixes after the statements")
    head = framed[:len(framed) - len(bare)]
    return _Frame(head, b"", b"", head, b"")


def _frames(prefixes: dict[str, str]) -> dict[str, _Frame]:
    return {key: _frame(key, prefixes) for key in WHOLE_FORMATS}


def _frames_digest(frames: dict[str, _Frame], gzip_level: int) -> str:
    """What a previous release's pieces must have been written under to be copied: the frames
    (the prefixes among them), the gzip level, the serializer's version, this layout's."""
    sha = hashlib.sha256(f"{SEGMENTS_VERSION} {gzip_level} {ox.__version__}".encode())
    for key, frame in sorted(frames.items()):
        sha.update(repr((key, frame)).encode())
    return sha.hexdigest()


def _kept(reuse: Reuse | None, base: str, named: dict[str, int], digest: str
          ) -> tuple[dict, dict, dict[str, Path]]:
    """Graphs whose dumps the previous release already holds: {graph: its Turtle file's manifest
    entry}, {whole file's format: {graph: its span there}} and {format: that file (plain)}."""
    if reuse is None:
        return {}, {}, {}
    try:
        previous = json.loads((reuse.folder / MANIFEST).read_text())
        index = json.loads((reuse.folder / SEGMENTS_INDEX).read_text())
    except (OSError, ValueError):
        return {}, {}, {}
    whole = {f["format"]: reuse.folder / f["name"] for f in previous.get("files", [])
             if f["scope"] in ("dataset", "union")}
    spans = index.get("files", {}) if index.get("digest") == digest else {}
    if previous.get("base") != base or any(k not in spans or k not in whole for k in WHOLE_FORMATS) \
            or not all(p.is_file() and p.with_name(p.name + ".gz").is_file() for p in whole.values()):
        return {}, {}, {}
    kept = {f["graph"]: f for f in previous["files"] if f["scope"] == "graph" and f["graph"]
            and f["graph"] not in reuse.changed and named.get(f["graph"]) == f["triples"]
            and all(f["graph"] in spans[k] for k in WHOLE_FORMATS)
            and (reuse.folder / f["name"]).is_file()
            and (reuse.folder / f["gzip_name"]).is_file()}
    return kept, spans, whole


def _link(entry: dict, source: Path, folder: Path) -> DumpFile:
    """A graph's dump files as the previous release wrote them (hard links: same bytes)."""
    for name in (entry["name"], entry["gzip_name"]):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        os.link(source / name, folder / name)
    return DumpFile(**entry)


@dataclass
class _DumpRun:
    """What the phases of `write_dumps` share: the store and its graphs' counts, the graphs
    whose dumps are kept from the previous release (`_kept`: their Turtle files' entries, their
    spans in the previous whole files, those files), the entries written so far (in the
    manifest's order) and the gzip jobs running on `pool`."""

    store: Snapshot
    folder: Path
    base: str
    stem: str  # the dumps' file name stem (dataset_metadata()["dump_name"])
    default_count: int
    named: dict[str, int]
    kept: dict
    spans: dict  # {format: {graph: span}} in the previous release's whole files
    previous: dict[str, Path]  # {format: the previous release's whole file}
    reuse: Reuse | None
    pool: ThreadPoolExecutor
    gzip_level: int
    frames: dict[str, _Frame]
    prefixes: dict[str, str] = field(default_factory=lambda: dict(PREFIX_MAP))
    entries: list[DumpFile] = field(default_factory=list)
    jobs: list[Future] = field(default_factory=list)
    written: dict = field(default_factory=dict)  # {format: {graph: span}} in this release's files

    @property
    def total(self) -> int:
        return self.default_count + sum(self.named.values())

    def add(self, name: str, fmt: RdfFormat, scope: str, graph: str | None, triples: int) -> DumpFile:
        entry = DumpFile(name, fmt.name, fmt.media_type, scope, graph, triples)
        self.entries.append(entry)
        (self.folder / name).parent.mkdir(parents=True, exist_ok=True)
        return entry

    def graphs(self) -> list[tuple[str, int]]:
        """(graph, triples) in the files' order: the default graph ("") first, then by IRI."""
        return [("", self.default_count)] + [(g, self.named[g]) for g in sorted(self.named)]

    def done(self, entry: DumpFile) -> None:
        self.jobs.append(self.pool.submit(_gzip, entry, self.folder, self.gzip_level))


def _whole_file(run: _DumpRun, key: str, entry: DumpFile, fresh) -> None:
    """One whole-dataset file and its .gz, graph after graph (`_Frame`): a kept graph's piece
    copied from the previous release's file, the others' written by `fresh(graph, sink)`."""
    frame = run.frames[key]
    out = PieceWriter(run.folder / entry.name, run.folder / (entry.name + ".gz"), run.gzip_level)
    spans: dict[str, list[int]] = {}
    previous = run.previous.get(key)
    try:
        with (open(previous, "rb") if previous else open(os.devnull, "rb")) as old, \
                (open(f"{previous}.gz", "rb") if previous else open(os.devnull, "rb")) as old_gz:
            out.piece(frame.head)
            first = True
            for graph, count in run.graphs():
                if not count:
                    continue
                if not first and frame.sep:
                    out.piece(frame.sep)
                first = False
                if graph in run.kept:
                    spans[graph] = out.copy(old, old_gz, run.spans[key][graph])
                    continue
                start = out.position()
                sink = Framed(out, frame.strip_head, frame.strip_tail)
                fresh(graph, sink)
                sink.close()
                out.end_piece()
                spans[graph] = out.span(start)
            out.piece(frame.end)
    except BaseException:
        out.abort()
        raise
    entry.bytes, entry.sha256, entry.gzip_bytes, entry.gzip_sha256 = out.close()
    entry.gzip_name = entry.name + ".gz"
    run.written[key] = spans


def _graph_node(graph: str) -> ox.NamedNode | ox.DefaultGraph:
    return ox.NamedNode(graph) if graph else ox.DefaultGraph()


def _drop_graph(lines: Region, graph: str, sink: Framed) -> None:
    """A graph's N-Triples from its N-Quads: every line ends with ` <graph> .` (a newline is
    escaped inside a term, so it ends only lines), which becomes ` .`, the serializer's own
    N-Triples (terms are written alike in both). A fifth of the time of a parse and a
    serialization; a line that does not end so stops the dumps."""
    if not graph:  # the default graph's lines are N-Triples already
        while chunk := lines.read(_CHUNK):
            sink.write(chunk)
        return
    suffix = f" <{graph}> .\n".encode()
    rest = b""
    while chunk := lines.read(_CHUNK):
        data = rest + chunk
        cut = data.rfind(b"\n") + 1
        rest, data = data[cut:], data[:cut]
        if data.count(b"\n") != data.count(suffix):
            raise DumpError(f"{graph}: an N-Quads line of the graph does not end with it")
        sink.write(data.replace(suffix, b" .\n"))
    if rest:
        raise DumpError(f"{graph}: its N-Quads do not end with a line end")


def _whole_files(run: _DumpRun) -> None:
    """The whole-dataset files (named graphs kept) and the union files (all graphs as one),
    cut into graphs (`_whole_file`): the N-Quads first, the one read of the store (the changed
    graphs only, with kept ones), then the others, each on the pool, converted from the
    N-Quads' pieces of the graphs not kept."""
    nquads = rdf_format("nquads")
    entries = {key: run.add(f"{run.stem}{'' if key in DATASET_FORMATS else '-union'}."
                            f"{rdf_format(key).extension}", rdf_format(key),
                            "dataset" if key in DATASET_FORMATS else "union", None, run.total)
               for key in WHOLE_FORMATS}

    def from_store(graph: str, sink: Framed) -> None:
        ox.serialize(run.store.quads_for_pattern(None, None, None, _graph_node(graph)), sink,
                     nquads.engine)

    _whole_file(run, "nquads", entries["nquads"], from_store)
    pause_point("dumps")
    source = run.folder / entries["nquads"].name

    def convert(key: str) -> None:
        fmt, dataset = rdf_format(key), key in DATASET_FORMATS
        with open(source, "rb") as fh:
            def from_nquads(graph: str, sink: Framed) -> None:
                offset, size = run.written["nquads"][graph][:2]
                if key == "ntriples":  # the N-Quads lines without their graph: no parse
                    _drop_graph(Region(fh, offset, size), graph, sink)
                    return
                quads = ox.parse(Region(fh, offset, size), nquads.engine)
                ox.serialize(quads if dataset else (q.triple for q in quads), sink, fmt.engine,
                             prefixes=run.prefixes)

            _whole_file(run, key, entries[key], from_nquads)

    for job in [run.pool.submit(convert, key) for key in WHOLE_FORMATS if key != "nquads"]:
        job.result()


def _graph_files(run: _DumpRun) -> None:
    """One Turtle file per graph: the kept graphs' files linked from the previous release
    (listed last, hashed and gzipped already); each other one is the union Turtle's head and
    that graph's piece of it, which is what serializing the graph alone gives (`_Frame`), so
    no graph is read or converted twice."""
    turtle = rdf_format("turtle")
    head = run.frames["turtle"].head
    union = next(e for e in run.entries if e.scope == "union" and e.format == "turtle")
    kept = [_link(entry, run.reuse.folder, run.folder) for entry in run.kept.values()]
    with open(run.folder / union.name, "rb") as src:
        for graph, count in run.graphs():
            if not count or graph in run.kept:
                continue
            name = graph_file(graph, run.base) if graph else f"{GRAPHS_DIR}/default-graph.ttl"
            entry = run.add(name, turtle, "graph", graph, count)
            offset, size = run.written["turtle"][graph][:2]
            with open(run.folder / name, "wb") as out:
                out.write(head)
                src.seek(offset)
                while size > 0:
                    chunk = src.read(min(size, _CHUNK))
                    out.write(chunk)
                    size -= len(chunk)
            run.done(entry)
    run.entries.extend(kept)


def write_dumps(store: Snapshot, folder: Path, *, base: str | None = None,
                gzip_level: int = 6, workers: int | None = None,
                reuse: Reuse | None = None, counts: tuple[int, dict[str, int]] | None = None) -> dict:
    """Write every dump of `store` into `folder` (created) and return the manifest.

    Called by the publish step (see kg.store.describe.finisher) before the release is
    switched in; any failure raises DumpError and the release is not published. With `reuse`,
    the graphs the publish did not change are copied from the previous release's dumps
    instead of read from the store: their pieces of the whole files (plain and compressed,
    kg.store.segments) and their Turtle files. The phases, over one `_DumpRun`: `_whole_files`,
    then `_graph_files` (each file gzipped on the pool as soon as it is written), then the
    manifest and the index of the whole files' pieces (`SEGMENTS_INDEX`).
    """
    base = base_iri(base)
    folder = Path(folder)
    stem = dataset_metadata()["dump_name"]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        default_count, named = counts if counts is not None else store.graph_counts()
        frames = _frames(dict(PREFIX_MAP))
        digest = _frames_digest(frames, gzip_level)
        kept, spans, previous = _kept(reuse, base, named, digest)
        with ThreadPoolExecutor(max_workers=workers or min(4, os.cpu_count() or 1)) as pool:
            run = _DumpRun(store, folder, base, stem, default_count, named, kept, spans, previous,
                           reuse, pool, gzip_level, frames)
            _whole_files(run)
            _graph_files(run)
            for job in run.jobs:
                job.result()
        (folder / SEGMENTS_INDEX).write_text(json.dumps({"digest": digest, "files": run.written}))
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
