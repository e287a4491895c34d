"""The per-article part of a build, wherever it runs, and where its output waits until the publish.

Each article is read, annotated, mapped, validated and serialized on its own (`make`). A
task is the article's file name and bytes (`ArticleTask`: a worker on another machine needs
no shared folder); what every task shares is an `ArticleJob` (base IRI, validation, shapes,
the digest of the package the build runs), set up once per worker (`ArticleJob.setup`) by
whichever executor runs the build (kg.executors). A worker whose installed package differs
from the build's is refused by name (`StaleWorker`), never silently used.
What passed waits as N-Triples in an unnamed temporary file (`Spill`), not as rdflib graphs
in memory: a build's memory does not grow with the archive, and nothing is left behind if
it is killed.
"""

from __future__ import annotations

import functools
import hashlib
import os
import socket
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import DataError, KgError
from kg.faultpoints import pause_point
from kg.fingerprint import package_digest, text_digest
from kg.iri import Minter
from kg.model import Document
from kg.nlp.stages import annotate
from kg.rdf import ArticleRdf, document_to_rdf
from kg.reader import ReadError, parse_article, read_article
from kg.reader import cues as reader_cues
from kg.reader.source import decode
from kg.resources import Resources, default
from kg.store.base import Writer

_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
# Bulk loads of about 50,000 quads: one bulk load of a million quads held 1.2 GB, in blocks
# the same load took 140 MB and less time (bench/README.md, build section).
_BULK_BYTES = 16 << 20


class StaleWorker(KgError):
    """A worker's installed kg is not the one the build runs (other code or data files)."""


@dataclass
class Built:
    """An article the build published (what `kg build` lists)."""

    path: str
    key: str
    graph: str  # the article graph's IRI
    article_iri: str
    triples: int  # in the article graph
    shared_triples: int  # what it adds to the shared graph (before merging)
    sha256: str = ""  # of the article file's bytes (the content hash the release keeps)
    reused: bool = False  # unchanged since the last publish: its graph was kept, not rebuilt
    # the names the learned test of names dropped as none (label, its probability of being none):
    # not in the graph (docs/vocabulary.md, "Models' calls on names"), so the build lists them
    dropped: tuple[tuple[str, float], ...] = ()


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
    sha256: str = ""
    dropped: tuple[tuple[str, float], ...] = ()  # Built.dropped

    def built(self) -> Built:
        return Built(self.path, self.key, self.graph, self.article_iri, self.triples,
                     self.shared_triples, self.sha256, dropped=self.dropped)


def to_ntriples(graph: Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


def made_of(path: str, rdf: ArticleRdf, violations=(), warnings=(), sha256: str = "",
            doc: Document | None = None) -> Made:
    return Made(path, None, rdf.key, str(rdf.graph), str(rdf.article_iri),
                to_ntriples(rdf.article), to_ntriples(rdf.shared), len(rdf.article),
                len(rdf.shared), list(violations), list(warnings), sha256,
                dropped_names(doc) if doc is not None else ())


def dropped_names(doc: Document) -> tuple[tuple[str, float], ...]:
    """The names the learned test of names dropped from `doc` (doc.annotations.rejected), the
    surest first: a dropped name is no entity and is not published, so the build report is
    where a reader of the build sees that a model made that call, and how sure it was."""
    return tuple(sorted(doc.annotations.rejected.items(), key=lambda kv: (-kv[1], kv[0])))


def mapped(doc: Document, minter: Minter, resources: Resources | None = None
           ) -> tuple[Document, ArticleRdf]:
    """Annotate (with `resources`, default: the package's) and map one read article."""
    pause_point("extract")  # read; annotating and mapping to come
    annotate(doc, resources)
    return doc, document_to_rdf(doc, minter)


def process(path: Path, minter: Minter, resources: Resources | None = None
            ) -> tuple[Document, ArticleRdf]:
    """Read (with the reader cues of `resources`' data folder), annotate and map one article file."""
    with reader_cues.bind((resources or default()).reader):
        doc = read_article(path)
    return mapped(doc, minter, resources)


def _lines(results) -> list[str]:
    return [f"{r.message} (focus {r.focus}" + (f", path {r.path})" if r.path else ")")
            for r in results]


def validate_article(rdf: ArticleRdf, shapes: Graph | None = None) -> tuple[list[str], list[str]]:
    """(violations, warnings) of one article graph with the shared triples it adds."""
    from kg.validate import validate

    pause_point("validate")
    report = validate(rdf.combined(), label=str(rdf.graph), shapes=shapes)
    return _lines(report.violations), _lines(report.warnings)


@dataclass(frozen=True)
class ArticleTask:
    """One article: its file's name (for messages and the source triple) and its bytes."""

    path: str
    data: bytes

    @classmethod
    def of(cls, path: str | Path) -> ArticleTask:
        """Read the file here, on the machine that runs the build; an unreadable file gives a
        task whose bytes are None-like (empty) and whose failure `make` reports by name."""
        try:
            return cls(str(path), Path(path).read_bytes())
        except OSError as e:
            return _Unreadable(str(path), b"", e.strerror or str(e))


@dataclass(frozen=True)
class _Unreadable(ArticleTask):
    reason: str = ""


def make(task: ArticleTask, minter: Minter, validate: bool, shapes: Graph | None,
         resources: Resources | None = None) -> Made:
    """Read, annotate, map and (if asked) validate one article; failures are returned, named."""
    if isinstance(task, _Unreadable):
        return Made(task.path, task.reason)
    try:
        with reader_cues.bind((resources or default()).reader):  # the build's reader/ cue lists (--data)
            doc = parse_article(decode(task.path, task.data), task.path)
        doc, rdf = mapped(doc, minter, resources)
    except ReadError as e:
        return Made(task.path, e.message if e.line is None else f"line {e.line}: {e.message}")
    except DataError:
        raise  # the build's data (a missing gazetteer, a broken cue file): not this article's fault
    except Exception as e:  # noqa: BLE001 - a defect on one article must not hide which one
        return Made(task.path, f"internal error while extracting ({type(e).__name__}: {e}); "
                               "please report it")
    violations, warnings = validate_article(rdf, shapes) if validate else ([], [])
    return made_of(task.path, rdf, violations, warnings, text_digest(task.data), doc)


@dataclass(frozen=True)
class ArticleJob:
    """What every article task of a build shares (kg.executors.Job), sent to each worker.

    `shapes_nt`: shapes other than the package's (tests, stricter profiles) as N-Triples;
    `digest`: kg.fingerprint.package_digest of the machine that runs the build;
    `data_dir`: a data folder other than the package's (kg build --data), None for the
    package's; `data_digest`: kg.resources.Resources.digest of the data the build checked."""

    minter: Minter
    validate: bool = True
    shapes_nt: bytes | None = None
    digest: str = field(default_factory=lambda: package_digest())
    data_dir: str | None = None
    data_digest: str = ""

    @classmethod
    def of(cls, minter: Minter, validate: bool = True, shapes: Graph | None = None,
           resources: Resources | None = None) -> ArticleJob:
        res = resources or default()
        data_dir = None if res is default() else str(res.data_dir)
        return cls(minter, validate, None if shapes is None else to_ntriples(shapes),
                   data_dir=data_dir, data_digest=res.digest)

    @functools.cached_property
    def key(self) -> str:
        """What makes an article's graph: package, base IRI, validation, shapes (a release
        keeps it per article; an article built under another key is built again)."""
        h = hashlib.sha256(f"{self.digest}\0{self.data_digest}\0{self.minter.base}\0{self.validate}\0"
                           .encode())
        h.update(self.shapes_nt or b"")
        return h.hexdigest()[:32]

    def setup(self) -> Callable[[ArticleTask], Made]:
        """In the worker: refuse a stale package, parse the shapes once."""
        here = package_digest()
        if here != self.digest:
            raise StaleWorker(
                f"worker {socket.gethostname()} (pid {os.getpid()}) has another kg than the build: "
                f"package digest {here[:12]}, the build's {self.digest[:12]}; install the same kg "
                "(code and data files) on every worker and restart them")
        resources = Resources.load(self.data_dir) if self.data_dir else default()
        if self.data_digest and resources.digest != self.data_digest:
            raise StaleWorker(
                f"worker {socket.gethostname()} (pid {os.getpid()}) reads other data than the build "
                f"({resources.data_dir}: digest {resources.digest[:12]}, the build's "
                f"{self.data_digest[:12]}); give every worker the same data folder")
        shapes: Graph | None = None
        if self.validate:
            if self.shapes_nt is not None:
                shapes = Graph().parse(data=self.shapes_nt, format="nt")
            else:
                from kg.validate import shapes_graph

                shapes = shapes_graph()
        return functools.partial(make, minter=self.minter, validate=self.validate, shapes=shapes,
                                 resources=resources)


def tasks_of(paths: Iterable[Path]) -> Iterator[ArticleTask]:
    """Tasks read lazily, as the executor takes them (a few dozen files in memory at once)."""
    return (ArticleTask.of(p) for p in paths)


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

    def shared_quads(self) -> Iterator[ox.Quad]:
        """The articles' shared quads, read back from the spill, article by article."""
        for offset, size in self.shared:
            self.file.seek(offset)
            yield from ox.parse(self.file.read(size), ox.RdfFormat.N_QUADS)

    def load_into(self, st: Writer, touched: set | None, labelled: set | None = None) -> None:
        """Replace the articles' graphs and add their shared triples, in one bulk load (the
        store is the publish's private copy: if the build fails it is thrown away).
        `touched` (if given) receives the nodes of every shared triple new to the store;
        `labelled` the subjects the shared triples give an rdfs:label (the only nodes that can
        have two: kg.shared_labels). Both from one reading of the shared quads."""
        for graph in self.graphs:
            g = ox.NamedNode(graph)
            if st.contains_named_graph(g):
                st.remove_graph(g)
        if touched is not None or labelled is not None:
            for q in self.shared_quads():
                if labelled is not None and q.predicate == _LABEL:
                    labelled.add(q.subject)
                if touched is not None and q not in st:
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
