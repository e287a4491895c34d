"""The store the app serves, the release a request is answered from, and its snapshot.

This is the one place the web app resolves the current release: `app_store().current()` is read on
every request (one readlink for a folder), so a server follows new releases without restarting.
Each release's snapshot is opened once and shared between threads (pyoxigraph allows that; only
result iterators are bound to their thread).
"""

from __future__ import annotations

import threading
from pathlib import Path

from flask import abort, current_app, request

from kg.iri import Minter
from kg.store import Release, Snapshot, Store, open_store

_LOCK = threading.Lock()
_EXTENSION = "kg.current"
_STORE = "kg.store"


def app_store() -> Store:
    """The app's store (app.config["KG_STORE"]: a folder or a store URL), opened once."""
    found = current_app.extensions.get(_STORE)
    if found is None:
        found = current_app.extensions[_STORE] = open_store(current_app.config["KG_STORE"])
    return found


def release_or_none() -> Release | None:
    """The current release, or None when nothing (whole) is published."""
    found = app_store().current()
    if found is None or not found.db.is_dir():
        return None
    return found


def not_published() -> str:
    return f"nothing is published in {current_app.config['KG_STORE']} yet (run `kg build` first)"


def release() -> Release:
    """The current release; 503 (with a message naming the store) when nothing is published."""
    found = release_or_none()
    if found is None:
        abort(503, description=not_published())
    return found


def store(rel: Release | None = None) -> Snapshot:
    """The current release's snapshot (pyoxigraph Store's reading methods, whatever the engine),
    opened read-only once per release."""
    rel = rel or release()
    cache: dict[Path, Snapshot] = current_app.extensions.setdefault(_EXTENSION, {})
    opened = cache.get(rel.path)
    if opened is None:
        with _LOCK:
            opened = cache.get(rel.path)
            if opened is None:
                opened = app_store().snapshot(rel)
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
