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
(hashed on the way: the manifest's SHA-256 covers each whole file, and each piece is checked
against the CRC-32s the index records, written afresh if it does not check), and their Turtle
files (and .gz) are hard links to the previous release's. A graph that every publish patches
here and there (the statistics graph) is written in chunks of its own choosing (`Chunks`),
each a piece, and only its stale chunks are converted and compressed. The bytes are those of a
full write; the N-Quads, N-Triples, TriG and JSON-LD of unchunked graphs are those of one
serialization of the whole, the Turtle the same triples (see `_Frame`). Memory stays flat:
graphs are streamed, never collected (a chunk is, and is small).

`write_dumps` runs in phases over one `_DumpRun` (the graphs' counts, what the previous release
offers, the entries in the manifest's order, where each piece went): `_whole_files` (N-Quads
first, the one read of the store; the other four on the pool), `_graph_files` (copied from the
union Turtle's pieces), then the index and the manifest.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from kg.config import base_iri, dataset_metadata
from kg.errors import KgError
from kg.faultpoints import pause_point
from kg.formats import RdfFormat, rdf_format
from kg.namespaces import PREFIX_MAP
from kg.store.base import Snapshot
from kg.store.segments import Framed, PieceError, PieceWriter, Region, crc32_combine

MANIFEST = "manifest.json"
SEGMENTS_INDEX = "segments.json"  # where each graph's piece is in the whole files (not served)
SEGMENTS_VERSION = 2  # of the whole files' layout (`_Frame`, kg.store.segments, `Chunks`)
GRAPHS_DIR = "graphs"
DEFAULT_GRAPH_NAME = "default-graph"  # graphs/default-graph.ttl; a graph of that name gets a digest's
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


class Chunks(Protocol):
    """A graph that is written as several pieces of its own choosing (kg.statistics.DumpChunks:
    the statistics graph, which every publish patches here and there), so that a publish
    converts and compresses only the chunks that changed. The chunks, in `keys()` order, are
    the whole graph; a chunk's key names its content, and a chunk that is not `stale` holds
    what the chunk of that key held in the previous release (so its pieces are copied)."""

    def keys(self) -> Iterable[str]: ...

    def stale(self, key: str) -> bool: ...

    def quads(self, key: str) -> Iterable[ox.Quad]: ...


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
        if _SAFE_GRAPH_PATH.match(rest) and ".." not in rest.split("/") and rest != DEFAULT_GRAPH_NAME:
            return f"{GRAPHS_DIR}/{rest}.ttl"
    return f"{GRAPHS_DIR}/other/{hashlib.sha256(graph.encode()).hexdigest()[:20]}.ttl"


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


def _span(value) -> list[int] | None:
    """A span as the index records it (six non-negative integers: kg.store.segments), else None."""
    ok = isinstance(value, list) and len(value) == 6 \
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
    return value if ok else None


def _chunk_entries(value) -> dict[str, list]:
    """{chunk key: [triples, *span]} from the index's [[key, triples, *span], ...]."""
    return {c[0]: [c[1], *c[2:]] for c in value if isinstance(c, list) and len(c) == 8
            and isinstance(c[0], str) and isinstance(c[1], int) and _span(c[2:])}


@dataclass
class _Previous:
    """What a publish may copy from the previous release's dumps (`_previous`): the graphs kept
    whole (their Turtle files' manifest entries), where each graph and each chunk (`Chunks`)
    is in its whole files, and those files. Empty: write everything."""

    folder: Path | None = None
    kept: dict = field(default_factory=dict)  # {graph: its Turtle file's manifest entry}
    spans: dict = field(default_factory=dict)  # {format: {graph: span}}
    chunks: dict = field(default_factory=dict)  # {format: {graph: {chunk key: [triples, *span]}}}
    files: dict[str, Path] = field(default_factory=dict)  # {format: the whole file (plain)}


def _previous(reuse: Reuse | None, base: str, named: dict[str, int], digest: str,
              chunked: dict[str, Chunks]) -> _Previous:
    """What the previous release's dumps offer, if its index was written under `digest` and
    every whole file is there. A manifest or index that cannot be read, or is not of the shape
    this version writes, offers nothing: the publish writes everything (a copied piece is
    checked against its CRCs in any case, kg.store.segments). A graph is kept whole when the
    build did not change it, its triple count is the same, every whole file has its piece and
    its Turtle files are there with the sizes the manifest says; a chunked graph never is (its
    chunks are copied one by one)."""
    if reuse is None:
        return _Previous()
    try:
        previous = json.loads((reuse.folder / MANIFEST).read_text())
        index = json.loads((reuse.folder / SEGMENTS_INDEX).read_text())
        if index.get("digest") != digest or previous.get("base") != base:
            return _Previous()
        files = {f["format"]: reuse.folder / f["name"] for f in previous["files"]
                 if f["scope"] in ("dataset", "union")}
        spans = {k: {g: v for g, v in index["files"][k].items() if _span(v)} for k in WHOLE_FORMATS}
        chunks = {k: {g: _chunk_entries(v) for g, v in index.get("chunks", {}).get(k, {}).items()}
                  for k in WHOLE_FORMATS}
        if set(files) != set(WHOLE_FORMATS) or not all(
                p.is_file() and p.with_name(p.name + ".gz").is_file() for p in files.values()):
            return _Previous()

        def intact(f: dict) -> bool:
            return all((reuse.folder / f[name]).is_file()
                       and (reuse.folder / f[name]).stat().st_size == f[size]
                       for name, size in (("name", "bytes"), ("gzip_name", "gzip_bytes")))

        kept = {f["graph"]: f for f in previous["files"] if f["scope"] == "graph" and f["graph"]
                and f["graph"] not in reuse.changed and f["graph"] not in chunked
                and named.get(f["graph"]) == f["triples"]
                and all(f["graph"] in spans[k] for k in WHOLE_FORMATS) and intact(f)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return _Previous()
    return _Previous(reuse.folder, kept, spans, chunks, files)


def _link(entry: dict, source: Path, folder: Path) -> DumpFile:
    """A graph's dump files as the previous release wrote them (hard links: same bytes). If a
    link cannot be made, none is left behind (the caller writes the files instead: writing
    through a link would change the previous release's file)."""
    made: list[Path] = []
    try:
        for name in (entry["name"], entry["gzip_name"]):
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            os.link(source / name, folder / name)
            made.append(folder / name)
    except OSError:
        for path in made:
            path.unlink()
        raise
    return DumpFile(**entry)


@dataclass
class _DumpRun:
    """What the phases of `write_dumps` share: the store and its graphs' counts, what the
    previous release offers to copy (`_Previous`), the chunked graphs, the entries written so
    far (in the manifest's order) and where each graph and chunk went in this release's whole
    files (the index), the chunks the N-Quads wrote afresh, and the graphs each whole file
    copied."""

    store: Snapshot
    folder: Path
    base: str
    stem: str  # the dumps' file name stem (dataset_metadata()["dump_name"])
    default_count: int
    named: dict[str, int]
    prev: _Previous
    chunked: dict[str, Chunks]
    pool: ThreadPoolExecutor
    gzip_level: int
    frames: dict[str, _Frame]
    prefixes: dict[str, str] = field(default_factory=lambda: dict(PREFIX_MAP))
    entries: list[DumpFile] = field(default_factory=list)
    written: dict = field(default_factory=dict)  # {format: {graph: span}} in this release's files
    written_chunks: dict = field(default_factory=dict)  # {format: {graph: [[key, triples, *span]]}}
    fresh_chunks: set = field(default_factory=set)  # (graph, key) the N-Quads did not copy
    copied: dict = field(default_factory=dict)  # {format: graphs copied whole}

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


@contextlib.contextmanager
def _previous_file(path: Path | None) -> Iterator:
    """An open previous file, or None (nothing to copy from it: its pieces are written afresh)."""
    try:
        fh = open(path, "rb") if path is not None else None
    except OSError:
        fh = None
    try:
        yield fh
    finally:
        if fh is not None:
            fh.close()


def _joined(pieces: list[list[int]]) -> list[int]:
    """The span of consecutive pieces, their CRCs combined."""
    crc = gz_crc = 0
    for p in pieces:
        crc, gz_crc = crc32_combine(crc, p[4], p[1]), crc32_combine(gz_crc, p[5], p[3])
    return [pieces[0][0], sum(p[1] for p in pieces), pieces[0][2], sum(p[3] for p in pieces),
            crc, gz_crc]


def _fresh_piece(out: PieceWriter, frame: _Frame, write, *args) -> tuple[list[int], object]:
    """A piece written by `write(*args, sink)` (a serializer), less the frame; (its span,
    what `write` returned)."""
    start = out.position()
    sink = Framed(out, frame.strip_head, frame.strip_tail)
    result = write(*args, sink)
    sink.close()
    out.end_piece()
    return out.span(start), result


def _chunked_graph(run: _DumpRun, key: str, out: PieceWriter, old, old_gz, graph: str,
                   count: int, fresh_chunk, spans: dict, chunks: dict) -> bool:
    """A chunked graph (`Chunks`) in one whole file, chunk after chunk: a chunk that is not
    stale and that the previous file holds is copied, the others written by
    `fresh_chunk(graph, key, its N-Quads entry, sink)` (-> triples). The N-Quads take the
    chunks from the graph; the other files take the N-Quads' chunks, and copy only those the
    N-Quads copied. False (nothing written) when the chunks are not the whole graph (their
    triples do not add up to its count): the graph is then written whole."""
    frame = run.frames[key]
    if key == "nquads":
        units = [(k, None) for k in run.chunked[graph].keys()]
    elif graph in run.written_chunks["nquads"]:
        units = [(c[0], c) for c in run.written_chunks["nquads"][graph]]
    else:
        return False
    previous = run.prev.chunks.get(key, {}).get(graph, {})
    mark = out.mark()
    pieces: list[list[int]] = []
    listed: list[list] = []
    for i, (ckey, nq) in enumerate(units):
        if i and frame.sep:
            pieces.append(out.piece(frame.sep))
        same = (not run.chunked[graph].stale(ckey)) if nq is None else (graph, ckey) not in run.fresh_chunks
        entry, span = previous.get(ckey) if same else None, None
        if entry is not None:
            try:
                span, n = out.copy(old, old_gz, entry[1:]), entry[0]
            except PieceError:
                span = None
        if span is None:
            if nq is None:
                run.fresh_chunks.add((graph, ckey))
            span, n = _fresh_piece(out, frame, fresh_chunk, graph, ckey, nq)
        pieces.append(span)
        listed.append([ckey, n, *span])
    if not listed or sum(c[1] for c in listed) != count:
        out.rollback(mark)
        return False
    spans[graph], chunks[graph] = _joined(pieces), listed
    return True


def _whole_file(run: _DumpRun, key: str, entry: DumpFile, fresh, fresh_chunk) -> None:
    """One whole-dataset file and its .gz, graph after graph (`_Frame`): a kept graph's piece
    copied from the previous release's file (written by `fresh(graph, sink)` instead when that
    piece is not what the index says), a chunked graph chunk by chunk (`_chunked_graph`), the
    others written by `fresh`."""
    frame = run.frames[key]
    out = PieceWriter(run.folder / entry.name, run.folder / (entry.name + ".gz"), run.gzip_level)
    spans: dict[str, list[int]] = {}
    chunks: dict[str, list] = {}
    copied: set[str] = set()
    previous = run.prev.files.get(key)
    try:
        with _previous_file(previous) as old, \
                _previous_file(previous and previous.with_name(previous.name + ".gz")) as old_gz:
            out.piece(frame.head)
            first = True
            for graph, count in run.graphs():
                if not count:
                    continue
                if not first and frame.sep:
                    out.piece(frame.sep)
                first = False
                if graph in run.prev.kept:
                    try:
                        spans[graph] = out.copy(old, old_gz, run.prev.spans[key][graph])
                        copied.add(graph)
                        continue
                    except PieceError:
                        pass  # not what the index says: written from this release's data
                if graph in run.chunked and _chunked_graph(run, key, out, old, old_gz, graph, count,
                                                           fresh_chunk, spans, chunks):
                    continue
                spans[graph] = _fresh_piece(out, frame, fresh, graph)[0]
            out.piece(frame.end)
    except BaseException:
        out.abort()
        raise
    entry.bytes, entry.sha256, entry.gzip_bytes, entry.gzip_sha256 = out.close()
    entry.gzip_name = entry.name + ".gz"
    run.written[key], run.written_chunks[key], run.copied[key] = spans, chunks, copied


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
    graphs and chunks only, with kept ones), then the others, each on the pool, converted from
    the N-Quads' pieces of the graphs and chunks not kept."""
    nquads = rdf_format("nquads")
    entries = {key: run.add(f"{run.stem}{'' if key in DATASET_FORMATS else '-union'}."
                            f"{rdf_format(key).extension}", rdf_format(key),
                            "dataset" if key in DATASET_FORMATS else "union", None, run.total)
               for key in WHOLE_FORMATS}

    def from_store(graph: str, sink: Framed) -> None:
        ox.serialize(run.store.quads_for_pattern(None, None, None, _graph_node(graph)), sink,
                     nquads.engine)

    def chunk_from_store(graph: str, ckey: str, _nq, sink: Framed) -> int:
        quads = list(run.chunked[graph].quads(ckey))
        ox.serialize(quads, sink, nquads.engine)
        return len(quads)

    _whole_file(run, "nquads", entries["nquads"], from_store, chunk_from_store)
    pause_point("dumps")
    source = run.folder / entries["nquads"].name

    def convert(key: str) -> None:
        fmt, dataset = rdf_format(key), key in DATASET_FORMATS
        with open(source, "rb") as fh:
            def from_region(graph: str, offset: int, size: int, sink: Framed) -> None:
                if key == "ntriples":  # the N-Quads lines without their graph: no parse
                    _drop_graph(Region(fh, offset, size), graph, sink)
                    return
                quads = ox.parse(Region(fh, offset, size), nquads.engine)
                ox.serialize(quads if dataset else (q.triple for q in quads), sink, fmt.engine,
                             prefixes=run.prefixes)

            def from_nquads(graph: str, sink: Framed) -> None:
                from_region(graph, *run.written["nquads"][graph][:2], sink)

            def chunk_from_nquads(graph: str, _ckey: str, nq: list, sink: Framed) -> int:
                from_region(graph, nq[2], nq[3], sink)  # nq: [key, triples, offset, size, ...]
                return nq[1]

            _whole_file(run, key, entries[key], from_nquads, chunk_from_nquads)

    for job in [run.pool.submit(convert, key) for key in WHOLE_FORMATS if key != "nquads"]:
        job.result()


def _graph_files(run: _DumpRun) -> None:
    """One Turtle file per graph: a kept graph's files linked from the previous release when
    the union Turtle copied its piece (same bytes); each other one is the union Turtle's head
    and that graph's piece of it, plain and compressed, copied from the union Turtle just
    written (pieces again: kg.store.segments), so no graph is read, converted or compressed
    twice."""
    turtle = rdf_format("turtle")
    head = run.frames["turtle"].head
    union = run.folder / next(e for e in run.entries if e.scope == "union" and e.format == "turtle").name
    with open(union, "rb") as src, open(union.with_name(union.name + ".gz"), "rb") as src_gz:
        for graph, count in run.graphs():
            if not count:
                continue
            if graph in run.prev.kept and graph in run.copied["turtle"]:
                try:
                    run.entries.append(_link(run.prev.kept[graph], run.prev.folder, run.folder))
                    continue
                except OSError:
                    pass  # written from the union Turtle below
            name = graph_file(graph, run.base) if graph else f"{GRAPHS_DIR}/{DEFAULT_GRAPH_NAME}.ttl"
            entry = run.add(name, turtle, "graph", graph, count)
            out = PieceWriter(run.folder / name, run.folder / f"{name}.gz", run.gzip_level)
            try:
                out.piece(head)
                out.copy(src, src_gz, run.written["turtle"][graph])
            except BaseException:
                out.abort()
                raise
            entry.bytes, entry.sha256, entry.gzip_bytes, entry.gzip_sha256 = out.close()
            entry.gzip_name = f"{name}.gz"


def write_dumps(store: Snapshot, folder: Path, *, base: str | None = None,
                gzip_level: int = 6, workers: int | None = None,
                reuse: Reuse | None = None, counts: tuple[int, dict[str, int]] | None = None,
                chunked: dict[str, Chunks] | None = None) -> dict:
    """Write every dump of `store` into `folder` (created) and return the manifest.

    Called by the publish step (see kg.store.describe.finisher) before the release is
    switched in; any failure raises DumpError and the release is not published. With `reuse`,
    the graphs the publish did not change are copied from the previous release's dumps
    instead of read from the store: their pieces of the whole files (plain and compressed,
    kg.store.segments) and their Turtle files; a piece that is not what the previous index
    says is written afresh. `chunked`: graphs written chunk by chunk (`Chunks`), whose chunks
    that did not change are copied. The phases, over one `_DumpRun`: `_whole_files`, then
    `_graph_files`, then the manifest and the index of the whole files' pieces
    (`SEGMENTS_INDEX`).
    """
    base = base_iri(base)
    folder = Path(folder)
    stem = dataset_metadata()["dump_name"]
    chunked = chunked or {}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        default_count, named = counts if counts is not None else store.graph_counts()
        frames = _frames(dict(PREFIX_MAP))
        digest = _frames_digest(frames, gzip_level)
        prev = _previous(reuse, base, named, digest, chunked)
        with ThreadPoolExecutor(max_workers=workers or min(4, os.cpu_count() or 1)) as pool:
            run = _DumpRun(store, folder, base, stem, default_count, named, prev, chunked,
                           pool, gzip_level, frames)
            _whole_files(run)
            _graph_files(run)
        (folder / SEGMENTS_INDEX).write_text(json.dumps(
            {"digest": digest, "files": run.written, "chunks": run.written_chunks}))
        manifest = {
            "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "base": base,
            "triples": run.total,
            "graphs": len(named),
            "default_graph_triples": default_count,
            "files": [asdict(e) for e in run.entries],
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=1))
    except (OSError, ValueError, SyntaxError) as exc:
        raise DumpError(f"{folder}: writing the dumps failed: {exc}") from exc
    return manifest


def read_manifest(folder: Path) -> dict:
    """The manifest of a dumps folder; an empty one when the release has no dumps."""
    try:
        return json.loads((Path(folder) / MANIFEST).read_text())
    except FileNotFoundError:
        return {"files": [], "triples": 0, "graphs": 0}
