"""Asking a release's search index (kg.search.index), read-only.

What a user types is never passed to FTS5 as syntax: it is cut into words (and "quoted
phrases"), each quoted, all required; the last word of an entity query is a prefix, which
is what type-ahead needs. Snippets come from FTS5's `snippet()` with control characters as
marks, are HTML-escaped, and only then get their `<mark>` elements, so a passage's text can
never inject markup.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from markupsafe import Markup, escape

from kg.errors import KgError
from kg.search.index import INDEX_FILE, KINDS, SCHEMA_VERSION

PASSAGE_KINDS = tuple(k for k in KINDS if k != "entity")
_PIECES = re.compile(r'["“”]([^"“”]*)["“”]?|(\S+)')
_WORD = re.compile(r"\w+")
_OPEN, _CLOSE = "\x02", "\x03"
ENTITY_SORTS = {"mentions": "mentions DESC, label", "articles": "articles DESC, label",
                "label": "label COLLATE NOCASE, mentions DESC"}


class SearchError(KgError):
    """The index cannot be opened or asked (missing file, another schema version)."""


@dataclass
class EntityHit:
    iri: str
    label: str
    type: str
    mentions: int
    articles: int
    names: str = ""  # label and aliases with the matching words in <mark>


@dataclass
class PassageHit:
    kind: str  # article | claim | quotation | sentence
    iri: str
    article: str
    headline: str
    date: str
    begin: int | None
    end: int | None
    who: str
    who_label: str
    snippet: str  # HTML: escaped text, matching words in <mark>


def match_expression(text: str, prefix_last: bool = False) -> str | None:
    """FTS5 query for what a user typed: every word (or "phrase") required; None if no word."""
    parts: list[str] = []
    last_bare = False
    for phrase, bare in _PIECES.findall(text):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
                last_bare = False
        else:
            for word in _WORD.findall(bare):
                parts.append(f'"{word}"')
                last_bare = True
    if not parts:
        return None
    if prefix_last and last_bare:
        parts[-1] += "*"
    return " ".join(parts)


def marked(snippet: str) -> str:
    return str(escape(snippet)).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


class SearchIndex:
    """One release's index, opened read-only (immutable: no locks, no journal)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise SearchError(f"{self.path}: no search index (the release was published without one)")
        self._local = threading.local()
        version = self._db().execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if version is None or int(version[0]) != SCHEMA_VERSION:
            raise SearchError(f"{self.path}: search index version {version and version[0]}, "
                              f"this kg reads version {SCHEMA_VERSION} (rebuild the release)")

    @classmethod
    def of_release(cls, release_path: Path) -> SearchIndex:
        return cls(Path(release_path) / INDEX_FILE)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            self._local.db = db
        return db

    # -- entities ----------------------------------------------------------------------
    def entities(self, text: str, limit: int = 10, offset: int = 0) -> tuple[int, list[EntityHit]]:
        """Entities whose label or alias holds every word (the last as a prefix), most
        mentioned first."""
        match = match_expression(text, prefix_last=True)
        if match is None:
            return 0, []
        db = self._db()
        total = db.execute("SELECT count(*) FROM entity_fts WHERE entity_fts MATCH ?", (match,)).fetchone()[0]
        rows = db.execute(
            f"""SELECT e.iri, e.label, e.type, e.mentions, e.articles,
                       highlight(entity_fts, 0, '{_OPEN}', '{_CLOSE}')
                FROM entity_fts JOIN entity e ON e.id = entity_fts.rowid
                WHERE entity_fts MATCH ? ORDER BY e.mentions DESC, rank, e.label LIMIT ? OFFSET ?""",
            (match, limit, offset)).fetchall()
        return total, [EntityHit(*r[:5], names=marked(r[5])) for r in rows]

    def entity(self, iri: str) -> EntityHit | None:
        row = self._db().execute("SELECT iri, label, type, mentions, articles FROM entity WHERE iri = ?",
                                 (iri,)).fetchone()
        return EntityHit(*row) if row else None

    def classes(self) -> list[tuple[str, int]]:
        """Every entity class and how many entities it has, largest first."""
        return self._db().execute("SELECT class, count(*) AS n FROM entity_class GROUP BY class "
                                  "ORDER BY n DESC, class").fetchall()

    def entities_of(self, cls: str | None, sort: str = "mentions", limit: int = 50, offset: int = 0
                    ) -> tuple[int, list[EntityHit]]:
        """Entities of a class (all when None), sorted by mentions, articles or label."""
        order = ENTITY_SORTS[sort]
        db = self._db()
        if cls:
            total = db.execute("SELECT count(*) FROM entity_class WHERE class = ?", (cls,)).fetchone()[0]
            rows = db.execute(f"""SELECT e.iri, e.label, e.type, e.mentions, e.articles FROM entity e
                JOIN entity_class c ON c.entity = e.id WHERE c.class = ? ORDER BY {order}
                LIMIT ? OFFSET ?""", (cls, limit, offset)).fetchall()
        else:
            total = db.execute("SELECT count(*) FROM entity").fetchone()[0]
            rows = db.execute(f"SELECT iri, label, type, mentions, articles FROM entity ORDER BY {order} "
                              "LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return total, [EntityHit(*r) for r in rows]

    # -- passages ----------------------------------------------------------------------
    def passages(self, text: str, kinds: tuple[str, ...] = PASSAGE_KINDS, limit: int = 20,
                 offset: int = 0) -> tuple[int, list[PassageHit]]:
        """Claims, quotations, sentences and headlines holding every word, best match first."""
        match = match_expression(text)
        if match is None:
            return 0, []
        db = self._db()
        marks = ", ".join("?" * len(kinds))
        where = f"passage_fts MATCH ? AND p.kind IN ({marks})"
        total = db.execute(f"SELECT count(*) FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid "
                           f"WHERE {where}", (match, *kinds)).fetchone()[0]
        rows = db.execute(
            f"""SELECT p.kind, p.iri, p.article, p.headline, p.date, p.begin, p."end", p.who, p.who_label,
                       snippet(passage_fts, 0, '{_OPEN}', '{_CLOSE}', '…', 40)
                FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid
                WHERE {where} ORDER BY rank LIMIT ? OFFSET ?""", (match, *kinds, limit, offset)).fetchall()
        return total, [PassageHit(*r[:9], snippet=marked(r[9])) for r in rows]


def as_json(hit: EntityHit | PassageHit) -> dict:
    return asdict(hit)


__all__ = ["EntityHit", "Markup", "PassageHit", "SearchError", "SearchIndex", "match_expression"]
