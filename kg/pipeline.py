"""The build: read → annotate → map → validate → publish, all or nothing.

Each article is read, annotated and mapped on its own; every article graph is validated
(with the shared triples it contributes) before anything is written; then one publish
replaces the articles' named graphs and merges the shared graph, atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import KgError  # noqa: F401  (BuildError's base)
from kg.iri import Minter
from kg.model import Document
from kg.nlp import annotate
from kg.rdf import ArticleRdf, document_to_rdf
from kg.reader import ReadError, read_article
from kg.store import Release, StoreDir
from kg.store.describe import finisher

SHARED_GRAPH = "shared"


class BuildError(KgError):
    """The build publishes nothing: the message lists every file that failed and why."""


@dataclass
class Failure:
    path: str
    message: str


@dataclass
class BuildResult:
    articles: list[ArticleRdf] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    release: Release | None = None


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """Article files named on the command line: files as given, folders' *.txt sorted."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*.txt"))
            if not found:
                raise BuildError(f"{p}: folder holds no article files (*.txt)")
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            raise BuildError(f"{p}: no such file or folder")
    return files


def process(path: Path, minter: Minter) -> tuple[Document, ArticleRdf]:
    doc = read_article(path)
    annotate(doc)
    return doc, document_to_rdf(doc, minter)


def _lines(results) -> list[str]:
    return [f"{r.message} (focus {r.focus}" + (f", path {r.path})" if r.path else ")")
            for r in results]


def validate_article(rdf: ArticleRdf, shapes: Graph | None = None) -> tuple[list[str], list[str]]:
    """(violations, warnings) of one article graph with the shared triples it adds."""
    from kg.validate import validate

    report = validate(rdf.combined(), label=str(rdf.graph), shapes=shapes)
    return _lines(report.violations), _lines(report.warnings)


def validate_shared(store: ox.Store, graph: ox.NamedNode, shapes: Graph | None = None) -> None:
    """The cross-article check: the shared graph as it will be published (old and new
    articles' entities together: one label per entity, one entity per Wikidata item…)."""
    from kg.validate import validate

    data = Graph()
    data.parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph), format="nt")
    report = validate(data, label=graph.value, shapes=shapes)
    if report.violations:
        raise BuildError(f"nothing published; the shared graph <{graph.value}> would break the "
                         "shapes:\n  " + "\n  ".join(_lines(report.violations)))


def to_ntriples(graph: Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


def build(paths: Iterable[str | Path], store: StoreDir, minter: Minter, *,
          keep_going: bool = False, validate: bool = True, shapes: Graph | None = None,
          progress: Callable[[str], None] = lambda _m: None) -> BuildResult:
    """Build and publish; `shapes` replaces the project's shapes (tests, stricter profiles)."""
    result = BuildResult()
    keys: dict[str, str] = {}
    for path in collect(paths):
        try:
            doc, rdf = process(path, minter)
        except ReadError as e:
            result.failures.append(Failure(str(path), e.message if e.line is None
                                           else f"line {e.line}: {e.message}"))
            continue
        except Exception as e:  # noqa: BLE001 - a defect on one article must not hide which one
            result.failures.append(Failure(str(path), f"internal error while extracting "
                                           f"({type(e).__name__}: {e}); please report it"))
            continue
        if rdf.key in keys:
            result.failures.append(Failure(str(path), f"same article as {keys[rdf.key]} "
                                           f"(issue and headline give the key {rdf.key})"))
            continue
        keys[rdf.key] = str(path)
        if validate:
            violations, warnings = validate_article(rdf, shapes)
            result.warnings += [f"{path}: {w}" for w in warnings]
            if violations:
                result.failures.append(Failure(str(path), "SHACL violations:\n  "
                                               + "\n  ".join(violations)))
                continue
        progress(f"{path}: {len(rdf.article)} + {len(rdf.shared)} triples")
        result.articles.append(rdf)
    if result.failures and not keep_going:
        raise BuildError("nothing published; these files failed:\n" + "\n".join(
            f"{f.path}: {f.message}" for f in result.failures))
    if not result.articles:
        raise BuildError("nothing to publish: no article was built")
    result.release = publish(store, result.articles, minter,
                             validate_with=shapes if validate else False)
    return result


def publish(store: StoreDir, articles: list[ArticleRdf], minter: Minter,
            validate_with: Graph | None | bool = None) -> Release:
    """Replace the articles' graphs, merge the shared graph, check it, switch.

    `validate_with`: shapes for the cross-article check (None: the project's; False: none)."""
    shared = ox.NamedNode(str(minter.shared_graph(SHARED_GRAPH)))
    with store.publish(finish=finisher(minter.base)) as st:
        for rdf in articles:
            graph = ox.NamedNode(str(rdf.graph))
            if st.contains_named_graph(graph):
                st.remove_graph(graph)
            st.load(to_ntriples(rdf.article), ox.RdfFormat.N_TRIPLES, to_graph=graph)
            st.load(to_ntriples(rdf.shared), ox.RdfFormat.N_TRIPLES, to_graph=shared)
        if validate_with is not False:
            validate_shared(st, shared, validate_with or None)
    return store.require_current()


def load_files(paths: Iterable[str | Path], store: StoreDir, minter: Minter,
               graph: str | None = None) -> Release:
    """Add RDF files to the store. Every file is parsed first: one bad file, nothing published."""
    from kg.formats import rdf_format_for_path
    from kg.iri import slug

    parsed: list[tuple[list[ox.Quad], ox.NamedNode]] = []
    for path in map(Path, paths):
        try:
            fmt = rdf_format_for_path(str(path))
        except KeyError as e:
            raise BuildError(str(e)) from None
        target = ox.NamedNode(graph or str(minter.shared_graph("loaded/" + slug(path.stem))))
        try:
            data = path.read_bytes()
            if path.suffix == ".gz":
                import gzip

                data = gzip.decompress(data)
            quads = list(ox.parse(data, fmt.engine, base_iri=path.resolve().as_uri()))
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            raise BuildError(f"{path}: cannot load as {fmt.name}: {e}") from None
        parsed.append((quads, target))
    with store.publish(finish=finisher(minter.base)) as st:
        for quads, target in parsed:
            st.extend(ox.Quad(q.subject, q.predicate, q.object,
                              target if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name)
                      for q in quads)
    return store.require_current()
