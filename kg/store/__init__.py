"""The published store, behind one interface (kg.store.base): `open_store(location)` gives the
embedded release folder (pyoxigraph) for a path, or a SPARQL server for a `sparql+http(s)://` URL."""

from __future__ import annotations

import os
from pathlib import Path

from kg.store.base import PublishError, Release, Snapshot, Store, Writer
from kg.store.releases import StoreDir

__all__ = ["PublishError", "Release", "Snapshot", "Store", "StoreDir", "Writer", "open_snapshot",
           "open_store"]


SPARQL_SCHEMES = ("sparql+http://", "sparql+https://")


def open_store(location: str | os.PathLike) -> Store:
    """The store a `--store` value (or KG_STORE) names: a SPARQL server for a
    `sparql+http(s)://` URL (kg.store.remote), else a release folder (kg.store.releases)."""
    text = str(location)
    if text.startswith(SPARQL_SCHEMES):
        from kg.store.remote import SparqlStore

        try:
            return SparqlStore(text)
        except ValueError as exc:
            raise PublishError(str(exc)) from None
    return StoreDir(Path(location))


def open_snapshot(address: str) -> Snapshot:
    """A snapshot again from its `address` (in another process: the SPARQL query workers)."""
    if address.startswith(SPARQL_SCHEMES):
        url, _, release = address.partition("#")
        return open_store(url).snapshot(Release(Path(release)))
    from kg.store.embedded import EmbeddedSnapshot

    return EmbeddedSnapshot.open(Release(Path(address).parent))
