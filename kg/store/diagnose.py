"""What is wrong with a store folder, in words that name it, before anything opens it.

`kg serve`, `kg query` and the other commands meet folders that are missing (a typo), foreign
(a folder of something else: `--store ~/Documents`), or damaged (a release deleted by hand,
a database folder truncated). The embedded engine would report these as an IO error about
some file deep inside, or, worse, `kg serve` would start and answer 500s; this module says
which folder, what is wrong, and what to do.
"""

from __future__ import annotations

import os
from pathlib import Path

# What a store folder may hold (kg.store.releases): anything else makes it foreign.
REBUILD = "move the folder away (or choose another --store) and run `kg build` again"
STORE_ENTRIES = {"current", "releases", "work", ".lock"}
RELEASE_DB = "oxigraph"
RELEASE_INFO = "release.json"


def foreign(folder: Path) -> str | None:
    """Why `folder` is not a store folder (None: it is one, or does not exist yet, or is empty)."""
    if not folder.exists():
        return None
    if not folder.is_dir():
        return f"{folder}: not a store folder (it is a file)"
    if (folder / "current").is_symlink() or (folder / "releases").is_dir():
        return None  # made by kg: a file someone put beside the releases does not make it foreign
    others = sorted(p.name for p in folder.iterdir()
                    if p.name not in STORE_ENTRIES and not p.name.startswith(".current-"))
    if others:
        shown = ", ".join(others[:5]) + (", ..." if len(others) > 5 else "")
        return (f"{folder}: not a kg store folder (it holds {shown}); give --store (or KG_STORE) "
                "an empty or new folder, or one made by `kg build`")
    return None


def problem(folder: Path) -> str | None:
    """Why the current release of `folder` cannot be read (None: it looks whole, or nothing is
    published yet, which the caller reports in its own words)."""
    if not folder.exists():
        return (f"{folder}: nothing is published here yet: no such store folder (make one with "
                f"`kg build --store {folder}`)")
    found = foreign(folder)
    if found:
        return found
    link = folder / "current"
    if not link.is_symlink():
        return f"{folder}: damaged store: `current` is not a link to a release" if link.exists() else None
    target = os.readlink(link)
    release = (folder / target).resolve()
    if not release.is_dir():
        return f"{folder}: damaged store: its published release ({target}) is missing; {REBUILD}"
    missing = [name for name in (RELEASE_DB, RELEASE_INFO) if not (release / name).exists()]
    if missing:
        return (f"{folder}: damaged store: release {release.name} has no {' or '.join(missing)}; "
                f"{REBUILD}")
    return None


def unreadable(folder: Path, release: Path, error: Exception) -> str:
    """The message for a release whose database will not open."""
    return f"{folder}: damaged store: release {release.name} cannot be opened ({error}); {REBUILD}"
