"""The published store, behind one interface (kg.store.base): `open_store(location)` gives the
embedded release folder (pyoxigraph) for a path."""

from __future__ import annotations

import os
from pathlib import Path

from kg.store.base import PublishError, Release, Snapshot, Store, Writer
from kg.store.releases import StoreDir

__all__ = ["PublishError", "Release", "Snapshot", "Store", "StoreDir", "Writer", "open_snapshot",
           "open_store"]


def open_store(location: str | os.PathLike) -> Store:
    """The store a `--store` value (or KG_STORE) names."""
    return StoreDir(Path(location))


def open_snapshot(address: str) -> Snapshot:
    """A snapshot again from its `address` (in another process: the SPARQL query workers)."""
    from kg.store.embedded import EmbeddedSnapshot

    return EmbeddedSnapshot.open(Release(Path(address).parent))
