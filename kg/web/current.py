"""The release a request is answered from, and its store opened read-only.

The `current` symlink is read on every request (cheap), so a server follows new
releases without restarting. Each release's store is opened once and shared between
threads (pyoxigraph allows that; only result iterators are bound to their thread).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pyoxigraph as ox
from flask import abort, current_app, request

from kg.iri import Minter
from kg.store.releases import Release, StoreDir

_LOCK = threading.Lock()
_EXTENSION = "kg.current"


def release() -> Release:
    """The current release; 503 (with a message naming the store) when nothing is published."""
    found = StoreDir(current_app.config["KG_STORE"]).current()
    if found is None or not found.db.is_dir():
        abort(503, description=f"nothing is published in {current_app.config['KG_STORE']} yet "
                               "(run `kg build` first)")
    return found


def store(rel: Release | None = None) -> ox.Store:
    """The current release's store, opened read-only once per release."""
    rel = rel or release()
    cache: dict[Path, ox.Store] = current_app.extensions.setdefault(_EXTENSION, {})
    opened = cache.get(rel.path)
    if opened is None:
        with _LOCK:
            opened = cache.get(rel.path)
            if opened is None:
                opened = rel.open()
                # Keep only this release open: older ones are dropped once their requests end.
                cache.clear()
                cache[rel.path] = opened
    return opened


def minter() -> Minter:
    return Minter(current_app.config["KG_BASE"])


SAFE_SCHEMES = ("http://", "https://")


def href_for(iri: str) -> str:
    """Where a page links an IRI: this server for minted IRIs, the IRI itself for other web
    IRIs, nowhere ('') for any other scheme (a `javascript:` IRI in loaded data must not run)."""
    local = minter().local_path(iri)
    if local is not None:
        return request.script_root + local
    return iri if iri.lower().startswith(SAFE_SCHEMES) else ""
