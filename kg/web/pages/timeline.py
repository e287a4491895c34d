"""The dated facts of an entity or of an article, in time order, each linked to where it was read.

A fact is a `kg:DatedStatement` (kg.rdf.claims): its dates are `kg:startTime`/`kg:endTime`,
`kg:pointInTime`, or its date value (a birth, a founding); `prov:wasDerivedFrom` gives the
sentence span it was read from and the footnote, when it came from one. Each item of the
timeline links to the sentence in the article's reading view (`?mark=b,e#char=b,e`) and to the
footnote (`#note-N`). Index lookups only: an entity's facts are the statements whose
`rdf:subject` it is; an article's are those whose `schema:appearance` it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import DOCO, KG, NIF, PROV, RDF, RDFS, SCHEMA
from kg.web.pages.resources import Cell, Labels, cell, node

Href = Callable[[str], str]
PagePath = Callable[[str], str]  # an IRI -> its HTML page path
TYPE = node(RDF.type)
DATE_TYPES = {"http://www.w3.org/2001/XMLSchema#" + t for t in ("gYear", "gYearMonth", "date")}


@dataclass
class Fact:
    iri: str
    label: str
    when: str  # as shown: "1969–1974", "1898"
    start: str  # ISO, for <time datetime> and order
    end: str
    subject: Cell | None
    article: Cell | None
    sentence_href: str
    sentence: str  # the sentence's words
    note_href: str
    note: str  # "note 8"


def _one(store: ox.Store, s, p) -> ox.Literal | ox.NamedNode | None:
    return next((q.object for q in store.quads_for_pattern(s, node(p), None)), None)


def _fact(store: ox.Store, f: ox.NamedNode, labels: Labels, href_for: Href,
          page_path: PagePath) -> Fact | None:
    start, end, point = (_one(store, f, p) for p in (KG.startTime, KG.endTime, KG.pointInTime))
    value = _one(store, f, RDF.object)
    if start is None and point is None and isinstance(value, ox.Literal) \
            and value.datatype.value in DATE_TYPES:
        point = value  # a birth, a death, a founding: the date is the value
    first = start or point or end
    if first is None:
        return None
    last = end or start or point
    when = "–".join(v.value for v in (start, end) if v is not None) if (start or end) else point.value
    article = _one(store, f, SCHEMA.appearance)
    base = page_path(article.value) if isinstance(article, ox.NamedNode) else ""
    sentence_href = sentence = note_href = note = ""
    for q in store.quads_for_pattern(f, node(PROV.wasDerivedFrom), None):
        src = q.object
        b, e = _one(store, src, NIF.beginIndex), _one(store, src, NIF.endIndex)
        if b is not None and e is not None and not sentence_href and base:
            sentence_href = f"{base}?mark={b.value},{e.value}#char={b.value},{e.value}"
            anchor = _one(store, src, NIF.anchorOf)
            sentence = anchor.value if anchor is not None else ""
        elif next(iter(store.quads_for_pattern(src, node(RDF.type), node(DOCO.Footnote))), None) and base:
            number = _one(store, src, SCHEMA.position)
            if number is not None:
                note_href, note = f"{base}#note-{number.value}", f"note {number.value}"
    label = _one(store, f, RDFS.label)
    subject = _one(store, f, RDF.subject)
    return Fact(f.value, label.value if label is not None else f.value, when, first.value, last.value,
                cell(subject, labels, href_for) if subject is not None else None,
                cell(article, labels, href_for) if article is not None else None,
                sentence_href, sentence, note_href, note)


def _facts(store: ox.Store, statements, labels: Labels, href_for: Href, page_path: PagePath) -> list[Fact]:
    dated = node(KG.DatedStatement)
    out = []
    for f in dict.fromkeys(statements):
        if isinstance(f, ox.NamedNode) and any(True for _ in store.quads_for_pattern(f, TYPE, dated)):
            fact = _fact(store, f, labels, href_for, page_path)
            if fact is not None:
                out.append(fact)
    return sorted(out, key=lambda x: (x.start, x.end, x.label))


def for_entity(store: ox.Store, iri: str, labels: Labels, href_for: Href, page_path: PagePath) -> list[Fact]:
    return _facts(store, (q.subject for q in store.quads_for_pattern(None, node(RDF.subject), node(iri))),
                  labels, href_for, page_path)


def for_article(store: ox.Store, iri: str, labels: Labels, href_for: Href, page_path: PagePath) -> list[Fact]:
    found = (q.subject for q in store.quads_for_pattern(None, node(SCHEMA.appearance), node(iri)))
    return _facts(store, found, labels, href_for, page_path)
