"""The store the app serves, the release a request is answered from, and what is opened per release.

This is the one place the web app resolves the current release: `app_store().current()` is read on
every request (one readlink for a folder), so a server follows new releases without restarting.
Each release's snapshot, search index and page summaries are opened once (`per_release`) and shared
between threads (pyoxigraph allows that; only result iterators are bound to their thread).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from flask import abort, current_app

from kg.iri import Minter
from kg.search.query import SearchError, SearchIndex
from kg.store import Release, Snapshot, Store, open_store

_LOCK = threading.RLock()  # an opener may read another per-release value
_STORE = "kg.store"
T = TypeVar("T")


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


def per_release(key: str, open_: Callable[[Release], T], rel: Release | None = None) -> T:
    """What `open_` makes of the current release (or `rel`), made once per release and shared
    between threads; when the release changes, the old one is dropped once its requests end.
    The snapshot, the search index and the per-release summaries of the pages all come from here."""
    rel = rel or release()
    cache: dict[Path, T] = current_app.extensions.setdefault(f"kg.current.{key}", {})
    found = cache.get(rel.path)
    if found is None:
        with _LOCK:
            found = cache.get(rel.path)
            if found is None:
                found = open_(rel)
                cache.clear()
                cache[rel.path] = found
    return found


def store(rel: Release | None = None) -> Snapshot:
    """The current release's snapshot (pyoxigraph Store's reading methods, whatever the engine),
    opened read-only once per release."""
    return per_release("snapshot", app_store().snapshot, rel)


def search_index(rel: Release | None = None) -> SearchIndex:
    """The current release's full-text index (kg.search), opened once per release; 503 when the
    release has none."""
    def open_(r: Release) -> SearchIndex:
        try:
            return SearchIndex.of_release(r.path)
        except SearchError as exc:
            abort(503, description=str(exc))
    return per_release("search", open_, rel)


def published(rel: Release) -> dt.datetime | None:
    """When the release was published: the Last-Modified of everything read from it."""
    stamp = rel.info().get("published")
    try:
        return dt.datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None


def minter() -> Minter:
    return Minter(current_app.config["KG_BASE"])
