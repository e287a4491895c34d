"""What leaves the shared graph when articles leave the release (`kg build --prune`) or are
replaced by a new extraction.

The shared graph is merged, never rebuilt: each article adds the descriptions of the entities,
issues and volumes it names, and a triple says nothing about which article brought it. So when
an article graph goes, the nodes it named are checked again: a node of the shared graph that
no article graph (nor another kept node of the shared graph) names any more is removed with
its triples, and the nodes it named are checked in turn (an issue's volume, a volume's
periodical). A node still named somewhere keeps every triple, including those the removed
article brought (they cannot be told apart without provenance per triple).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.store import Writer

Node = ox.NamedNode | ox.BlankNode


def named_nodes(st: Writer, graphs: Iterable[ox.NamedNode], shared: ox.NamedNode) -> set[Node]:
    """The nodes of `graphs` (subjects and objects) that the shared graph describes: what
    removing those graphs may leave unnamed. Read before the graphs are removed."""
    found: set[Node] = set()
    seen: set[Node] = set()
    for graph in graphs:
        for q in st.quads_for_pattern(None, None, None, graph):
            for node in (q.subject, q.object):
                if isinstance(node, Node) and node not in seen:
                    seen.add(node)
                    if _described(st, node, shared):
                        found.add(node)
    return found


def drop_unnamed(st: Writer, candidates: set[Node], shared: ox.NamedNode,
                 not_roots: set[ox.NamedNode]) -> list[Node]:
    """Remove from `shared` every candidate no other graph names (graphs in `not_roots`, such as
    the description the publish writes again, do not count), then what those named. Returns the
    removed nodes."""
    removed: list[Node] = []
    todo = list(candidates)
    while todo:
        node = todo.pop()
        if not _described(st, node, shared) or _named(st, node, shared, not_roots):
            continue
        triples = list(st.quads_for_pattern(node, None, None, shared))
        for q in triples:
            st.remove(q)
        removed.append(node)
        todo += [q.object for q in triples if isinstance(q.object, Node) and q.object != node]
    return removed


def _described(st: Writer, node: Node, shared: ox.NamedNode) -> bool:
    return next(iter(st.quads_for_pattern(node, None, None, shared)), None) is not None


def _named(st: Writer, node: Node, shared: ox.NamedNode, not_roots: set[ox.NamedNode]) -> bool:
    """Whether a graph other than `shared` holds the node, or another shared node names it."""
    for q in st.quads_for_pattern(None, None, node):
        if q.graph_name == shared:
            if q.subject != node:
                return True
        elif q.graph_name not in not_roots and not isinstance(q.graph_name, ox.DefaultGraph):
            return True
    for q in st.quads_for_pattern(node, None, None):
        if q.graph_name != shared and q.graph_name not in not_roots \
                and not isinstance(q.graph_name, ox.DefaultGraph):
            return True
    return False
