"""What every publish does before the switch: dumps, the dataset description, and counts."""

from __future__ import annotations

import pyoxigraph as ox

from kg.iri import Minter
from kg.store.describe import description_graph, finisher
from kg.store.releases import Release


def graph_counts(store: ox.Store) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
        counts[row["g"].value] = int(row["n"].value)
    return counts


def finish_release(store: ox.Store, release: Release, minter: Minter) -> dict:
    """Write the dumps and the VoID/DCAT description (kg.store.describe), then return the
    facts release.json keeps: triple counts per data graph (the description not counted)."""
    facts = finisher(minter.base)(store, release)
    described = description_graph(minter.base).value
    counts = {g: n for g, n in graph_counts(store).items() if g != described}
    facts.update(graphs=counts, quads=sum(counts.values()))
    return facts
