"""The cross-article SHACL check of the shared graph: whole, or only where a build changed it.

Publishing only adds to the shared graph (kg.pipeline), so when the previous release's shared
graph passed the check with the same shapes (its release.json says so: `certificate()`), only
the nodes whose validation can see a new triple need checking again. Which nodes those are
follows from the shapes: `reach()` reads how many steps (out along a predicate, in along an
inverse path, to a value's rdf:type for sh:class) any shape that targets something in the
shared graph looks from its focus node. With reach k, a node farther than k-1 steps from
every node of a new triple sees exactly what it saw in the certified graph, so its results
are unchanged (it conformed). The nodes within k-1 steps are validated with every triple
within k steps of them, and only their results count (the edge of that subgraph is
incompletely described). Cross-article constraints are within that reach: two entities
owl:sameAs one Wikidata item are one inverse step from the item, which a new sameAs touches.

Anything the analysis cannot bound makes the check whole, as before: a SPARQL-based
constraint whose query reads past plain triple patterns joined to `$this` (kg.sparqlreach
bounds the others) or a SPARQL-based target on a shape that targets something in the shared
graph, a recursive shape, a path of unbounded length (sh:zeroOrMorePath…), rdfs:subClassOf in
the shared graph (sh:class would follow it), blank nodes in the neighbourhood (results are
matched to focus nodes by IRI), or a neighbourhood bigger than half the graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from kg.config import SHAPES_DIR
from kg.namespaces import SH
from kg.sparqlreach import constraint_steps
from kg.store.base import Snapshot
from kg.validate import Report, shape_files, shapes_graph, validate

MAX_REACH = 3  # beyond this the neighbourhood is no longer small: check the whole graph
_SMALL = 5000  # a neighbourhood this small is checked as it is (no count of the whole graph)
_TYPE = ox.NamedNode(str(RDF.type))

# Constraint parameters that look at nothing beyond the value nodes themselves.
_LOCAL = {SH[n] for n in (
    "datatype", "nodeKind", "minCount", "maxCount", "minLength", "maxLength", "pattern", "flags",
    "languageIn", "uniqueLang", "in", "hasValue", "minInclusive", "maxInclusive", "minExclusive",
    "maxExclusive", "qualifiedMinCount", "qualifiedMaxCount", "qualifiedValueShapesDisjoint",
    "message", "severity", "name", "description", "order", "group", "defaultValue", "deactivated",
    "path", "targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf", "ignoredProperties")}
_COMPARE = {SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals}  # another predicate of the focus
_NESTED = {SH.node, SH["not"], SH.qualifiedValueShape, SH.property}  # a shape applied to the values
_LISTS = {SH["or"], SH["and"], SH.xone}
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


@dataclass
class Outcome:
    """What the check did: for the build's report and the release's certificate."""

    report: Report
    mode: str  # "whole" | "neighbourhood"
    focus: int  # focus nodes whose results count (all of the graph's nodes when whole)
    triples: int  # triples validated
    why: str = ""  # why the check was whole


def shapes_digest(shapes_dir=SHAPES_DIR) -> str:
    """A digest of the project's shapes files: a certificate holds only for the same shapes."""
    sha = hashlib.sha256()
    for path in shape_files(shapes_dir):
        sha.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def certificate(graph: ox.NamedNode, digest: str) -> dict:
    """What release.json records when its shared graph passed the check with these shapes."""
    return {"graph": graph.value, "shapes": digest}


# -- how far the shapes look ----------------------------------------------------------------

def _path_steps(sg: Graph, path: Node) -> tuple[int, bool] | None:
    """(steps, whether the path may end on rdf:type), None when unbounded or unsupported."""
    if isinstance(path, URIRef):
        return 1, path == RDF.type
    inverse = sg.value(path, SH.inversePath)
    if inverse is not None:
        return (1, False) if isinstance(inverse, URIRef) and inverse != RDF.type else None
    if sg.value(path, RDF.first) is not None:  # a sequence
        parts = [_path_steps(sg, p) for p in Collection(sg, path)]
        if any(p is None for p in parts) or any(p[1] for p in parts[:-1]):
            return None  # nothing is read beyond a class node
        return sum(p[0] for p in parts), parts[-1][1]
    alt = sg.value(path, SH.alternativePath)
    if alt is not None:
        parts = [_path_steps(sg, p) for p in Collection(sg, alt)]
        if any(p is None for p in parts):
            return None
        return max(p[0] for p in parts), any(p[1] for p in parts)
    inner = sg.value(path, SH.zeroOrOnePath)
    if inner is not None:
        return _path_steps(sg, inner)
    return None  # sh:zeroOrMorePath, sh:oneOrMorePath: no bound


def _reach(sg: Graph, shape: Node, stack: tuple[Node, ...] = ()) -> int | None:
    """How many steps from its focus node a shape reads; None when it cannot be bounded."""
    if shape in stack:
        return None
    stack += (shape,)
    steps, on_type = 0, False
    path = sg.value(shape, SH.path)
    if path is not None:
        found = _path_steps(sg, path)
        if found is None:
            return None
        steps, on_type = found
    values, focus = 0, 0
    for pred, obj in sg.predicate_objects(shape):
        if not str(pred).startswith(str(SH)) or pred in _LOCAL:
            continue
        if pred in (SH["class"], SH.closed):
            values = max(values, 1)  # the value's rdf:type, or all its predicates
        elif pred in _COMPARE:
            focus = max(focus, 1)
        elif pred == SH.sparql:  # a SPARQL-based constraint: what its query's patterns reach
            r = constraint_steps(sg, obj)
            if r is None:
                return None
            focus = max(focus, r)
        elif pred in _NESTED or pred in _LISTS:
            for member in (Collection(sg, obj) if pred in _LISTS else [obj]):
                r = _reach(sg, member, stack)
                if r is None:
                    return None
                values = max(values, r)
        else:
            return None  # sh:sparql, sh:target, sh:rule…: anything may be read
    if on_type and values:
        return None  # values that are classes: their descriptions are not followed
    return max(steps + values, focus)


def _targets_something(store: Snapshot, graph: ox.NamedNode, sg: Graph, shape: Node) -> bool:
    g = f"<{graph.value}>"
    asks = []
    classes = list(sg.objects(shape, SH.targetClass))
    if (shape, RDF.type, RDFS.Class) in sg:
        classes.append(shape)  # an implicit class target
    asks += [f"ASK {{ GRAPH {g} {{ ?x a <{c}> }} }}" for c in classes if isinstance(c, URIRef)]
    asks += [f"ASK {{ GRAPH {g} {{ ?x <{p}> ?y }} }}"
             for t in (SH.targetSubjectsOf, SH.targetObjectsOf) for p in sg.objects(shape, t)]
    if any(not isinstance(p, URIRef) for t in (SH.targetClass, SH.targetSubjectsOf,
                                               SH.targetObjectsOf) for p in sg.objects(shape, t)):
        return True
    return any(sg.objects(shape, SH.targetNode)) or any(store.query(q) for q in asks)


def reach(sg: Graph, store: Snapshot, graph: ox.NamedNode) -> tuple[int | None, str]:
    """The largest reach of the shapes that target something in `graph` (None: unbounded)."""
    if store.query(f"ASK {{ GRAPH <{graph.value}> {{ ?c <{RDFS.subClassOf}> ?d }} }}"):
        return None, "the shared graph holds rdfs:subClassOf"
    shapes = {s for t in _TARGETS for s in sg.subjects(t, None)}
    shapes |= {s for s in sg.subjects(RDF.type, RDFS.Class) if (s, RDF.type, SH.NodeShape) in sg}
    if any(sg.subjects(SH.target, None)):
        return None, "a shape has a SPARQL-based target"
    k = 1
    for shape in shapes:
        if not _targets_something(store, graph, sg, shape):
            continue
        r = _reach(sg, shape)
        if r is None:
            return None, f"the shape {shape} reads an unbounded neighbourhood"
        k = max(k, r)
    if k > MAX_REACH:
        return None, f"the shapes read {k} steps from their focus nodes"
    return k, ""


# -- the neighbourhood -----------------------------------------------------------------------

def _neighbours(store: Snapshot, graph: ox.NamedNode, nodes: Iterable) -> set:
    """Nodes one step away, either way, not through rdf:type (classes are not followed)."""
    out = set()
    for n in nodes:
        for q in store.quads_for_pattern(n, None, None, graph):
            if q.predicate != _TYPE and not isinstance(q.object, ox.Literal):
                out.add(q.object)
        for q in store.quads_for_pattern(None, None, n, graph):
            if q.predicate != _TYPE:
                out.add(q.subject)
    return out


def _within(store: Snapshot, graph: ox.NamedNode, start: set, steps: int) -> set:
    seen, layer = set(start), set(start)
    for _ in range(steps):
        layer = _neighbours(store, graph, layer) - seen
        seen |= layer
    return seen


def _size(store: Snapshot, graph: ox.NamedNode) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}"
    return int(next(iter(store.query(query)))["n"].value)


def _graph_of(quads: Iterable[ox.Quad]) -> Graph:
    data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


def _whole(store: Snapshot, graph: ox.NamedNode, sg: Graph, why: str) -> Outcome:
    data = Graph().parse(data=store.graph_ntriples(graph), format="nt")
    return Outcome(validate(data, label=graph.value, shapes=sg), "whole",
                   len(set(data.subjects()) | set(data.objects())), len(data), why)


def check(store: Snapshot, graph: ox.NamedNode, shapes: Graph | None = None, *,
          touched: set | None = None, max_share: float = 0.5) -> Outcome:
    """Validate the shared graph `graph` of `store` as it will be published.

    `touched`: the nodes of the triples this publish added to a graph that passed the check
    with the same shapes (None: nothing is known, check the whole graph). A neighbourhood of
    more than `max_share` of the graph's triples is not worth extracting: the whole is checked."""
    sg = shapes if shapes is not None else shapes_graph()
    if touched is None:
        return _whole(store, graph, sg, "no certified previous release")
    k, why = reach(sg, store, graph)
    if k is None:
        return _whole(store, graph, sg, why)
    focus = _within(store, graph, set(touched), k - 1)
    described = _within(store, graph, focus, k - 1)
    if any(isinstance(n, ox.BlankNode) for n in described):
        return _whole(store, graph, sg, "blank nodes near the new triples")  # not matched by name
    quads = {q for n in described for q in store.quads_for_pattern(n, None, None, graph)}
    quads |= {q for n in described for q in store.quads_for_pattern(None, None, n, graph)}
    if len(quads) > _SMALL and len(quads) > max_share * _size(store, graph):
        return _whole(store, graph, sg, "the new triples touch most of the graph")
    report = validate(_graph_of(quads), label=graph.value, shapes=sg)
    names = {URIRef(n.value).n3(report.graph.namespace_manager) for n in focus
             if isinstance(n, ox.NamedNode)}
    report.results = [r for r in report.results if r.focus in names]
    return Outcome(report, "neighbourhood", len(focus), len(quads))
