"""Article graphs reduced to what kg.statistics counts (tests/test_statistics.py,
tests/test_statistics_incremental.py).

Support, not tests: a test module imports these from here, never from another test module.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import ITSRDF, NIF, PROV, SCHEMA


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def graph_of(article: str) -> str:
    return article + "/graph"


def put_article(store: ox.Store, article: str, names: list[str]) -> None:
    """An article graph whose text names `names` in order (one mention span each)."""
    g, ctx = _n(graph_of(article)), _n(article + "/text")
    store.add(ox.Quad(_n(article), _n(SCHEMA.headline), ox.Literal("x"), g))
    store.add(ox.Quad(ctx, _n(PROV.hadPrimarySource), _n(article), g))
    for i, entity in enumerate(names):
        m = _n(f"{ctx.value}#char={i * 10},{i * 10 + 5}")
        store.add(ox.Quad(m, _n(NIF.referenceContext), ctx, g))
        store.add(ox.Quad(m, _n(ITSRDF.taIdentRef), _n(entity), g))
