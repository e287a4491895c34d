"""Graphs for the shape tests: a small valid article graph written by hand, and helpers that find
(or add) the nodes a mutation corrupts in any article graph, the real bundled one included.

The hand-written graph follows docs/vocabulary.md term by term, independently of kg.rdf, so the
shapes are tested against the contract and not only against what the mapping happens to emit.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kg.config import DATA_DIR
from kg.iri import Minter
from kg.namespaces import DOCO, ITSRDF, KG, NIF, PO, SCHEMA, WD, bind_all

MINTER = Minter("https://example.org/kg/")

TEXT = (
    "The Militant\n"
    "Vol. 1/No. 2    January 8, 2001\n"
    "Workers rally in Chicago\n"
    "BY JANE ROE\n"
    "Opening\n"
    "Lenin spoke of this in 1917.1 The rally was large.2\n"
    "\n"
    "NOTES\n"
    "1. Vladimir Lenin led the Russian Revolution.\n"
    "2. Jane Roe reports from Chicago.\n"
)


def seed_wikidata(label: str) -> str:
    """A Wikidata ID from the curated seed list (never written from memory)."""
    with open(DATA_DIR / "seed-entities.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["label"] == label and row["wikidata"]:
                return row["wikidata"]
    raise LookupError(f"{label} has no Wikidata ID in kg/data/seed-entities.tsv")


def integer(n: int, datatype: str = "integer") -> Literal:
    """An xsd:integer literal (or another XSD integer type, for the corruptions)."""
    return Literal(n, datatype=XSD[datatype])


_int = integer


def add_span(g: Graph, minter: Minter, key: str, text: str, begin: int, end: int,
             *types: URIRef, iri: URIRef | None = None) -> URIRef:
    iri = iri or minter.span(key, begin, end)
    g.add((iri, RDF.type, NIF.OffsetBasedString))
    for t in types:
        g.add((iri, RDF.type, t))
    g.add((iri, NIF.referenceContext, minter.context(key)))
    g.add((iri, NIF.beginIndex, _int(begin)))
    g.add((iri, NIF.endIndex, _int(end)))
    g.add((iri, NIF.anchorOf, Literal(text[begin:end])))
    return iri


def _find(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    begin = text.index(needle, start)
    return begin, begin + len(needle)


def hand_graph(minter: Minter = MINTER) -> Graph:
    """A small article graph (article + its shared triples) that satisfies every shape."""
    g = Graph()
    bind_all(g)
    text = TEXT
    key = Minter.article_key(1, 2, "Workers rally in Chicago")
    article, context = minter.article(key), minter.context(key)

    periodical = minter.periodical("The Militant")
    volume, issue = minter.volume("The Militant", 1), minter.issue("The Militant", 1, 2)
    g.add((periodical, RDF.type, SCHEMA.Periodical))
    g.add((periodical, SCHEMA.name, Literal("The Militant")))
    g.add((periodical, RDFS.label, Literal("The Militant")))
    g.add((volume, RDF.type, SCHEMA.PublicationVolume))
    g.add((volume, SCHEMA.volumeNumber, _int(1)))
    g.add((volume, SCHEMA.isPartOf, periodical))
    g.add((issue, RDF.type, SCHEMA.PublicationIssue))
    g.add((issue, SCHEMA.issueNumber, _int(2)))
    g.add((issue, SCHEMA.datePublished, Literal("2001-01-08", datatype=XSD.date)))
    g.add((issue, SCHEMA.isPartOf, volume))

    author = minter.person("Jane Roe")
    g.add((author, RDF.type, SCHEMA.Person))
    g.add((author, RDFS.label, Literal("Jane Roe")))
    g.add((author, SCHEMA.name, Literal("Jane Roe")))

    g.add((article, RDF.type, SCHEMA.NewsArticle))
    g.add((article, SCHEMA.headline, Literal("Workers rally in Chicago", lang="en")))
    g.add((article, SCHEMA.datePublished, Literal("2001-01-08", datatype=XSD.date)))
    g.add((article, SCHEMA.isPartOf, issue))
    g.add((article, SCHEMA.author, author))
    g.add((context, RDF.type, NIF.Context))
    g.add((context, NIF.isString, Literal(text)))
    g.add((context, NIF.beginIndex, _int(0)))
    g.add((context, NIF.endIndex, _int(len(text))))
    g.add((context, PROV.hadPrimarySource, article))
    add_span(g, minter, key, text, *_find(text, "Workers rally in Chicago"), NIF.Title, DOCO.Title)

    section = minter.part(key, "section", 1)
    g.add((section, RDF.type, DOCO.Section))
    g.add((section, SCHEMA.position, _int(1)))
    g.add((section, SCHEMA.name, Literal("Opening", lang="en")))
    g.add((article, PO.contains, section))
    title = add_span(g, minter, key, text, *_find(text, "Opening"), DOCO.SectionTitle, NIF.Title)
    g.add((section, PO.containsAsHeader, title))
    body = "Lenin spoke of this in 1917.1 The rally was large.2"
    para = add_span(g, minter, key, text, *_find(text, body), NIF.Paragraph, DOCO.Paragraph)
    g.add((para, SCHEMA.position, _int(1)))
    g.add((section, PO.contains, para))

    notes = minter.part(key, "notes")
    g.add((notes, RDF.type, DOCO.Section))
    g.add((notes, SCHEMA.position, _int(2)))
    g.add((notes, SCHEMA.name, Literal("Notes", lang="en")))
    g.add((article, PO.contains, notes))
    note_texts = ["Vladimir Lenin led the Russian Revolution.", "Jane Roe reports from Chicago."]
    marker_at = [text.index("1917.1") + 5, text.index("large.2") + 6]
    for n, (note_text, at) in enumerate(zip(note_texts, marker_at, strict=True), start=1):
        note = minter.part(key, "note", n)
        g.add((note, RDF.type, DOCO.Footnote))
        g.add((note, SCHEMA.position, _int(n)))
        g.add((note, SCHEMA.text, Literal(note_text, lang="en")))
        g.add((notes, PO.contains, note))
        npara = add_span(g, minter, key, text, *_find(text, note_text), NIF.Paragraph, DOCO.Paragraph)
        g.add((npara, SCHEMA.position, _int(1)))
        g.add((note, PO.contains, npara))
        marker = add_span(g, minter, key, text, at, at + 1, KG.FootnoteMarker)
        g.add((marker, KG.footnote, note))

    letter = minter.part(key, "letter")
    g.add((letter, RDF.type, SCHEMA.Message))
    g.add((letter, SCHEMA.isPartOf, article))
    g.add((letter, SCHEMA.sender, author))
    g.add((letter, SCHEMA.recipient, author))
    g.add((letter, SCHEMA.dateSent, Literal("2001-01-02", datatype=XSD.date)))
    g.add((letter, PROV.wasDerivedFrom, para))

    add_mentions(g, minter, key, text)
    add_claim(g, minter, key, text)
    return g


def add_mentions(g: Graph, minter: Minter, key: str, text: str) -> None:
    """An entity (Lenin, from the seed list) and its mentions.

    Used on the hand graph, and on a real one whose annotation stages published no mentions.
    """
    article = minter.article(key)
    lenin = minter.person("Vladimir Lenin")
    g.add((lenin, RDF.type, SCHEMA.Person))
    g.add((lenin, RDFS.label, Literal("Vladimir Lenin")))
    g.add((lenin, SCHEMA.name, Literal("Vladimir Lenin")))
    g.add((lenin, OWL.sameAs, WD[seed_wikidata("Vladimir Lenin")]))
    g.add((article, SCHEMA.mentions, lenin))
    start = 0
    while (at := text.find("Lenin", start)) >= 0:
        mention = add_span(g, minter, key, text, at, at + 5, NIF.Phrase)
        g.add((mention, ITSRDF.taIdentRef, lenin))
        g.add((mention, ITSRDF.taClassRef, SCHEMA.Person))
        start = at + 5


def add_claim(g: Graph, minter: Minter, key: str, text: str) -> None:
    """A sentence span and a claim read from it (the first sentence naming Lenin)."""
    article = minter.article(key)
    lenin = minter.person("Vladimir Lenin")
    first = text.index("Lenin")
    end = text.index(".", first) + 1
    sentence = add_span(g, minter, key, text, first, end, NIF.Sentence)
    claim = minter.part(key, "claim", "shape-test")
    g.add((claim, RDF.type, SCHEMA.Claim))
    g.add((claim, SCHEMA.text, Literal(text[first:end], lang="en")))
    g.add((claim, SCHEMA.author, minter.person("Jane Roe")))
    g.add((claim, SCHEMA.appearance, article))
    g.add((claim, SCHEMA.mentions, lenin))
    g.add((claim, PROV.wasDerivedFrom, sentence))


@dataclass
class Targets:
    """The nodes of an article graph that mutations corrupt, found by what they are, not by name."""

    graph: Graph
    article: URIRef
    context: URIRef
    minter: Minter

    @classmethod
    def of(cls, g: Graph, minter: Minter) -> Targets:
        article = next(g.subjects(RDF.type, SCHEMA.NewsArticle))
        context = next(g.subjects(PROV.hadPrimarySource, article))
        return cls(g, article, context, minter)

    def footnote(self, n: int) -> URIRef:
        return next(f for f in self.graph.subjects(RDF.type, DOCO.Footnote)
                    if self.graph.value(f, SCHEMA.position).toPython() == n)

    def marker(self, n: int) -> URIRef:
        return next(self.graph.subjects(KG.footnote, self.footnote(n)))

    def section_paragraph(self) -> tuple[URIRef, URIRef]:
        for section in self.graph.subjects(RDF.type, DOCO.Section):
            for para in self.graph.objects(section, PO.contains):
                if (para, RDF.type, DOCO.Paragraph) in self.graph:
                    return section, para
        raise LookupError("no paragraph in a section")

    def section(self) -> URIRef:
        return self.section_paragraph()[0]

    def paragraph(self) -> URIRef:
        return self.section_paragraph()[1]

    def linked_entity(self) -> URIRef:
        return next(self.graph.subjects(OWL.sameAs, None))

    def mention(self) -> URIRef:
        return next(self.graph.subjects(ITSRDF.taIdentRef, None))

    def claim(self) -> URIRef:
        return next(self.graph.subjects(RDF.type, SCHEMA.Claim))

    def issue(self) -> URIRef:
        return self.graph.value(self.article, SCHEMA.isPartOf)

    def other_article_footnote(self) -> URIRef:
        return self.minter.part("v1n1/another-article", "note", 1)
