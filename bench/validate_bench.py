"""How SHACL validation time grows with the size of one article graph.

Builds synthetic article graphs of growing size with the real structure mapping
(kg.rdf.document_to_rdf on a generated kg.model.Document), adds sentences, entity mentions
and claims in the vocabulary's terms, validates each with kg.validate.validate (the shapes in
shapes/, pySHACL on an in-memory rdflib graph) and prints a Markdown table. The bundled article
is measured too, as the pipeline maps it.

    .venv/bin/python bench/validate_bench.py [--paragraphs 10 25 50 100 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import platform
import statistics
import time

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kg.config import CORPUS_DIR, DATA_DIR
from kg.iri import Minter
from kg.model import Document, Field, Footnote, Marker, Masthead, Paragraph, Person, Section, Span
from kg.namespaces import ITSRDF, NIF, SCHEMA, WD
from kg.pipeline import process
from kg.rdf import document_to_rdf
from kg.validate import validate

MINTER = Minter("https://example.org/bench/")
SENTENCES_PER_PARAGRAPH = 4
PARAGRAPHS_PER_SECTION = 5
PARAGRAPHS_PER_NOTE = 5  # one footnote for every five body paragraphs


def seed_people(limit: int = 8) -> list[tuple[str, str]]:
    """(label, Wikidata ID) pairs from the curated seed list, for realistic linked entities."""
    with open(DATA_DIR / "seed-entities.tsv", encoding="utf-8") as fh:
        rows = [(r["label"], r["wikidata"]) for r in csv.DictReader(fh, delimiter="\t")
                if r["type"] == "person" and r["wikidata"]]
    return rows[:limit]


class TextBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, s: str) -> Span:
        begin = self.length
        self.parts.append(s)
        self.length += len(s)
        return Span(begin, self.length)

    def text(self) -> str:
        return "".join(self.parts)


def synthetic(paragraphs: int) -> tuple[Document, list[tuple[Span, str]], list[Span]]:
    """A generated article: sections of paragraphs of sentences naming people, with footnotes.

    Returns the document, the mentions (span, person label) and the sentence spans.
    """
    people = seed_people()
    tb = TextBuilder()
    periodical = tb.add("The Militant")
    tb.add("\n")
    masthead_end = tb.add("Vol. 99/No. 1    January 1, 2030\n").end
    headline = tb.add(f"Synthetic article of {paragraphs} paragraphs")
    tb.add("\n")
    byline = tb.add("Jane Roe")
    tb.add("\n")
    sections: list[Section] = []
    notes_due: list[tuple[int, Span]] = []
    mentions: list[tuple[Span, str]] = []
    sentences: list[Span] = []
    for p in range(1, paragraphs + 1):
        if (p - 1) % PARAGRAPHS_PER_SECTION == 0:
            title = tb.add(f"Section {len(sections) + 1}")
            tb.add("\n")
            sections.append(Section(len(sections) + 1, "body", f"Section {len(sections) + 1}", title, title))
        begin = tb.length
        for s in range(SENTENCES_PER_PARAGRAPH):
            a, b = people[(p + s) % len(people)], people[(p + s + 1) % len(people)]
            start = tb.length
            mentions.append((tb.add(a[0]), a[0]))
            tb.add(" answered ")
            mentions.append((tb.add(b[0]), b[0]))
            tb.add(f" on point {p}.{s}.")
            sentences.append(Span(start, tb.length))
            tb.add(" ")
        if p % PARAGRAPHS_PER_NOTE == 0:
            number = len(notes_due) + 1
            notes_due.append((number, tb.add(str(number))))
        para = Span(begin, tb.length)
        tb.add("\n\n")
        section = sections[-1]
        section.paragraphs.append(Paragraph(para, p))
        section.span = Span(section.span.begin, para.end)
    tb.add("NOTES\n")
    notes = []
    for number, marker in notes_due:
        label_begin = tb.length
        tb.add(f"{number}. ")
        note_text = tb.add(f"A note on point {number} of the synthetic article.")
        tb.add("\n")
        notes.append(Footnote(number, Span(label_begin, note_text.end), note_text, [note_text],
                              Marker(number, marker, 0)))
    text = tb.text()
    doc = Document(
        path="synthetic.txt", text=text,
        masthead=Masthead(Field("The Militant", periodical), 99, "1", dt.date(2030, 1, 1),
                          Span(0, masthead_end)),
        headline=Field(headline.of(text), headline), bylines=[Person("Jane Roe", byline)],
        sections=sections, notes=notes)
    return doc, mentions, sentences


def annotate_graph(g: Graph, doc: Document, mentions: list[tuple[Span, str]], sentences: list[Span]) -> None:
    """Mentions, entities and claims in the vocabulary's terms (what the annotation stages publish)."""
    key, text = doc.key, doc.text
    article, context = MINTER.article(key), MINTER.context(key)
    wikidata = dict(seed_people())

    def span(s: Span, *types: URIRef) -> URIRef:
        iri = MINTER.span(key, s.begin, s.end)
        g.add((iri, RDF.type, NIF.OffsetBasedString))
        for t in types:
            g.add((iri, RDF.type, t))
        g.add((iri, NIF.referenceContext, context))
        g.add((iri, NIF.beginIndex, Literal(s.begin, datatype=XSD.integer)))
        g.add((iri, NIF.endIndex, Literal(s.end, datatype=XSD.integer)))
        g.add((iri, NIF.anchorOf, Literal(s.of(text))))
        return iri

    for label, qid in wikidata.items():
        e = MINTER.person(label)
        g.add((e, RDF.type, SCHEMA.Person))
        g.add((e, RDFS.label, Literal(label)))
        g.add((e, SCHEMA.name, Literal(label)))
        g.add((e, OWL.sameAs, WD[qid]))
        g.add((article, SCHEMA.mentions, e))
    for s, label in mentions:
        m = span(s, NIF.Phrase)
        g.add((m, ITSRDF.taIdentRef, MINTER.person(label)))
        g.add((m, ITSRDF.taClassRef, SCHEMA.Person))
    for n, s in enumerate(sentences, start=1):
        sentence = span(s, NIF.Sentence)
        if n % SENTENCES_PER_PARAGRAPH == 1:  # one claim per paragraph
            claim = MINTER.part(key, "claim", n)
            g.add((claim, RDF.type, SCHEMA.Claim))
            g.add((claim, SCHEMA.text, Literal(s.of(text), lang="en")))
            g.add((claim, SCHEMA.author, MINTER.person("Jane Roe")))
            g.add((claim, SCHEMA.appearance, article))
            g.add((claim, PROV.wasDerivedFrom, sentence))


def measure(graph: Graph, repeat: int) -> tuple[float, bool]:
    times, conforms = [], True
    for _ in range(repeat):
        start = time.perf_counter()
        report = validate(graph)
        times.append(time.perf_counter() - start)
        conforms = report.conforms
    return statistics.median(times), conforms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--paragraphs", type=int, nargs="+", default=[10, 25, 50, 100, 200])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    validate(Graph())  # parse the shapes once, outside the timings
    print(f"machine: {platform.machine()}, {platform.processor() or '?'}, Python {platform.python_version()}")
    print("| graph | triples | spans | validation (median s) | conforms |")
    print("|---|---:|---:|---:|---|")
    bundled = next(CORPUS_DIR.glob("*.txt"))
    rdf = process(bundled, Minter.from_config())[1]
    g = rdf.combined()
    seconds, ok = measure(g, args.repeat)
    spans = len(set(g.subjects(NIF.referenceContext, None)))
    print(f"| bundled article (as mapped) | {len(g)} | {spans} | {seconds:.2f} | {ok} |")
    for n in args.paragraphs:
        doc, mentions, sentences = synthetic(n)
        g = document_to_rdf(doc, MINTER).combined()
        annotate_graph(g, doc, mentions, sentences)
        seconds, ok = measure(g, args.repeat)
        spans = len(set(g.subjects(NIF.referenceContext, None)))
        print(f"| synthetic, {n} paragraphs | {len(g)} | {spans} | {seconds:.2f} | {ok} |", flush=True)


if __name__ == "__main__":
    main()
