"""A small published store for the dumps, download, linked-data and serve tests.

The article text is assembled from pieces and every offset is computed from it, so the
spans are exact; its RDF follows docs/vocabulary.md with IRIs from kg.iri.Minter: an
article with sections, paragraphs, a footnote and its marker, mentions of two entities
(one linked to Wikidata with the ID the seed registry gives), a claim, a quotation and
a claim review with a blank-node rating. The text holds HTML-special characters.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from flask import Flask
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.config import DATA_DIR
from kg.iri import Minter
from kg.namespaces import DOCO, ITSRDF, KG, NIF, PO, SCHEMA, WD, bind_all
from kg.store import StoreDir
from kg.store.describe import finisher

BASE = "http://kg.test/"
KEY = Minter.article_key(1, 2, "Workers rally for the lessons of history")


def seed_wikidata(label: str) -> str:
    """The Wikidata ID the seed registry gives a label (never typed in by hand)."""
    with open(DATA_DIR / "seed-entities.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["label"] == label and row["wikidata"]:
                return row["wikidata"]
    raise LookupError(f"{label} has no Wikidata ID in kg/data/seed-entities.tsv")


@dataclass
class Text:
    """Text built piece by piece, remembering where named pieces are."""

    text: str = ""
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def add(self, piece: str, name: str | None = None) -> Text:
        if name:
            self.spans[name] = (len(self.text), len(self.text) + len(piece))
        self.text += piece
        return self

    def find(self, name: str, needle: str, within: str) -> tuple[int, int]:
        b, e = self.spans[within]
        at = self.text.index(needle, b, e)
        self.spans[name] = (at, at + len(needle))
        return self.spans[name]


def article_text() -> Text:
    t = Text()
    t.add("The Militant (logo)\n   Vol. 1/No. 2     January 9, 2006\n\n")
    t.add("Workers rally for the lessons of history", "headline").add("\n\nBY JANE ROE\n\n")
    t.add("Lenin wrote that workers must organise1 and that Hezbollah is no liberation movement.", "p1")
    t.add("\n\n").add("What we are for", "title").add("\n")
    t.add("He said “workers of all countries, unite” at the meeting, where a < b & c > d.", "p2")
    t.add("\n\n").add("Notes", "notes-title").add("\n1. ")
    t.add("V.I. Lenin, Collected Works, vol. 31.", "n1").add("\n")
    t.find("lenin", "Lenin", "p1")
    t.find("hezbollah", "Hezbollah", "p1")
    t.find("marker", "1", "p1")
    t.find("quote", "“workers of all countries, unite”", "p2")
    t.find("lenin-in-note", "Lenin", "n1")
    return t


def article_graphs(minter: Minter) -> tuple[Graph, Graph, Text]:
    """(article graph, shared graph, the text) of the fixture article."""
    t = article_text()
    art, ctx = minter.article(KEY), minter.context(KEY)
    a, s = Graph(), Graph()
    bind_all(a)
    bind_all(s)

    def span(name: str, *types: URIRef) -> URIRef:
        b, e = t.spans[name]
        iri = minter.span(KEY, b, e)
        a.add((iri, RDF.type, NIF.OffsetBasedString))
        for ty in types:
            a.add((iri, RDF.type, ty))
        a.add((iri, NIF.referenceContext, ctx))
        a.add((iri, NIF.beginIndex, Literal(b, datatype=XSD.integer)))
        a.add((iri, NIF.endIndex, Literal(e, datatype=XSD.integer)))
        a.add((iri, NIF.anchorOf, Literal(t.text[b:e])))
        return iri

    issue = minter.issue("The Militant", 1, 2)
    s.add((issue, RDF.type, SCHEMA.PublicationIssue))
    s.add((issue, RDFS.label, Literal("The Militant, vol. 1, no. 2")))
    s.add((issue, SCHEMA.datePublished, Literal("2006-01-09", datatype=XSD.date)))
    author = minter.person("Jane Roe")
    lenin = minter.person("Vladimir Lenin")
    hezbollah = minter.entity("organization", "Hezbollah")
    for e, ty, label in ((author, SCHEMA.Person, "Jane Roe"), (lenin, SCHEMA.Person, "Vladimir Lenin"),
                         (hezbollah, SCHEMA.Organization, "Hezbollah")):
        s.add((e, RDF.type, ty))
        s.add((e, RDFS.label, Literal(label)))
        s.add((e, SCHEMA.name, Literal(label)))
    s.add((lenin, OWL.sameAs, WD[seed_wikidata("Vladimir Lenin")]))
    s.add((lenin, SKOS.altLabel, Literal("V.I. Lenin")))

    a.add((art, RDF.type, SCHEMA.NewsArticle))
    a.add((art, SCHEMA.headline, Literal("Workers rally for the lessons of history", lang="en")))
    a.add((art, SCHEMA.datePublished, Literal("2006-01-09", datatype=XSD.date)))
    a.add((art, SCHEMA.isPartOf, issue))
    a.add((art, SCHEMA.author, author))
    a.add((ctx, RDF.type, NIF.Context))
    a.add((ctx, NIF.isString, Literal(t.text)))
    a.add((ctx, NIF.beginIndex, Literal(0, datatype=XSD.integer)))
    a.add((ctx, NIF.endIndex, Literal(len(t.text), datatype=XSD.integer)))
    a.add((ctx, PROV.hadPrimarySource, art))
    span("headline", NIF.Title)
    sec1, sec2 = minter.part(KEY, "section", 1), minter.part(KEY, "section", 2)
    notes = minter.part(KEY, "notes")
    for sec, pos in ((sec1, 1), (sec2, 2), (notes, 3)):
        a.add((sec, RDF.type, DOCO.Section))
        a.add((sec, SCHEMA.position, Literal(pos, datatype=XSD.integer)))
        a.add((art, PO.contains, sec))
    a.add((sec1, PO.contains, span("p1", DOCO.Paragraph, NIF.Paragraph)))
    a.add((sec2, PO.containsAsHeader, span("title", DOCO.SectionTitle)))
    a.add((sec2, PO.contains, span("p2", DOCO.Paragraph, NIF.Paragraph)))
    a.add((notes, PO.containsAsHeader, span("notes-title", DOCO.SectionTitle)))
    note = minter.part(KEY, "note", 1)
    a.add((note, RDF.type, DOCO.Footnote))
    a.add((note, SCHEMA.position, Literal(1, datatype=XSD.integer)))
    a.add((note, SCHEMA.text, Literal(t.text[slice(*t.spans["n1"])], lang="en")))
    a.add((note, PO.contains, span("n1", DOCO.Paragraph)))
    a.add((notes, PO.contains, note))
    a.add((span("marker", KG.FootnoteMarker), KG.footnote, note))
    for name, entity in (("lenin", lenin), ("hezbollah", hezbollah), ("lenin-in-note", lenin)):
        m = span(name, NIF.Phrase)
        a.add((m, ITSRDF.taIdentRef, entity))
        a.add((art, SCHEMA.mentions, entity))
    # the class of one mention chosen by the learned typer, credited the ITS way (kg.rdf.entities)
    typer = minter.tool("learned-typer")
    s.add((typer, RDF.type, PROV.SoftwareAgent))
    s.add((typer, RDFS.label, Literal("kg learned typer")))
    s.add((typer, RDFS.comment, Literal("A model that types names.", lang="en")))
    hez = minter.span(KEY, *t.spans["hezbollah"])
    a.add((hez, ITSRDF.taAnnotatorsRef, typer))
    a.add((hez, ITSRDF.taConfidence, Literal(0.93, datatype=XSD.double)))
    claim = minter.part(KEY, "claim", 1)
    a.add((claim, RDF.type, SCHEMA.Claim))
    a.add((claim, SCHEMA.text, Literal(t.text[slice(*t.spans["p1"])], lang="en")))
    a.add((claim, SCHEMA.author, author))
    a.add((claim, SCHEMA.appearance, art))
    a.add((claim, PROV.wasDerivedFrom, minter.span(KEY, *t.spans["p1"])))
    a.add((span("quote"), PROV.wasQuotedFrom, lenin))
    review, rating = minter.part(KEY, "review", 1), BNode()
    a.add((review, RDF.type, SCHEMA.ClaimReview))
    a.add((review, SCHEMA.itemReviewed, claim))
    a.add((review, SCHEMA.reviewRating, rating))
    a.add((rating, SCHEMA.ratingValue, Literal(1, datatype=XSD.integer)))
    a.add((rating, SCHEMA.alternateName, Literal("endorsed")))
    a.add((art, DCTERMS.source, Literal("fixture")))
    return a, s, t


def load_graph(store: ox.Store, graph: Graph, name: str) -> None:
    store.load(graph.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES,
               to_graph=ox.NamedNode(name))


def publish_fixture(folder: Path, base: str = BASE) -> StoreDir:
    """Publish the fixture article (article graph + shared graph) with dumps and description."""
    minter = Minter(base)
    article, shared, _ = article_graphs(minter)
    store_dir = StoreDir(folder)
    with store_dir.publish(finish=finisher(base)) as st:
        load_graph(st, article, str(minter.graph(KEY)))
        load_graph(st, shared, str(minter.shared_graph("shared")))
    return store_dir


@contextmanager
def fixture_app(folder: Path) -> Iterator[Flask]:
    """The app over the fixture store published in `folder`; its query workers stop at the end."""
    from kg.web import create_app
    from kg.web.views import sparql

    release = publish_fixture(folder).require_current()
    app = create_app(store=release.path.parent.parent, base=BASE)
    try:
        yield app
    finally:
        sparql.close(app)
