"""The ontology and the shapes as the server publishes them, read from the project's files.

Parsed once and re-read when a file changes, so an edited ontology is served without a
restart. The ontology's HTML is rendered from the package's Turtle and shapes by kg.ontodoc, the
generator that also writes docs/ontology.html in a checkout, so an installed package (which has no
docs/) serves the same page.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pyoxigraph as ox

from kg.config import ONTOLOGY_DIR, SHAPES_DIR

ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
_LOCK = threading.Lock()
_CACHE: dict[tuple, object] = {}


def _stamp(paths: list[Path]) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns) for p in paths)


def _cached(key: str, paths: list[Path], make):
    stamp = (key, _stamp(paths))
    with _LOCK:
        if stamp not in _CACHE:
            for old in [k for k in _CACHE if k[0] == key]:
                del _CACHE[old]
            _CACHE[stamp] = make()
        return _CACHE[stamp]


def ontology_turtle() -> bytes:
    return _cached("ontology.ttl", [ONTOLOGY_FILE], ONTOLOGY_FILE.read_bytes)


def ontology_triples() -> list[ox.Triple]:
    return _cached("ontology.triples", [ONTOLOGY_FILE],
                   lambda: [q.triple for q in ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)])


def ontology_html() -> str:
    def generate() -> str:
        from kg import ontodoc

        return ontodoc.render_html(ontodoc.load())
    return _cached("ontology.generated", [ONTOLOGY_FILE, *shapes_files()], generate)


def shapes_files() -> list[Path]:
    return sorted(SHAPES_DIR.glob("*.ttl"))


def shapes_triples() -> list[ox.Triple]:
    files = shapes_files()

    def parse() -> list[ox.Triple]:
        seen: dict[ox.Triple, None] = {}
        for f in files:
            for q in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
                seen.setdefault(q.triple)
        return list(seen)
    return _cached("shapes", files, parse)
