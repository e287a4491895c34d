"""The article's structure as RDF: periodical, volume, issue, article, text, sections,
paragraphs, numbered points, footnotes and their markers, the embedded letter, photos,
editor's notes, and the items of a page made of items (letters, "Years Ago", briefs)."""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.iri import Minter
from kg.model import Document, Field, Item, Person, Span
from kg.namespaces import DOCO, KG, NIF, PO, SCHEMA, XSD
from kg.rdf.article import ArticleRdf
from kg.rdf.books import map_book
from kg.rdf.entities import entities_at


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _en(text: str) -> Literal:
    return Literal(text, lang="en")


def _entity_at(doc: Document, minter: Minter, span: Span, kinds: tuple[str, ...],
               text: str | None = None) -> URIRef | None:
    """The entity the annotation stage found at `span` (so that an author and the same person
    mentioned in the text are one node), or None."""
    return next(entities_at(doc, minter, span, kinds, text), None)


def person_iri(doc: Document, minter: Minter, person: Person, out: ArticleRdf) -> URIRef:
    """A person named by a byline, a letter or a signature, described in the shared graph; a
    group that signs (a letter or statement signed by a committee) is that organisation."""
    found = _entity_at(doc, minter, person.span, ("person",)) or _entity_at(
        doc, minter, person.span, ("organization",), person.span.of(doc.text))
    if found is not None:
        return found
    iri = minter.person(person.name)
    out.shared.add((iri, RDF.type, SCHEMA.Person))
    out.shared.add((iri, SCHEMA.name, Literal(person.name)))
    out.shared.add((iri, RDFS.label, Literal(person.name)))
    return iri


def publisher_iri(minter: Minter, periodical: str, out: ArticleRdf) -> URIRef:
    """The organisation that publishes the periodical: the author of its unsigned pieces
    (editorials), as schema.org models a newspaper's own voice."""
    iri = minter.entity("organization", periodical)
    out.shared.add((iri, RDF.type, SCHEMA.NewsMediaOrganization))
    out.shared.add((iri, RDF.type, SCHEMA.Organization))
    out.shared.add((iri, SCHEMA.name, Literal(periodical)))
    out.shared.add((iri, RDFS.label, Literal(periodical)))
    return iri


def map_publication(doc: Document, minter: Minter, out: ArticleRdf) -> URIRef:
    mh = doc.masthead
    name = mh.periodical.value
    g = out.shared
    periodical = minter.periodical(name)
    g.add((periodical, RDF.type, SCHEMA.Periodical))
    g.add((periodical, RDF.type, SCHEMA.Newspaper))
    g.add((periodical, SCHEMA.name, Literal(name)))
    g.add((periodical, RDFS.label, Literal(name)))
    g.add((periodical, SCHEMA.publisher, publisher_iri(minter, name, out)))
    volume = minter.volume(name, mh.volume)
    g.add((volume, RDF.type, SCHEMA.PublicationVolume))
    g.add((volume, SCHEMA.volumeNumber, _int(mh.volume)))
    g.add((volume, SCHEMA.isPartOf, periodical))
    g.add((volume, RDFS.label, Literal(f"{name}, vol. {mh.volume}")))
    first = int(mh.issue.split("-")[0])
    issue = minter.issue(name, mh.volume, first)
    g.add((issue, RDF.type, SCHEMA.PublicationIssue))
    g.add((issue, SCHEMA.issueNumber, _int(first) if mh.issue.isdigit() else Literal(mh.issue)))
    g.add((issue, SCHEMA.datePublished, Literal(mh.date.isoformat(), datatype=XSD.date)))
    g.add((issue, SCHEMA.isPartOf, volume))
    g.add((issue, RDFS.label, Literal(f"{name}, vol. {mh.volume}, no. {mh.issue} "
                                      f"({mh.date.isoformat()})")))
    return issue


def map_structure(doc: Document, minter: Minter, out: ArticleRdf) -> None:
    g = out.article
    article = out.article_iri
    issue = map_publication(doc, minter, out)

    g.add((article, RDF.type, SCHEMA.NewsArticle))
    g.add((article, SCHEMA.headline, _en(doc.headline.value)))
    g.add((article, RDFS.label, _en(doc.headline.value)))
    g.add((article, SCHEMA.isPartOf, issue))
    g.add((article, SCHEMA.datePublished, Literal(doc.masthead.date.isoformat(), datatype=XSD.date)))
    g.add((article, SCHEMA.inLanguage, Literal("en")))
    if doc.headline.span:  # a letters page with no "Letters" line is named, not titled
        out.span(doc, doc.headline.span, NIF.Title, DOCO.Title)
    if doc.overline:
        g.add((article, KG.kicker, _en(doc.overline.value)))
        out.span(doc, doc.overline.span)
    if doc.page_kind:
        g.add((article, SCHEMA.articleSection, _en(doc.headline.value)))
    if doc.deck:
        g.add((article, SCHEMA.alternativeHeadline, _en(doc.deck.value)))
        out.span(doc, doc.deck.span, DOCO.Subtitle)
    if doc.kicker:
        g.add((article, SCHEMA.genre, _en(doc.kicker.value)))
    for person in doc.authors:
        g.add((article, SCHEMA.author, person_iri(doc, minter, person, out)))
    if not doc.authors:  # an unsigned piece speaks for the paper
        g.add((article, SCHEMA.author, publisher_iri(minter, doc.masthead.periodical.value, out)))
    if doc.copyright:
        holder = _entity_at(doc, minter, doc.copyright.span,
                            ("organization", "periodical", "person"), doc.copyright.holder)
        if holder is None:
            holder = minter.entity("organization", doc.copyright.holder)
            out.shared.add((holder, RDF.type, SCHEMA.Organization))
            out.shared.add((holder, SCHEMA.name, Literal(doc.copyright.holder)))
            out.shared.add((holder, RDFS.label, Literal(doc.copyright.holder)))
        g.add((article, SCHEMA.copyrightHolder, holder))
        g.add((article, SCHEMA.copyrightYear, _int(doc.copyright.year)))
        g.add((article, SCHEMA.copyrightNotice, _en(doc.copyright.span.of(doc.text))))
    if doc.dateline:
        out.span(doc, doc.dateline.span)
        g.add((article, SCHEMA.dateline, Literal(doc.dateline.value)))

    context = out.context
    g.add((context, RDF.type, NIF.Context))
    g.add((context, RDF.type, NIF.OffsetBasedString))
    g.add((context, NIF.isString, Literal(doc.text)))
    g.add((context, NIF.beginIndex, _int(0)))
    g.add((context, NIF.endIndex, _int(len(doc.text))))
    g.add((context, PROV.hadPrimarySource, article))
    g.add((context, DCTERMS.source, Literal(doc.path.rsplit("/", 1)[-1])))

    map_sections(doc, minter, out, article)
    map_notes(doc, minter, out, article)
    map_letter(doc, minter, out, article)
    map_photos(doc, minter, out, article)
    map_items(doc, minter, out, article)
    for span in doc.editor_notes:
        if not any(item.reply == span for item in doc.items):
            map_comment(doc, minter, out, article, span)
    for related in doc.related:
        other = minter.article(Minter.article_key(doc.masthead.volume,
                                                  int(doc.masthead.issue.split("-")[0]),
                                                  related.value))
        if other == article:
            # a related headline whose first words are this article's own: one IRI for both
            # (the key keeps eight words), so it can be named only as the article itself
            out.span(doc, related.span)
            continue
        g.add((article, DCTERMS.relation, other))
        g.add((other, RDFS.label, _en(related.value)))
        out.span(doc, related.span)


def map_sections(doc: Document, minter: Minter, out: ArticleRdf, article: URIRef) -> None:
    g = out.article
    for sec in doc.sections:
        s = minter.part(doc.key, "section", sec.position)
        g.add((s, RDF.type, DOCO.Section))
        g.add((s, SCHEMA.position, _int(sec.position)))
        g.add((s, SCHEMA.name, _en(sec.name)))
        g.add((article, PO.contains, s))
        if sec.title:
            g.add((s, PO.containsAsHeader, out.span(doc, sec.title, DOCO.SectionTitle, NIF.Title)))
        for para in sec.paragraphs:
            p = out.span(doc, para.span, NIF.Paragraph, DOCO.Paragraph)
            g.add((p, SCHEMA.position, _int(para.position)))
            g.add((s, PO.contains, p))
    for point in doc.points:
        p = out.span(doc, point.span, KG.NumberedPoint,
                     iri=minter.part(doc.key, "point", point.number))
        g.add((p, SCHEMA.position, _int(point.number)))
        g.add((article, PO.contains, p))


def map_notes(doc: Document, minter: Minter, out: ArticleRdf, article: URIRef) -> None:
    if not doc.notes:
        return
    g = out.article
    section = minter.part(doc.key, "notes")
    g.add((section, RDF.type, DOCO.Section))
    g.add((section, SCHEMA.name, _en("Notes")))
    g.add((section, SCHEMA.position, _int(len(doc.sections) + 1)))
    g.add((article, PO.contains, section))
    if doc.notes_title:
        g.add((section, PO.containsAsHeader,
               out.span(doc, doc.notes_title, DOCO.SectionTitle, NIF.Title)))
    for note in doc.notes:
        f = minter.part(doc.key, "note", note.number)
        g.add((f, RDF.type, DOCO.Footnote))
        g.add((f, SCHEMA.position, _int(note.number)))
        g.add((f, SCHEMA.text, _en(note.text.of(doc.text))))
        g.add((f, RDFS.label, _en(f"Note {note.number}")))
        g.add((section, PO.contains, f))
        for n, para in enumerate(note.paragraphs, start=1):
            p = out.span(doc, para, NIF.Paragraph, DOCO.Paragraph)
            g.add((p, SCHEMA.position, _int(n)))
            g.add((f, PO.contains, p))
        if note.marker:
            m = out.span(doc, marker_digits(doc.text, note.marker.span), KG.FootnoteMarker)
            g.add((m, KG.footnote, f))


_DIGITS = re.compile(r"\d+")


def marker_digits(text: str, span: Span) -> Span:
    """The digits of a footnote marker, the span the RDF gives it: a marker printed in brackets
    or parentheses (`[1]`, `(2)`: today's site, a typewritten text) is the number inside them,
    as docs/vocabulary.md says a marker's `nif:anchorOf` is. The brackets in the span made the
    shapes refuse every page with such notes (found by building every set's article,
    2026-12-06)."""
    m = _DIGITS.search(text, span.begin, span.end)
    return Span(m.start(), m.end()) if m else span


def map_letter(doc: Document, minter: Minter, out: ArticleRdf, article: URIRef) -> None:
    letter = doc.letter
    if letter is None:
        return
    g = out.article
    m = minter.part(doc.key, "letter")
    g.add((m, RDF.type, SCHEMA.Message))
    g.add((m, SCHEMA.isPartOf, article))
    g.add((article, SCHEMA.hasPart, m))
    label = "Letter"
    if letter.sender:
        g.add((m, SCHEMA.sender, person_iri(doc, minter, letter.sender, out)))
        label += f" from {letter.sender.name}"
    if letter.recipient:
        g.add((m, SCHEMA.recipient, person_iri(doc, minter, letter.recipient, out)))
        label += f" to {letter.recipient.name}"
    if letter.date:
        g.add((m, SCHEMA.dateSent, Literal(letter.date.value, datatype=XSD.date)))
        label += f", {letter.date.value}"
    g.add((m, RDFS.label, _en(label)))
    g.add((m, PROV.wasDerivedFrom, out.span(doc, letter.span)))
    for sec in doc.sections:
        if letter.span.contains(sec.span):
            g.add((m, PO.contains, minter.part(doc.key, "section", sec.position)))


def map_photos(doc: Document, minter: Minter, out: ArticleRdf, article: URIRef) -> None:
    """A photo as schema:ImageObject: its credit line and caption, kept out of the body."""
    g = out.article
    for n, photo in enumerate(doc.photos, start=1):
        p = minter.part(doc.key, "photo", n)
        g.add((p, RDF.type, SCHEMA.ImageObject))
        # the credit over its caption; on today's site the caption may be printed first and
        # again after its credit (docs/reader.md): the photo is read from both lines
        parts = [f.span for f in (photo.credit, photo.caption) if f is not None]
        if photo.credit:
            g.add((p, SCHEMA.creditText, Literal(photo.credit.value)))
        g.add((p, RDFS.label, _en(f"Photo {n}" + (f": {photo.credit.value}" if photo.credit
                                                   else ""))))
        g.add((p, PROV.wasDerivedFrom, out.span(doc, Span(min(s.begin for s in parts),
                                                          max(s.end for s in parts)))))
        if photo.caption:
            g.add((p, SCHEMA.caption, _en(photo.caption.value)))
        g.add((article, SCHEMA.image, p))


def map_comment(doc: Document, minter: Minter, out: ArticleRdf, about: URIRef,
                span: Span) -> URIRef:
    """An editor's note: a schema:Comment by the paper's publisher on the article or item."""
    g = out.article
    c = minter.part(doc.key, "comment", span.begin)
    g.add((c, RDF.type, SCHEMA.Comment))
    g.add((c, SCHEMA.text, _en(span.of(doc.text))))
    g.add((c, RDFS.label, _en("Editor’s note")))
    g.add((c, SCHEMA.author, publisher_iri(minter, doc.masthead.periodical.value, out)))
    g.add((c, PROV.wasDerivedFrom, out.span(doc, span)))
    g.add((about, SCHEMA.comment, c))
    return c


ITEM_GENRES = {"letter": "letter", "years-ago": "from the paper’s files",
               "brief": "news brief", "report": "report", "event": "event listing",
               "book": "book announcement", "entry": "notebook entry"}


def place_iri(doc: Document, minter: Minter, place: Field, out: ArticleRdf) -> URIRef:
    """Where an item was written ("Iowa City, Iowa"): the place the entity stage found at the
    line, else a schema:Place named by the line as printed."""
    found = _entity_at(doc, minter, place.span, ("place", "city", "country"))
    if found is not None:
        return found
    iri = minter.entity("place", place.value)
    out.shared.add((iri, RDF.type, SCHEMA.Place))
    out.shared.add((iri, SCHEMA.name, Literal(place.value)))
    out.shared.add((iri, RDFS.label, Literal(place.value)))
    return iri


def _item_label(item: Item) -> str:
    if item.kind == "letter":
        who = item.signature.value if item.signature else None
        return f"Letter: {item.title.value}" if item.title else (
            f"Letter from {who}" if who else f"Letter {item.position}")
    if item.title:
        return item.title.value
    if item.date:
        return f"Item of {item.date.value}"
    return f"Item {item.position}"


def map_listed_event(doc: Document, minter: Minter, out: ArticleRdf, it: URIRef,
                     item: Item) -> None:
    """An item of a listing of events announces a schema:Event (schema:about): its name, its
    day (schema:startDate) and its city (schema:location). The item itself was not written on
    that day nor there, so it carries neither schema:dateCreated nor schema:locationCreated."""
    g = out.article
    ev = minter.part(doc.key, "item", item.position, "event")
    name = item.title.value if item.title else _item_label(item)
    g.add((ev, RDF.type, SCHEMA.Event))
    g.add((ev, RDFS.label, _en(name)))
    g.add((ev, SCHEMA.name, _en(name)))
    if item.date:
        g.add((ev, SCHEMA.startDate, Literal(item.date.value, datatype=XSD.date)))
    if item.place:
        g.add((ev, SCHEMA.location, place_iri(doc, minter, item.place, out)))
    g.add((it, SCHEMA.about, ev))


def map_items(doc: Document, minter: Minter, out: ArticleRdf, article: URIRef) -> None:
    """Each item of a page made of items: a schema:Article that is part of the page, with its
    own title, date, dateline, author, place and the editors' answer, as it has them."""
    g = out.article
    for item in doc.items:
        it = minter.part(doc.key, "item", item.position)
        g.add((it, RDF.type, SCHEMA.Article))
        g.add((it, RDF.type, KG.PageItem))
        g.add((it, SCHEMA.isPartOf, article))
        g.add((article, SCHEMA.hasPart, it))
        g.add((it, SCHEMA.position, _int(item.position)))
        g.add((it, SCHEMA.genre, _en(ITEM_GENRES[item.kind])))
        g.add((it, SCHEMA.inLanguage, Literal("en")))
        g.add((it, RDFS.label, _en(_item_label(item))))
        g.add((it, SCHEMA.name, _en(_item_label(item))))
        if item.title:
            g.add((it, SCHEMA.headline, _en(item.title.value)))
        if item.column:  # an item set into another page: the standing head it is printed under
            g.add((it, SCHEMA.articleSection, _en(item.column.value)))
        if item.kind == "event":
            map_listed_event(doc, minter, out, it, item)
        elif item.date:
            g.add((it, SCHEMA.dateCreated, Literal(item.date.value, datatype=XSD.date)))
        if item.dateline:
            g.add((it, SCHEMA.dateline, Literal(item.dateline.value)))
        for person in item.authors:
            g.add((it, SCHEMA.author, person_iri(doc, minter, person, out)))
        if item.signature:
            g.add((it, SCHEMA.creditText, Literal(item.signature.value)))
        if item.place and item.kind != "event":
            g.add((it, SCHEMA.locationCreated, place_iri(doc, minter, item.place, out)))
        g.add((it, PROV.wasDerivedFrom, out.span(doc, item.span)))
        g.add((it, PO.contains, minter.part(doc.key, "section", item.section)))
        if item.reply:
            map_comment(doc, minter, out, it, item.reply)
        map_book(doc, minter, out, it, item)
