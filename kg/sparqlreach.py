"""How far from its focus node a SHACL-SPARQL constraint reads: the query's triple patterns as
a graph of steps from `$this`.

The cross-article check (kg.shared_check) validates only the neighbourhood of what a publish
added when it can bound how far every shape looks. A SPARQL-based constraint made it give up:
since `kgsh:NameUnderItsScope` (an entity bound to its context, docs/vocabulary.md) joined the
shapes, every publish into an archive holding such an entity checked the whole shared graph
(30 s of an incremental build into the 820 quality pages, 2026-12-06), though the query reads
one triple from its focus. The query says what it reads: a triple pattern one of whose ends is
`$this` reads one step from the focus, a pattern joined to it through a variable one step
further, and so on. That bound holds only for plain patterns, so anything else is unbounded
(None): a property path (`kg:p+`, `kg:p/kg:q`), a variable predicate (it may be rdf:type and
read a class), a pattern not joined to `$this` (it reads the whole graph), `GRAPH` or `SERVICE`
(other data), a sub-select (its variables are its own), `$PATH` (a property shape's path pasted
in), a class's description read past rdf:type (kg.shared_check follows no class), or a query
that does not parse.
"""

from __future__ import annotations

from collections import deque

from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node, Variable

from kg.namespaces import SH

THIS = Variable("this")
_OTHER_DATA = {"GraphGraphPattern", "ServiceGraphPattern", "Graph", "Service"}
_SUBQUERY = "ToMultiSet"  # a sub-select: its variables are its own, not the query's


def constraint_steps(sg: Graph, constraint: Node) -> int | None:
    """The steps from `$this` the constraint's `sh:select` (or `sh:ask`) reads; None when the
    query cannot be bounded (see the module doc)."""
    text = sg.value(constraint, SH.select) or sg.value(constraint, SH.ask)
    if text is None or "$PATH" in str(text):
        return None
    prefixes = "".join(f"PREFIX {p}: <{n}>\n" for p, n in _declared(sg))
    try:
        query = prepareQuery(prefixes + str(text))
    except Exception:  # noqa: BLE001 (pyparsing and rdflib raise many kinds): not bounded
        return None
    triples: list[tuple] = []
    if not _collect(query.algebra, triples):
        return None
    return query_steps(triples)


def query_steps(triples: list[tuple]) -> int | None:
    """The largest number of steps from `$this` at which a triple pattern is read."""
    if not triples:
        return 0
    for s, p, o in triples:
        if not isinstance(p, URIRef):
            return None  # a property path or a variable predicate
        if p == RDF.type and isinstance(o, Variable) and any(
                o in (s2, o2) for (s2, _p2, o2) in triples if (s2, _p2, o2) != (s, p, o)):
            return None  # a class read past rdf:type
    hops = _distances(triples)
    steps = 0
    for s, _p, o in triples:
        near = min((hops[t] for t in (s, o) if t in hops), default=None)
        if near is None:
            return None  # a pattern not joined to $this
        steps = max(steps, near + 1)
    return steps


def _distances(triples: list[tuple]) -> dict[Node, int]:
    """Steps from `$this` to each variable, through patterns (both ways); constants end a walk:
    a fixed node's other triples are read whoever the focus is, so they count as unjoined."""
    hops = {THIS: 0}
    todo = deque([THIS])
    while todo:
        v = todo.popleft()
        for s, _p, o in triples:
            for a, b in ((s, o), (o, s)):
                if a == v and isinstance(b, Variable) and b not in hops:
                    hops[b] = hops[v] + 1
                    todo.append(b)
    return hops


def _collect(node, out: list[tuple]) -> bool:
    """Every triple pattern in the algebra (EXISTS included) into `out`; False when the query
    reads other graphs or holds a sub-select."""
    if isinstance(node, CompValue):
        if node.name in _OTHER_DATA or node.name == _SUBQUERY:
            return False
        for key, value in node.items():
            if key == "triples" and isinstance(value, list):
                out.extend(_triples(value))
            elif not _collect(value, out):
                return False
    elif isinstance(node, (list, tuple)):
        return all(_collect(x, out) for x in node)
    return True


def _triples(value: list) -> list[tuple]:
    """A BGP's triples, or a TriplesBlock's (a flat list of terms, three by three)."""
    if value and isinstance(value[0], (list, tuple)) and len(value[0]) == 3:
        return [tuple(t) for t in value]
    flat = [x for part in value for x in (part if isinstance(part, (list, tuple)) else [part])]
    return [tuple(flat[i:i + 3]) for i in range(0, len(flat) - len(flat) % 3, 3)]


def _declared(sg: Graph) -> list[tuple[str, str]]:
    """The prefixes the shapes graph declares for its SPARQL (sh:declare)."""
    return sorted({(str(sg.value(d, SH.prefix)), str(sg.value(d, SH.namespace)))
                   for d in sg.objects(None, SH.declare)
                   if sg.value(d, SH.prefix) is not None})
