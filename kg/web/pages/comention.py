"""Who is named with whom: the co-mention graph of an entity or of an article, for its page.

Read from the statistics graph (kg.statistics) by index lookups only: an entity's pairs are the
`kg:CoMention` nodes that name it; the pairs among the names shown are found by minting their
IRIs (Minter.co_mention) and looking each up, so a page costs the same in a 5M-triple archive
as in one article (the SPARQL co-mention aggregate takes 35 s there, bench/README.md). The page
draws it with Cytoscape.js (static/comention.js: node size by mentions, colour by type, edge
width by shared articles, a click opens the entity's page) and lists the same data in a table
for screen readers and keyboards.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import pyoxigraph as ox

from kg import statistics
from kg.iri import Minter
from kg.namespaces import ITSRDF, KG, RDF
from kg.web.pages.resources import Labels, node

Href = Callable[[str], str]
MAX_NODES = 25
# Colour by type (legend on the page; Okabe–Ito colours, told apart with colour blindness).
TYPE_COLOURS = {"Person": "#0072B2", "Organization": "#D55E00", "NewsMediaOrganization": "#D55E00",
                "Hospital": "#D55E00",
                "Country": "#009E73", "City": "#009E73", "Place": "#009E73", "Event": "#CC79A7",
                "Book": "#E69F00", "Periodical": "#E69F00", "Newspaper": "#E69F00",
                "CreativeWork": "#E69F00", "Thing": "#999999"}
TYPE_GROUPS = {"Person": "people", "Organization": "organisations", "Country": "places", "Event": "events",
               "CreativeWork": "works", "Thing": "other"}  # legend: one entry per colour


@dataclass
class Node:
    iri: str
    label: str
    type: str
    mentions: int  # in the archive (kg:mentionCount), or in the article for an article's graph
    href: str
    colour: str
    focus: bool = False
    shared: int = 0  # articles shared with the focus entity
    partners: list[tuple[str, int]] = field(default_factory=list)  # (label, shared articles)


@dataclass
class Edge:
    source: str
    target: str
    weight: int  # shared articles


@dataclass
class CoMentionGraph:
    title: str
    nodes: list[Node]
    edges: list[Edge]
    mentions_in: str  # "the archive" | "this article"
    more: int = 0  # names left out (beyond MAX_NODES)

    def elements(self) -> dict:
        """What static/comention.js draws."""
        return {"nodes": [asdict(n) for n in self.nodes], "edges": [asdict(e) for e in self.edges]}

    def legend(self) -> list[tuple[str, str]]:
        return [(name, TYPE_COLOURS[t]) for t, name in TYPE_GROUPS.items()]


def _int(store: ox.Store, s, p, g) -> int:
    for q in store.quads_for_pattern(s, node(p), None, g):
        try:
            return int(q.object.value)
        except ValueError:
            return 0
    return 0


def _type(store: ox.Store, e: ox.NamedNode) -> str:
    return statistics.display_type({q.object.value for q in store.quads_for_pattern(e, node(RDF.type), None)})


def _node(store: ox.Store, e: ox.NamedNode, mentions: int, labels: Labels, href_for: Href) -> Node:
    kind = _type(store, e)
    return Node(e.value, labels.text(e), kind, mentions, href_for(e.value), TYPE_COLOURS.get(kind, "#999999"))


def _link(store: ox.Store, minter: Minter, g: ox.NamedNode, nodes: list[Node]) -> list[Edge]:
    """Edges among the nodes: one lookup per pair, by the pair's minted IRI."""
    edges = []
    for a, b in itertools.combinations(nodes, 2):
        pair = node(minter.co_mention(a.iri, b.iri))
        weight = _int(store, pair, KG.sharedArticles, g)
        if weight:
            edges.append(Edge(a.iri, b.iri, weight))
            a.partners.append((b.label, weight))
            b.partners.append((a.label, weight))
    for n in nodes:
        n.partners.sort(key=lambda p: (-p[1], p[0]))
    return edges


def for_entity(store: ox.Store, minter: Minter, iri: str, labels: Labels, href_for: Href,
               limit: int = MAX_NODES) -> CoMentionGraph:
    """The entity and the names most often in its articles, with the pairs among them."""
    g = statistics.graph_name(minter)
    e = node(iri)
    partners: list[tuple[int, int, ox.NamedNode]] = []  # (shared articles, mentions, entity)
    for q in store.quads_for_pattern(None, node(KG.coMentioned), e, g):
        other = next((o.object for o in store.quads_for_pattern(q.subject, node(KG.coMentioned), None, g)
                      if o.object != e), None)
        if isinstance(other, ox.NamedNode):
            partners.append((_int(store, q.subject, KG.sharedArticles, g),
                             _int(store, other, KG.mentionCount, g), other))
    partners.sort(key=lambda p: (-p[0], -p[1], p[2].value))
    focus = _node(store, e, _int(store, e, KG.mentionCount, g), labels, href_for)
    focus.focus = True
    nodes = [focus]
    for shared, mentions, other in partners[:limit - 1]:
        n = _node(store, other, mentions, labels, href_for)
        n.shared = shared
        nodes.append(n)
    return CoMentionGraph(focus.label, nodes, _link(store, minter, g, nodes), "the archive",
                          max(0, len(partners) - (limit - 1)))


def for_article(store: ox.Store, minter: Minter, graph: str, title: str, labels: Labels, href_for: Href,
                limit: int = MAX_NODES) -> CoMentionGraph:
    """The names an article mentions most, with how many articles each pair shares in the archive."""
    query = f"""SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE {{
        GRAPH <{graph}> {{ ?m <{ITSRDF.taIdentRef}> ?e }} FILTER isIRI(?e)
    }} GROUP BY ?e ORDER BY DESC(?n) ?e"""
    named = [(row["e"], int(row["n"].value)) for row in store.query(query)]
    nodes = [_node(store, e, n, labels, href_for) for e, n in named[:limit]]
    return CoMentionGraph(title, nodes, _link(store, minter, statistics.graph_name(minter), nodes),
                          "this article", max(0, len(named) - limit))
