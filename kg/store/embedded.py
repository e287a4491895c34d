"""The embedded engine behind the store interface: a pyoxigraph Store on disk.

`EmbeddedSnapshot` reads a published release (opened read-only: a release is never written
again); `EmbeddedWriter` is the publish's private, writable copy (kg.store.releases). Both
only delegate to pyoxigraph, so the embedded store behaves exactly as it did before the
interface existed (same queries, same dump bytes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

import pyoxigraph as ox

from kg.formats import RdfFormat
from kg.store import diagnose
from kg.store.base import (
    PREFIX_MAP,
    UNION_CONSTRUCT,
    GraphName,
    Release,
    Result,
    Snapshot,
    StoreError,
    Writer,
)


class EmbeddedSnapshot(Snapshot):
    def __init__(self, store: ox.Store, release: Release | None = None) -> None:
        """`store`: a pyoxigraph Store (an in-memory one is fine for a dump or a description
        made outside a publish); `release`: the release it holds, if any."""
        self.store = store
        self.release = release  # type: ignore[assignment]

    @classmethod
    def open(cls, release: Release) -> EmbeddedSnapshot:
        """A published release's database, read-only (the one place it is opened)."""
        try:
            return cls(ox.Store.read_only(str(release.db)), release)
        except OSError as e:
            raise StoreError(diagnose.unreadable(release.path.parent.parent, release.path, e)) from None

    @property
    def address(self) -> str:
        return str(self.release.db)  # kg.store.open_snapshot: the database folder of a release

    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              default_graph: list | None = None, named_graphs: list | None = None,
              base_iri: str | None = None) -> Result:
        kwargs: dict = {"base_iri": base_iri}
        if default_graph is not None or named_graphs is not None:
            kwargs.update(default_graph=default_graph or [], named_graphs=named_graphs or [])
        else:
            kwargs["use_default_graph_as_union"] = use_default_graph_as_union
        return self.store.query(query, **kwargs)

    def quads_for_pattern(self, subject=None, predicate=None, object=None,
                          graph_name: GraphName | None = None) -> Iterator[ox.Quad]:
        return self.store.quads_for_pattern(subject, predicate, object, graph_name)

    def named_graphs(self) -> list[ox.NamedNode]:
        return [g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)]

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return self.store.contains_named_graph(graph)

    def __len__(self) -> int:
        return len(self.store)

    def graph_ntriples(self, graph: GraphName) -> bytes:
        return self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""

    def export(self, fmt: RdfFormat, output: BinaryIO | str, graph: ox.NamedNode | None = None) -> None:
        prefixes = PREFIX_MAP if fmt.engine in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        if graph is not None:
            self.store.dump(output, fmt.engine, from_graph=graph, prefixes=prefixes)
        elif fmt.quads:
            self.store.dump(output, fmt.engine, prefixes=prefixes)
        else:
            ox.serialize(self.store.query(UNION_CONSTRUCT), output, fmt.engine, prefixes=prefixes)


class EmbeddedWriter(EmbeddedSnapshot, Writer):
    """The publish's working copy (a pyoxigraph Store opened read-write in a work folder)."""

    @property
    def address(self) -> str:
        raise TypeError("a publish's working copy cannot be opened from another process")

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.store.remove_graph(graph)

    def load(self, input=None, format: ox.RdfFormat | None = None, *, path: str | None = None,
             to_graph: GraphName | None = None) -> None:
        self.store.load(input, format, path=path, to_graph=to_graph)

    def bulk_load(self, input: bytes | None = None, format: ox.RdfFormat | None = None, *,
                  path: str | None = None) -> None:
        self.store.bulk_load(input, format, path=path)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        self.store.extend(quads)

    def bulk_extend(self, quads: Iterable[ox.Quad]) -> None:
        self.store.bulk_extend(quads)

    def add(self, quad: ox.Quad) -> None:
        self.store.add(quad)

    def remove(self, quad: ox.Quad) -> None:
        self.store.remove(quad)

    def __contains__(self, quad: ox.Quad) -> bool:
        return quad in self.store
