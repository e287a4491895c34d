"""The store interface: what every module that reads or publishes the graph goes through.

A *store* (kg.store.open_store: a folder, or a SPARQL server's URL) holds immutable *releases*.
Each release has a local folder (`Release`: its dumps and `release.json`, written by the build)
and its data, read through a *snapshot*:

    store.current()          the published release (None before the first publish)
    store.snapshot(release)  read one release: SPARQL, quads by pattern, graph counts, export
    store.publish(finish)    a *writer* over a private copy of the current release; the new
                             release is switched in atomically when the block succeeds

Terms, quads and query results are pyoxigraph's classes whatever the engine behind the store
(`query` returns `ox.QuerySolutions`, `ox.QueryBoolean` or `ox.QueryTriples`), so callers never
branch on the store kind. Method names follow pyoxigraph's Store where they mean the same thing.

Implementations: kg.store.releases.StoreDir (embedded pyoxigraph, the default) and
kg.store.remote.SparqlStore (a SPARQL 1.1 server such as Virtuoso; docs/stores.md).
"""

from __future__ import annotations

import contextlib
import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import KgError
from kg.formats import RdfFormat
from kg.namespaces import PREFIX_MAP

Result = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
GraphName = ox.NamedNode | ox.DefaultGraph
# Deduplicated by the engine: a triple stated in two graphs is written once.
UNION_CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


class PublishError(KgError):
    """Publishing failed, or there is nothing published; the published release is as it was."""


class StoreError(KgError):
    """The store folder is missing, not a store folder, or damaged (kg.store.diagnose)."""


@dataclass(frozen=True)
class Release:
    """A release's local folder: its dumps, what it holds (release.json) and, for the embedded
    engine and the build's own copy, its database (`db`)."""

    path: Path

    @property
    def id(self) -> str:
        return self.path.name

    @property
    def db(self) -> Path:
        return self.path / "oxigraph"

    @property
    def dumps(self) -> Path:
        return self.path / "dumps"

    @property
    def info_path(self) -> Path:
        return self.path / "release.json"

    def info(self) -> dict:
        try:
            return json.loads(self.info_path.read_text())
        except FileNotFoundError:
            return {}


class Snapshot(ABC):
    """One release's data, read-only. Results must be consumed in the thread that asked."""

    release: Release

    @property
    @abstractmethod
    def address(self) -> str:
        """A string that `kg.store.open_snapshot` turns back into this snapshot in another
        process (the SPARQL query workers)."""

    @abstractmethod
    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              default_graph: list | None = None, named_graphs: list | None = None,
              base_iri: str | None = None) -> Result:
        """SPARQL 1.1 Query. Raises SyntaxError on a malformed query, OSError when the engine
        cannot answer."""

    @abstractmethod
    def quads_for_pattern(self, subject=None, predicate=None, object=None,
                          graph_name: GraphName | None = None) -> Iterator[ox.Quad]:
        """Quads matching the pattern (None matches anything; graph None: every graph)."""

    @abstractmethod
    def named_graphs(self) -> list[ox.NamedNode]:
        """The release's named graphs."""

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return graph in set(self.named_graphs())

    def graph_counts(self) -> tuple[int, dict[str, int]]:
        """Triples in the default graph, and per named graph (one aggregate query each)."""
        default = next(iter(self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
        named = {
            sol["g"].value: int(sol["n"].value)
            for sol in self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        }
        return int(default["n"].value), named

    def __len__(self) -> int:
        default, named = self.graph_counts()
        return default + sum(named.values())

    def graph_ntriples(self, graph: GraphName) -> bytes:
        """One graph as N-Triples (what kg validate and the shared check read, graph by graph)."""
        return ox.serialize((q.triple for q in self.quads_for_pattern(None, None, None, graph)),
                            format=ox.RdfFormat.N_TRIPLES) or b""

    def export(self, fmt: RdfFormat, output: BinaryIO | str, graph: ox.NamedNode | None = None) -> None:
        """The dataset in one format, streamed: quad formats keep every named graph; triple
        formats get the union of all graphs (or one graph). Turtle-family output declares the
        project prefixes."""
        prefixes = PREFIX_MAP if fmt.engine in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        if graph is not None:
            items: Iterable = (q.triple for q in self.quads_for_pattern(None, None, None, graph))
        elif fmt.quads:
            items = self.quads_for_pattern(None, None, None, None)
        else:
            items = self.query(UNION_CONSTRUCT)
        ox.serialize(items, output, fmt.engine, prefixes=prefixes)


class Writer(Snapshot):
    """A private copy of the current release that a publish changes (kg.pipeline, kg load)."""

    @abstractmethod
    def remove_graph(self, graph: ox.NamedNode) -> None: ...

    @abstractmethod
    def load(self, input=None, format: ox.RdfFormat | None = None, *, path: str | None = None,
             to_graph: GraphName | None = None) -> None:
        """Add RDF data (bytes or a file path) into `to_graph` (quad formats keep their graphs)."""

    @abstractmethod
    def bulk_load(self, input: bytes | None = None, format: ox.RdfFormat | None = None, *,
                  path: str | None = None) -> None:
        """Add a large block of data fast (no transaction: the writer is private)."""

    @abstractmethod
    def extend(self, quads: Iterable[ox.Quad]) -> None: ...

    def bulk_extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add many quads fast (no transaction: the writer is private)."""
        self.extend(quads)

    def add(self, quad: ox.Quad) -> None:
        self.extend([quad])

    @abstractmethod
    def remove(self, quad: ox.Quad) -> None: ...

    @abstractmethod
    def __contains__(self, quad: ox.Quad) -> bool: ...


Finish = Callable[[Writer, Release], dict]


class Store(ABC):
    """Where releases are published and read (a folder, or a SPARQL server)."""

    @property
    @abstractmethod
    def location(self) -> str:
        """What the user named (shown in messages)."""

    @abstractmethod
    def current(self) -> Release | None:
        """The published release, or None when nothing is published (cheap: read per request)."""

    def problem(self) -> str | None:
        """Why this store cannot be read or published to (None: nothing is wrong)."""
        return None

    def require_current(self) -> Release:
        """The current release; StoreError when the store is damaged (`problem`), PublishError
        when nothing is published."""
        found = self.problem()
        if found:
            raise StoreError(found)
        release = self.current()
        if release is None:
            raise PublishError(f"{self.location}: nothing is published here yet (run `kg build` first)")
        return release

    @abstractmethod
    def snapshot(self, release: Release | None = None) -> Snapshot:
        """Read a release (default: the current one; PublishError when there is none)."""

    @abstractmethod
    def address(self, release: Release) -> str:
        """The address of a release's snapshot (`Snapshot.address`) without opening it: the SPARQL
        endpoint sends it to its query workers, which open the snapshot themselves."""

    @abstractmethod
    def publish(self, finish: Finish | None = None) -> contextlib.AbstractContextManager[Writer]:
        """Yield a writable copy of the current release; publish it if the block succeeds.

        `finish(writer, release)` runs after the block (dumps, description) and returns extra
        facts for release.json. Any exception leaves the published release as it was."""
