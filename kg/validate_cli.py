"""`kg validate [--store DIR | FILE] [--format text|turtle]`: SHACL-check a published store or a file.

Validation is per article graph (plus the shared triples that article reaches, such as
its issue, volume, periodical and entities), then the shared graphs once on their own,
because pySHACL's cost grows faster than the size of the graph it checks. Each graph is
read into an in-memory rdflib graph first (see kg.validate). A store is read graph by graph
through its snapshot, so memory holds one article graph at a time, not the release.
The statistics graph (release-wide counts) is checked with the shared graphs, for its form and
the consistency of its numbers; an article's unit does not reach it, since the recount of an
entity's mentions needs every article's mentions, not one's (tests/test_statistics.py recounts
them over whole releases).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import click
import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import BNode, Node

from kg.config import default_store
from kg.formats import rdf_format_for_path
from kg.namespaces import KG, SCHEMA, bind_all
from kg.options import store_option
from kg.store import PublishError, Snapshot, open_store
from kg.store.base import GraphName
from kg.validate import Report, ShapesError, merge, validate

DEFAULT_GRAPH = "(default graph)"


@dataclass
class Unit:
    """One graph to validate and the name shown for it in the report."""

    label: str
    graph: Graph


def is_article_graph(graph: Graph) -> bool:
    return (None, RDF.type, SCHEMA.NewsArticle) in graph


def is_statistics_graph(graph: Graph) -> bool:
    """The release-wide counts (kg.statistics). An article's unit does not reach into them: its
    entities' counts are over every article, and the shapes' recounts would see only this one's
    mentions and call every entity named elsewhere too a wrong count."""
    return (None, KG.mentionCount, None) in graph


def reachable(start: Graph, shared: Graph) -> Graph:
    """The triples of `shared` about nodes that `start` refers to, followed transitively.

    An article graph refers to its issue and to entities; their descriptions live in the
    shared graph (issue -> volume -> periodical), and the shapes need them to check the article.
    """
    out = Graph()
    seen: set[Node] = set()
    frontier = [n for t in start for n in (t[0], t[2]) if isinstance(n, URIRef | BNode)]
    while frontier:
        node = frontier.pop()
        if node in seen:
            continue
        seen.add(node)
        for triple in shared.triples((node, None, None)):
            out.add(triple)
            if isinstance(triple[2], URIRef | BNode) and triple[2] not in seen:
                frontier.append(triple[2])
    return out


def split(named: dict[str, Graph]) -> list[Unit]:
    """Article graphs (each with what it reaches in the others), then the other graphs together."""
    articles = {name: g for name, g in named.items() if is_article_graph(g)}
    shared, reached = Graph(), Graph()  # all the other graphs; those an article's unit reaches
    for name, g in named.items():
        if name not in articles:
            for triple in g:
                shared.add(triple)
                if not is_statistics_graph(g):
                    reached.add(triple)
    units = []
    for name, g in sorted(articles.items()):
        data = Graph()
        bind_all(data)
        for triple in g:
            data.add(triple)
        for triple in reachable(g, reached):
            data.add(triple)
        units.append(Unit(name, data))
    if len(shared):
        names = sorted(n for n in named if n not in articles)
        units.append(Unit(", ".join(names), shared))
    return units


def _graph(quads: Iterable[ox.Quad]) -> Graph:
    data = Graph()
    bind_all(data)
    text = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
    if text:
        data.parse(data=text.decode("utf-8"), format="nt")
    return data


def _is_article(snapshot: Snapshot, graph: GraphName) -> bool:
    where = f"?x a <{SCHEMA.NewsArticle}>"
    if isinstance(graph, ox.NamedNode):
        where = f"GRAPH <{graph.value}> {{ {where} }}"
    return bool(snapshot.query(f"ASK {{ {where} }}"))


def units_from_store(store: str | Path) -> Iterator[Unit]:
    """The current release graph by graph, as `split` would cut it, holding one article graph
    in memory at a time: each article graph with what it reaches in the other graphs (looked up
    in the store, node by node), then the other graphs together."""
    snapshot = open_store(store).snapshot()
    default, counts = snapshot.graph_counts()
    graphs: list[tuple[str, GraphName]] = [(g, ox.NamedNode(g)) for g, n in sorted(counts.items()) if n]
    if default:
        graphs.append((DEFAULT_GRAPH, ox.DefaultGraph()))
    if not graphs:
        raise PublishError(f"{store}: the published release holds no triples")
    graphs.sort(key=lambda item: item[0])
    articles = [(name, g) for name, g in graphs if _is_article(snapshot, g)]
    others = [(name, g) for name, g in graphs if (name, g) not in articles]
    counts_graphs = {g for _name, g in others if isinstance(g, ox.NamedNode) and snapshot.query(
        f"ASK {{ GRAPH <{g.value}> {{ ?s <{KG.mentionCount}> ?n }} }}")}  # see is_statistics_graph
    elsewhere = {g for _name, g in others if g not in counts_graphs}
    for name, g in articles:
        quads = list(snapshot.quads_for_pattern(None, None, None, g))
        seen: set = set()
        frontier = [n for q in quads for n in (q.subject, q.object)
                    if isinstance(n, ox.NamedNode | ox.BlankNode)]
        while frontier:
            node = frontier.pop()
            if node in seen:
                continue
            seen.add(node)
            for q in snapshot.quads_for_pattern(node, None, None):
                if q.graph_name in elsewhere:
                    quads.append(q)
                    if isinstance(q.object, ox.NamedNode | ox.BlankNode) and q.object not in seen:
                        frontier.append(q.object)
        yield Unit(name, _graph(quads))
    if others:
        shared = Graph()
        for _name, g in others:
            shared.parse(data=snapshot.graph_ntriples(g).decode("utf-8"), format="nt")
        yield Unit(", ".join(name for name, _g in others), shared)


def units_from_file(path: Path) -> list[Unit]:
    """An RDF file: a quads file is split like a store; a triples file is one graph."""
    try:
        fmt = rdf_format_for_path(str(path))
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0])) from None
    try:
        if fmt.quads:
            ds = Dataset()
            ds.parse(path, format=fmt.rdflib)
            named = {}
            for g in ds.graphs():
                if len(g):
                    name = DEFAULT_GRAPH if g.identifier == ds.default_graph.identifier else str(g.identifier)
                    named[name] = Graph()
                    for triple in g:
                        named[name].add(triple)
            return split(named)
        graph = Graph().parse(path, format=fmt.rdflib)
    except Exception as exc:  # rdflib's parsers raise many exception types
        raise click.ClickException(f"{path}: cannot read it as {fmt.name}: {exc}") from None
    return [Unit(str(path), graph)]


def validate_units(units: Iterable[Unit]) -> Iterator[Report]:
    for unit in units:
        yield validate(unit.graph, label=unit.label)


@click.command("validate")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option(help="Validate the store's published release (default: KG_STORE or the per-user store).")
@click.option("--format", "fmt", type=click.Choice(["text", "turtle"]), default="text", show_default=True,
              help="text: a report for people; turtle: the SHACL validation report as RDF.")
def validate_command(file: Path | None, store: str | None, fmt: str) -> None:
    """Check a store or an RDF FILE against the SHACL shapes; exit status 1 on violations."""
    if file is not None and store is not None:
        raise click.UsageError("give either FILE or --store, not both")
    try:
        units = units_from_file(file) if file is not None else units_from_store(store or default_store())
        reports = list(validate_units(units))
    except (PublishError, ShapesError) as exc:
        raise click.ClickException(str(exc)) from None
    report = merge(reports, label=str(file or store or default_store()))
    if fmt == "turtle":
        click.echo(report.turtle(), nl=False)
    else:
        for rep in reports:
            click.echo(rep.text() if rep.results else rep.summary())
        click.echo(f"{len(reports)} graph(s) validated: {len(report.violations)} violation(s), "
                   f"{len(report.warnings)} warning(s)")
    sys.exit(0 if report.conforms else 1)
