"""Writing the whole dataset in one RDF format, streamed by the engine (never built in memory)."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.formats import RdfFormat
from kg.namespaces import PREFIX_MAP

# Deduplicated by the engine: a triple stated in two graphs is written once.
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def export(store: ox.Store, fmt: RdfFormat, output: BinaryIO | str,
           graph: ox.NamedNode | None = None) -> None:
    """Quad formats keep every named graph; triple formats get the union of all graphs
    (or one graph when `graph` is given). Turtle-family output declares the project prefixes."""
    prefixes = PREFIX_MAP if fmt.engine in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    if graph is not None:
        store.dump(output, fmt.engine, from_graph=graph, prefixes=prefixes)
    elif fmt.quads:
        store.dump(output, fmt.engine, prefixes=prefixes)
    else:
        ox.serialize(store.query(_UNION), output, fmt.engine, prefixes=prefixes)
