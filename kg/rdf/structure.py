"""The article's structure as RDF: periodical, volume, issue, article, text, sections,
paragraphs, numbered points, footnotes and their markers, the embedded letter."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.iri import Minter
from kg.model import Document, Person, Span
from kg.namespaces import DOCO, KG, NIF, PO, SCHEMA, XSD
from kg.rdf.entities import entity_iri
from kg.rdf.mapping import ArticleRdf


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _en(text: str) -> Literal:
    return Literal(text, lang="en")


def _entity_at(doc: Document, minter: Minter, span: Span, kinds: tuple[str, ...],
               text: str | None = None) -> URIRef | None:
    """The entity the annotation stage found at `span` (so that an author and the same person
    mentioned in the text are one node), or None."""
    ann = doc.annotations
    for m in ann.mentions:
        if span.contains(m.span) and (text is None or m.span.of(doc.text) == text):
            entity = ann.entities[m.entity]
            if entity.kind in kinds:
                return entity_iri(minter, entity)
    return None


def person_iri(doc: Document, minter: Minter, person: Person, out: ArticleRdf) -> URIRef:
    """A person named by a byline, a letter or a signature, described in the shared graph."""
    found = _entity_at(doc, minter, person.span, ("person",))
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
    out.span(doc, doc.headline.span, NIF.Title, DOCO.Title)
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
    for related in doc.related:
        other = minter.article(Minter.article_key(doc.masthead.volume,
                                                  int(doc.masthead.issue.split("-")[0]),
                                                  related.value))
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
            m = out.span(doc, note.marker.span, KG.FootnoteMarker)
            g.add((m, KG.footnote, f))


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
