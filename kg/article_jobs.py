"""The per-article part of a build, in this process or in worker processes, and where its
output waits until the publish.

Each article is read, annotated, mapped, validated and serialized on its own (`make`), so
the work can run in a pool of processes (`run(..., jobs=N)`); results come back in the
order of the files, so failures, duplicates and warnings are reported as in one process.
What passed waits as N-Triples in an unnamed temporary file (`Spill`), not as rdflib graphs
in memory: a build's memory does not grow with the archive, and nothing is left behind if
it is killed.
"""

from __future__ import annotations

import multiprocessing
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.iri import Minter
from kg.rdf import ArticleRdf
from kg.reader import ReadError

_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
# Bulk loads of about 50,000 quads: one bulk load of a million quads held 1.2 GB, in blocks
# the same load took 140 MB and less time (bench/README.md, build section).
_BULK_BYTES = 16 << 20


@dataclass
class Built:
    """An article the build published (what `kg build` lists)."""

    path: str
    key: str
    graph: str  # the article graph's IRI
    article_iri: str
    triples: int  # in the article graph
    shared_triples: int  # what it adds to the shared graph (before merging)


@dataclass
class Made:
    """The outcome of one article's work: its triples, or why it failed."""

    path: str
    failure: str | None = None
    key: str = ""
    graph: str = ""
    article_iri: str = ""
    article_nt: bytes = b""
    shared_nt: bytes = b""
    triples: int = 0
    shared_triples: int = 0
    violations: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def built(self) -> Built:
        return Built(self.path, self.key, self.graph, self.article_iri, self.triples,
                     self.shared_triples)


def made_of(path: str, rdf: ArticleRdf, violations=(), warnings=()) -> Made:
    from kg.pipeline import to_ntriples

    return Made(path, None, rdf.key, str(rdf.graph), str(rdf.article_iri),
                to_ntriples(rdf.article), to_ntriples(rdf.shared), len(rdf.article),
                len(rdf.shared), list(violations), list(warnings))


def make(path: Path, minter: Minter, validate: bool, shapes: Graph | None) -> Made:
    """Read, annotate, map and (if asked) validate one article; failures are returned, named."""
    from kg import pipeline  # its stages, looked up at call time

    try:
        _doc, rdf = pipeline.process(path, minter)
    except ReadError as e:
        return Made(str(path), e.message if e.line is None else f"line {e.line}: {e.message}")
    except Exception as e:  # noqa: BLE001 - a defect on one article must not hide which one
        return Made(str(path), f"internal error while extracting ({type(e).__name__}: {e}); "
                               "please report it")
    violations, warnings = pipeline.validate_article(rdf, shapes) if validate else ([], [])
    return made_of(str(path), rdf, violations, warnings)


_job: tuple[Minter, bool, Graph | None] | None = None  # a worker's settings, set at its start


def _start(minter: Minter, validate: bool, shapes: Graph | None) -> None:
    global _job
    _job = (minter, validate, shapes)


def _make_in_worker(path: Path) -> Made:
    assert _job is not None
    return make(path, *_job)


def run(paths: Sequence[Path], minter: Minter, *, validate: bool = True,
        shapes: Graph | None = None, jobs: int = 1) -> Iterator[Made]:
    """`make` every file, in `jobs` processes; results in the order of `paths`."""
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield make(path, minter, validate, shapes)
        return
    if validate and shapes is None:
        from kg.validate import shapes_graph

        shapes_graph()  # parsed once here; the forked workers inherit it
    # fork: workers start at once with the parent's loaded modules, settings and data
    pool = ProcessPoolExecutor(min(jobs, len(paths)), mp_context=multiprocessing.get_context("fork"),
                               initializer=_start, initargs=(minter, validate, shapes))
    try:
        yield from pool.map(_make_in_worker, paths)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class Spill:
    """Validated articles as N-Quads in an unnamed temporary file, until the publish loads them."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile(prefix="kg-build-")
        self.graphs: list[str] = []
        self.shared: list[tuple[int, int]] = []  # where each article's shared quads are

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc) -> None:
        self.file.close()

    def add(self, made: Made, shared: ox.NamedNode) -> None:
        self.file.seek(0, 2)
        self.file.write(_as_nquads(made.article_nt, ox.NamedNode(made.graph)))
        quads = _as_nquads(made.shared_nt, shared)
        self.shared.append((self.file.tell(), len(quads)))
        self.file.write(quads)
        self.graphs.append(made.graph)

    def load_into(self, st: ox.Store, touched: set | None) -> None:
        """Replace the articles' graphs and add their shared triples, in one bulk load (the
        store is the publish's private copy: if the build fails it is thrown away).
        `touched` (if given) receives the nodes of every shared triple new to the store."""
        for graph in self.graphs:
            g = ox.NamedNode(graph)
            if st.contains_named_graph(g):
                st.remove_graph(g)
        if touched is not None:
            for offset, size in self.shared:
                self.file.seek(offset)
                for q in ox.parse(self.file.read(size), ox.RdfFormat.N_QUADS):
                    if q not in st:
                        touched.add(q.subject)
                        if q.predicate != _TYPE and not isinstance(q.object, ox.Literal):
                            touched.add(q.object)
        self.file.flush()
        self.file.seek(0)
        rest = b""
        while block := self.file.read(_BULK_BYTES):
            block, _, next_rest = (rest + block).rpartition(b"\n")
            st.bulk_load(block + b"\n", ox.RdfFormat.N_QUADS)
            rest = next_rest
        if rest.strip():
            st.bulk_load(rest, ox.RdfFormat.N_QUADS)


def _as_nquads(ntriples: bytes, graph: ox.NamedNode) -> bytes:
    """N-Triples to N-Quads in `graph` (N-Triples has one statement per line, ending in '.')."""
    tail = f" <{graph.value}> .\n".encode()
    out = []
    for line in ntriples.splitlines():
        line = line.strip()
        if line and not line.startswith(b"#"):
            out.append(line.removesuffix(b".").rstrip() + tail)
    return b"".join(out)
