"""What every publish does before the switch: count what the release holds."""

from __future__ import annotations

import pyoxigraph as ox

from kg.iri import Minter
from kg.store.releases import Release


def graph_counts(store: ox.Store) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
        counts[row["g"].value] = int(row["n"].value)
    return counts


def finish_release(store: ox.Store, release: Release, minter: Minter) -> dict:
    counts = graph_counts(store)
    return {"base": minter.base, "graphs": counts, "quads": sum(counts.values())}
