"""Digests that say whether a worker, or an article's published graph, is still current.

`package_digest` covers what turns an article into triples: the package's code and data
files (reader cues, NLP cue lists, registry, gazetteers, ontology, shapes). A build records
it: a Dask worker whose installed package gives another digest is stale and refused
(kg.article_jobs), and an article published under another digest is extracted again
(kg.pipeline). The web app and the bundled corpus are left out: they change no article's
triples.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from kg.config import CORPUS_DIR, PACKAGE_DIR

# Files under these change no article's triples (the web app, the bundled input).
_LEFT_OUT = ("web", CORPUS_DIR.relative_to(PACKAGE_DIR).as_posix())


def _files(root: Path) -> list[tuple[str, Path]]:
    """(name relative to root, path) of every file the digest covers, sorted by name."""
    found = []
    for p in root.rglob("*"):
        name = p.relative_to(root).as_posix()
        if (p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
                and not any(name == d or name.startswith(d + "/") for d in _LEFT_OUT)):
            found.append((name, p))
    return sorted(found)


@functools.lru_cache(maxsize=4)
def package_digest(root: Path = PACKAGE_DIR) -> str:
    """SHA-256 over the names and bytes of the package's code and data files (code, data/,
    ontology/, shapes/), computed once per process: an installed package does not change
    under a running build."""
    h = hashlib.sha256()
    for name, path in _files(root):
        data = path.read_bytes()
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def text_digest(data: bytes) -> str:
    """SHA-256 of an article file's bytes (the content hash a release keeps per article)."""
    return hashlib.sha256(data).hexdigest()
