"""The archive's parts, read from a release: its volumes, a volume's issues, an issue's articles
with headlines and authors; and `Page`, the one pagination of every list the site shows
(kg.web.views.browse shows them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import abort, request

from kg.namespaces import SCHEMA
from kg.store import Snapshot
from kg.web.pages.resources import Cell, Labels, cell, node, types

Href = Callable[[str], str]
PAGE_SIZE = 50
MAX_PAGE = 100_000  # far beyond any list; keeps offsets within SQLite's and SPARQL's integers
IS_PART_OF, TYPE = node(SCHEMA.isPartOf), node("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ISSUE, VOLUME = node(SCHEMA.PublicationIssue), node(SCHEMA.PublicationVolume)
ARTICLE = node(SCHEMA.NewsArticle)


@dataclass
class Page:
    """One page of a list: which, how big, and whether there are more."""

    number: int
    size: int = PAGE_SIZE
    total: int | None = None
    more: bool = False

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def prev(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.more else None

    def cut(self, items: list) -> list:
        """This page of a full list (sets total and more)."""
        self.total = len(items)
        self.more = self.offset + self.size < len(items)
        return items[self.offset:self.offset + self.size]


def page_arg(size: int = PAGE_SIZE) -> Page:
    raw = request.args.get("page", "1")
    try:
        number = int(raw)
    except ValueError:
        abort(400, description=f"page must be a whole number, got {raw!r}")
    if not 1 <= number <= MAX_PAGE:
        abort(400, description=f"page must be between 1 and {MAX_PAGE}, got {number}")
    return Page(number, size)


def _literal(store: Snapshot, s: ox.NamedNode, p: str) -> str:
    return next((q.object.value for q in store.quads_for_pattern(s, node(p), None)
                 if isinstance(q.object, ox.Literal)), "")


def _parts(store: Snapshot, whole: ox.NamedNode, cls: ox.NamedNode) -> list[ox.NamedNode]:
    """What is schema:isPartOf `whole` and typed `cls` (index lookups only)."""
    found = {q.subject for q in store.quads_for_pattern(None, IS_PART_OF, whole)
             if isinstance(q.subject, ox.NamedNode)}
    return [s for s in found if next(iter(store.quads_for_pattern(s, TYPE, cls)), None) is not None]


def _number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0


@dataclass
class ArticleRow:
    article: Cell
    authors: list[Cell]
    date: str
    genre: str


@dataclass
class IssueRow:
    issue: Cell
    number: str
    date: str
    articles: int


@dataclass
class PartView:
    """A volume (its issues) or an issue (its articles)."""

    iri: str
    label: str
    kind: str  # volume | issue
    date: str = ""
    up: Cell | None = None  # the volume of an issue, the periodical of a volume
    issues: list[IssueRow] = field(default_factory=list)
    articles: list[ArticleRow] = field(default_factory=list)
    page: Page | None = None


def issue_view(store: Snapshot, iri: str, labels: Labels, href_for: Href, page: Page) -> PartView:
    n = node(iri)
    ups = [q.object for q in store.quads_for_pattern(n, IS_PART_OF, None)]
    view = PartView(iri, labels.text(n), "issue", _literal(store, n, SCHEMA.datePublished),
                    cell(ups[0], labels, href_for) if ups else None, page=page)
    rows = []
    for a in _parts(store, n, ARTICLE):
        authors = [cell(q.object, labels, href_for)
                   for q in store.quads_for_pattern(a, node(SCHEMA.author), None)]
        rows.append(ArticleRow(cell(a, labels, href_for), sorted(authors, key=lambda c: c.text),
                               _literal(store, a, SCHEMA.datePublished), _literal(store, a, SCHEMA.genre)))
    rows.sort(key=lambda r: (r.article.text.lower(), r.article.iri))
    view.articles = page.cut(rows)
    return view


def volume_view(store: Snapshot, iri: str, labels: Labels, href_for: Href, page: Page) -> PartView:
    n = node(iri)
    ups = [q.object for q in store.quads_for_pattern(n, IS_PART_OF, None)]
    view = PartView(iri, labels.text(n), "volume", up=cell(ups[0], labels, href_for) if ups else None,
                    page=page)
    rows = [IssueRow(cell(i, labels, href_for), _literal(store, i, SCHEMA.issueNumber),
                     _literal(store, i, SCHEMA.datePublished), len(_parts(store, i, ARTICLE)))
            for i in _parts(store, n, ISSUE)]
    rows.sort(key=lambda r: (r.date, _number(r.number)))
    view.issues = page.cut(rows)
    return view


def part_view(store: Snapshot, iri: str, labels: Labels, href_for: Href) -> PartView | None:
    """The page of a volume or an issue, None for anything else."""
    found = types(store, iri)
    if ISSUE in found:
        return issue_view(store, iri, labels, href_for, page_arg())
    if VOLUME in found:
        return volume_view(store, iri, labels, href_for, page_arg())
    return None


@dataclass
class VolumeRow:
    volume: Cell
    number: str
    issues: int
    first: str
    last: str


def volumes(store: Snapshot, labels: Labels, href_for: Href) -> list[tuple[Cell, list[VolumeRow]]]:
    """Every periodical that has volumes, with its volumes in order."""
    out: dict[str, list[VolumeRow]] = {}
    heads: dict[str, Cell] = {}
    for q in store.quads_for_pattern(None, TYPE, VOLUME):
        v = q.subject
        if not isinstance(v, ox.NamedNode):
            continue
        issues = _parts(store, v, ISSUE)
        dates = sorted(d for d in (_literal(store, i, SCHEMA.datePublished) for i in issues) if d)
        periodical = next((p.object for p in store.quads_for_pattern(v, IS_PART_OF, None)), None)
        key = periodical.value if periodical is not None else ""
        if key not in heads:
            heads[key] = cell(periodical, labels, href_for) if periodical is not None else Cell("", "literal")
        row = VolumeRow(cell(v, labels, href_for), _literal(store, v, SCHEMA.volumeNumber), len(issues),
                        dates[0] if dates else "", dates[-1] if dates else "")
        if row not in out.setdefault(key, []):
            out[key].append(row)
    return [(heads[k], sorted(rows, key=lambda r: (_number(r.number), r.volume.iri)))
            for k, rows in sorted(out.items(), key=lambda kv: heads[kv[0]].text)]
