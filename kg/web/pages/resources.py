"""What the linked-data routes know about a resource, read from the store.

Index lookups only (quads_for_pattern), so a page or data document costs the same in
a 5M-triple archive as in one article. Iterators are consumed where they are made:
pyoxigraph binds them to their thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import DCTERMS, ITSRDF, NIF, OWL, PREFIXES, RDF, RDFS, SCHEMA, SKOS, WD
from kg.store import Snapshot

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


LABEL_PROPERTIES = [node(p) for p in (RDFS.label, SCHEMA.name, SCHEMA.headline, SKOS.prefLabel,
                                      DCTERMS.title, NIF.anchorOf)]
TYPE = node(RDF.type)
ARTICLE_TYPES = {node(SCHEMA.NewsArticle), node(SCHEMA.OpinionNewsArticle), node(SCHEMA.Article),
                 node(SCHEMA.ReportageNewsArticle), node(SCHEMA.AnalysisNewsArticle)}
ENTITY_TYPES = {node(SCHEMA[t]) for t in ("Person", "Organization", "Hospital", "Place", "Country", "City",
                                          "Event", "CreativeWork", "Book", "Thing")}
CONTEXT = node(NIF.Context)
REFERENCE_CONTEXT = node(NIF.referenceContext)
SAME_AS = node(OWL.sameAs)
IDENT_REF = node(ITSRDF.taIdentRef)
_BNODE_DEPTH = 4


def _first(it: Iterable) -> object | None:
    return next(iter(it), None)


def exists(store: Snapshot, iri: str) -> bool:
    """Whether the store says anything about `iri` (as subject, object or graph name)."""
    n = node(iri)
    return (_first(store.quads_for_pattern(n, None, None)) is not None
            or _first(store.quads_for_pattern(None, None, n)) is not None
            or store.contains_named_graph(n))


def types(store: Snapshot, iri: str) -> set[ox.NamedNode]:
    return {q.object for q in store.quads_for_pattern(node(iri), TYPE, None)
            if isinstance(q.object, ox.NamedNode)}


def hash_resources(store: Snapshot, iri: str) -> list[ox.NamedNode]:
    """Resources whose IRI is `iri#...` (NIF spans `#char=b,e` of a context)."""
    prefix = iri + "#"
    found = {q.subject for q in store.quads_for_pattern(None, REFERENCE_CONTEXT, node(iri))
             if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(prefix)}
    return sorted(found, key=lambda n: n.value)


def description(store: Snapshot, iri: str) -> list[ox.Triple]:
    """Every triple with `iri` (or one of its `#` resources) as subject or object, plus the
    blank nodes they point to (a concise bounded description), without duplicates."""
    seen: set[ox.Triple] = set()
    out: list[ox.Triple] = []

    def add(quads: Iterable[ox.Quad]) -> None:
        for q in quads:
            t = q.triple
            if t not in seen:
                seen.add(t)
                out.append(t)

    for n in [node(iri), *hash_resources(store, iri)]:
        add(store.quads_for_pattern(n, None, None))
        add(store.quads_for_pattern(None, None, n))
    frontier = {t.object for t in out if isinstance(t.object, ox.BlankNode)}
    done: set[ox.BlankNode] = set()
    for _ in range(_BNODE_DEPTH):
        frontier -= done
        if not frontier:
            break
        done |= frontier
        before = len(out)
        for b in frontier:
            add(store.quads_for_pattern(b, None, None))
        frontier = {t.object for t in out[before:] if isinstance(t.object, ox.BlankNode)}
    out.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return out


def compact(iri: str) -> str:
    """'http://schema.org/name' -> 'schema:name'; the IRI itself when no prefix fits."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)) and len(str(ns)) > len(best):
            best, name = str(ns), prefix
    if best and iri[len(best):] and all(c not in iri[len(best):] for c in "/#?"):
        return f"{name}:{iri[len(best):]}"
    return iri


class Labels:
    """Human labels of terms, looked up once per request (English or untagged preferred)."""

    def __init__(self, store: Snapshot) -> None:
        self.store = store
        self.cache: dict[str, str | None] = {}

    def get(self, term: Term) -> str | None:
        if not isinstance(term, ox.NamedNode):
            return None
        if term.value not in self.cache:
            self.cache[term.value] = self._lookup(term)
        return self.cache[term.value]

    def _lookup(self, n: ox.NamedNode) -> str | None:
        for prop in LABEL_PROPERTIES:
            values = [q.object for q in self.store.quads_for_pattern(n, prop, None)
                      if isinstance(q.object, ox.Literal)]
            if values:
                values.sort(key=lambda lit: (lit.language not in (None, "en"), lit.value))
                return values[0].value
        return None

    def text(self, term: Term) -> str:
        """What a page shows for a term: its label, else a compact IRI, else its value."""
        if isinstance(term, ox.NamedNode):
            return self.get(term) or compact(term.value)
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        if isinstance(term, ox.Literal):
            return term.value
        return str(term)


@dataclass
class Cell:
    """A term as a page shows it."""

    text: str
    kind: str  # iri | bnode | literal
    iri: str = ""  # the full IRI (iri kind)
    href: str = ""  # where a link goes: a local page for minted IRIs, else the IRI itself
    note: str = ""  # datatype or language of a literal, compact IRI of a labelled IRI


@dataclass
class Row:
    predicate: Cell
    value: Cell  # object for outgoing rows, subject for incoming ones
    graph: str = ""


@dataclass
class Table:
    outgoing: list[Row] = field(default_factory=list)
    incoming: list[Row] = field(default_factory=list)
    more_outgoing: int = 0
    more_incoming: int = 0


def cell(term: Term, labels: Labels, href_for: Callable[[str], str]) -> Cell:
    if isinstance(term, ox.NamedNode):
        label, short = labels.get(term), compact(term.value)
        return Cell(label or short, "iri", term.value, href_for(term.value),
                    short if label and short != term.value else "")
    if isinstance(term, ox.Literal):
        note = f"@{term.language}" if term.language else compact(term.datatype.value)
        return Cell(term.value, "literal", note="" if note == "xsd:string" else note)
    return Cell(labels.text(term), "bnode")


def table(store: Snapshot, iri: str, labels: Labels, href_for: Callable[[str], str],
          limit: int = 500) -> Table:
    """The resource's triples for an HTML page, both directions, at most `limit` rows each."""
    n, out = node(iri), Table()

    def graph_name(q: ox.Quad) -> str:
        return q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""

    for q in store.quads_for_pattern(n, None, None):
        if len(out.outgoing) < limit:
            out.outgoing.append(Row(cell(q.predicate, labels, href_for),
                                    cell(q.object, labels, href_for), graph_name(q)))
        else:
            out.more_outgoing += 1
    for q in store.quads_for_pattern(None, None, n):
        if len(out.incoming) < limit:
            out.incoming.append(Row(cell(q.predicate, labels, href_for),
                                    cell(q.subject, labels, href_for), graph_name(q)))
        else:
            out.more_incoming += 1
    out.outgoing.sort(key=lambda r: (r.predicate.iri != str(RDF.type), r.predicate.text, r.value.text))
    out.incoming.sort(key=lambda r: (r.predicate.text, r.value.text))
    return out


def kind(store: Snapshot, iri: str) -> str:
    """Which page a resource gets: article | context | entity | graph | resource."""
    ts = types(store, iri)
    if ts & ARTICLE_TYPES:
        return "article"
    if CONTEXT in ts:
        return "context"
    if ts & ENTITY_TYPES or any(q.object.value.startswith(str(WD))
                                for q in store.quads_for_pattern(node(iri), SAME_AS, None)):
        return "entity"
    if _first(store.quads_for_pattern(None, IDENT_REF, node(iri))) is not None:
        return "entity"
    if not ts and store.contains_named_graph(node(iri)):
        return "graph"
    return "resource"
