"""Synthetic archive generator: articles shaped like the published ones, at a chosen size.

Each article gets its own named graph with what kg/rdf maps for a real article: the
schema:NewsArticle, its nif:Context holding the full text, sections, paragraphs and sentences
as NIF spans, entity mentions (nif:Phrase with itsrdf:taIdentRef/taClassRef), schema:Claim
nodes derived from sentences, footnotes with their markers. Issues, volumes and entities are
described once, in the shared graph. Entities are shared across articles with a Zipf-like
popularity; the most popular are the seed entities of kg/data/seed-entities.tsv (with their
Wikidata IDs, the only ones used), the rest get generated names and no owl:sameAs.
Offsets are exact: every span's nif:anchorOf is the text between its offsets.

    python bench/generate.py --triples 1000000 --out bench/out/archive-1m.nq
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.config import DATA_DIR
from kg.iri import Minter
from kg.namespaces import DOCO, ITSRDF, KG, NIF, OWL, PO, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD
from kg.rdf.entities import CLASSES

PERIODICAL = "The Militant"
KINDS = ("person", "organization", "city", "country", "event")
KIND_WEIGHTS = (45, 25, 12, 10, 8)
SYLLABLES = ("ka ro mi te lu sa na vo de ri pa zo len tor mar bel wes han dru fin gal "
             "cor ash bra nel ost vin quo yel ter sun").split()
WORDS = ("the workers party struggle union capital class war government strike farmers "
         "political movement labor wages rights power state national international revolution "
         "capitalist imperialism social democracy socialist communist rulers bosses meeting "
         "march forum campaign resistance crisis production economy police prison freedom "
         "independence oppression unity solidarity program leadership road history").split()


def n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def integer(i: int) -> ox.Literal:
    return ox.Literal(str(i), datatype=n(XSD.integer))


def en(text: str) -> ox.Literal:
    return ox.Literal(text, language="en")


@dataclass(frozen=True)
class Entity:
    iri: ox.NamedNode
    label: str
    kind: str
    wikidata: str
    aliases: tuple[str, ...]


def seed_entities() -> list[tuple[str, str, str]]:
    with open(DATA_DIR / "seed-entities.tsv", newline="") as fh:
        return [(r["label"], r["type"], r["wikidata"]) for r in csv.DictReader(fh, delimiter="\t")]


def make_entities(rng: random.Random, minter: Minter, count: int) -> list[Entity]:
    out: list[Entity] = []
    for label, kind, qid in seed_entities():
        kind = kind if kind in KINDS else "organization"
        out.append(Entity(n(minter.entity(kind, label)), label, kind, qid, ()))
    seen = {e.label for e in out}
    while len(out) < count:
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        words = 2 if kind == "person" else rng.choice((1, 2, 3))
        label = " ".join("".join(rng.choices(SYLLABLES, k=rng.choice((2, 3)))).capitalize()
                         for _ in range(words))
        if label in seen:
            continue
        seen.add(label)
        aliases = (label.split()[-1],) if kind == "person" and rng.random() < 0.5 else ()
        out.append(Entity(n(minter.entity(kind, label)), label, kind, "", aliases))
    return out


class Archive:
    def __init__(self, target: int, seed: int, minter: Minter) -> None:
        self.target = target
        self.rng = random.Random(seed)
        self.minter = minter
        # About one new entity per 60 triples, at least the seed list and 500 more.
        self.entities = make_entities(self.rng, minter, max(600, target // 60))
        self.weights = list(itertools.accumulate(1.0 / (r + 1) ** 1.1 for r in range(len(self.entities))))
        self.count = 0
        self.shared = n(minter.shared_graph("shared"))
        self.described: set[str] = set()

    def pick(self) -> Entity:
        return self.rng.choices(self.entities, cum_weights=self.weights)[0]

    def quads(self) -> Iterator[ox.Quad]:
        periodical = n(self.minter.periodical(PERIODICAL))
        yield from self._q(self.shared, [(periodical, RDF.type, SCHEMA.Periodical),
                                         (periodical, SCHEMA.name, ox.Literal(PERIODICAL)),
                                         (periodical, RDFS.label, ox.Literal(PERIODICAL))])
        day = dt.date(1999, 1, 4)
        while self.count < self.target:
            volume, number = day.year - 1936, day.isocalendar()[1]
            issue = yield from self._issue(periodical, volume, number, day)
            for k in range(self.rng.randint(4, 8)):
                yield from self._article(issue, volume, number, day, k)
                if self.count >= self.target:
                    return
            day += dt.timedelta(days=7)

    def _q(self, graph: ox.NamedNode, triples) -> Iterator[ox.Quad]:
        for s, p, o in triples:
            self.count += 1
            yield ox.Quad(s, n(p) if not isinstance(p, ox.NamedNode) else p,
                          o if isinstance(o, ox.NamedNode | ox.Literal) else n(o), graph)

    def _issue(self, periodical, volume: int, number: int, day: dt.date):
        vol = n(self.minter.volume(PERIODICAL, volume))
        issue = n(self.minter.issue(PERIODICAL, volume, number))
        triples = []
        if str(vol) not in self.described:
            self.described.add(str(vol))
            triples += [(vol, RDF.type, SCHEMA.PublicationVolume),
                        (vol, SCHEMA.volumeNumber, integer(volume)), (vol, SCHEMA.isPartOf, periodical)]
        triples += [(issue, RDF.type, SCHEMA.PublicationIssue), (issue, SCHEMA.issueNumber, integer(number)),
                    (issue, SCHEMA.datePublished, ox.Literal(day.isoformat(), datatype=n(XSD.date))),
                    (issue, SCHEMA.isPartOf, vol)]
        yield from self._q(self.shared, triples)
        return issue

    def _describe(self, e: Entity) -> list:
        if e.label in self.described:
            return []
        self.described.add(e.label)
        cls, more = CLASSES[e.kind]
        out = [(e.iri, RDF.type, t) for t in (cls, *more)]
        out += [(e.iri, RDFS.label, ox.Literal(e.label)), (e.iri, SCHEMA.name, ox.Literal(e.label))]
        out += [(e.iri, SKOS.altLabel, ox.Literal(a)) for a in e.aliases]
        if e.wikidata:
            out.append((e.iri, OWL.sameAs, WD[e.wikidata]))
        return out

    def _sentence(self, mentioned: list[tuple[int, int, Entity]], offset: int) -> str:
        words = self.rng.choices(WORDS, k=self.rng.randint(8, 24))
        parts: list[str] = []
        pos = offset
        for i, w in enumerate(words):
            if i and self.rng.random() < 0.08:
                e = self.pick()
                mentioned.append((pos, pos + len(e.label), e))
                parts.append(e.label)
                pos += len(e.label) + 1
            parts.append(w)
            pos += len(w) + 1
        return " ".join(parts).capitalize() + "."

    def _article(self, issue, volume: int, number: int, day: dt.date, k: int) -> Iterator[ox.Quad]:
        rng, minter = self.rng, self.minter
        headline = " ".join(rng.choices(WORDS, k=rng.randint(4, 9))).capitalize() + f" ({k})"
        key = Minter.article_key(volume, number, headline)
        graph, article, context = n(minter.graph(key)), n(minter.article(key)), n(minter.context(key))
        text, mentions, sentences, paragraphs, sections = headline + "\n\n", [], [], [], []
        for s in range(rng.randint(1, 4)):
            first = len(paragraphs)
            for _ in range(rng.randint(2, 6)):
                begin = len(text)
                for _ in range(rng.randint(1, 5)):
                    sent = self._sentence(mentions, len(text))
                    sentences.append((len(text), len(text) + len(sent)))
                    text += sent + " "
                text = text[:-1]
                paragraphs.append((begin, len(text)))
                text += "\n\n"
            sections.append((s + 1, first, len(paragraphs)))
        notes = []
        for i in range(rng.choice((0, 0, 1, 2, 3, 5))):
            body = " ".join(rng.choices(WORDS, k=rng.randint(10, 30))).capitalize() + "."
            label = f"{i + 1}. "
            notes.append((i + 1, len(text), len(text) + len(label), len(text) + len(label) + len(body)))
            text += label + body + "\n"

        def span(b: int, e: int, *types) -> tuple[ox.NamedNode, list]:
            iri = n(minter.span(key, b, e))
            t = [(iri, RDF.type, NIF.OffsetBasedString), *((iri, RDF.type, x) for x in types),
                 (iri, NIF.referenceContext, context), (iri, NIF.beginIndex, integer(b)),
                 (iri, NIF.endIndex, integer(e)), (iri, NIF.anchorOf, ox.Literal(text[b:e]))]
            return iri, t

        author = self.pick_kind("person")
        distinct = {e.label: e for _, _, e in mentions}
        t = [(article, RDF.type, SCHEMA.NewsArticle), (article, SCHEMA.headline, en(headline)),
             (article, RDFS.label, en(headline)), (article, SCHEMA.isPartOf, issue),
             (article, SCHEMA.datePublished, ox.Literal(day.isoformat(), datatype=n(XSD.date))),
             (article, SCHEMA.inLanguage, ox.Literal("en")), (article, SCHEMA.author, author.iri),
             (context, RDF.type, NIF.Context), (context, RDF.type, NIF.OffsetBasedString),
             (context, NIF.isString, ox.Literal(text)), (context, NIF.beginIndex, integer(0)),
             (context, NIF.endIndex, integer(len(text))), (context, PROV.hadPrimarySource, article)]
        t += [(article, SCHEMA.mentions, e.iri) for e in distinct.values()]
        t += [(article, SCHEMA.about, e.iri) for e in list(distinct.values())[:2]]
        para_iris = []
        for i, (b, e) in enumerate(paragraphs, start=1):
            iri, more = span(b, e, NIF.Paragraph, DOCO.Paragraph)
            para_iris.append(iri)
            t += more + [(iri, SCHEMA.position, integer(i))]
        for pos, first, last in sections:
            sec = n(minter.part(key, "section", pos))
            t += [(sec, RDF.type, DOCO.Section), (sec, SCHEMA.position, integer(pos)),
                  (sec, SCHEMA.name, en(f"Section {pos}")), (article, PO.contains, sec)]
            t += [(sec, PO.contains, p) for p in para_iris[first:last]]
        previous = None
        sentence_iris = []
        for b, e in sentences:
            iri, more = span(b, e, NIF.Sentence)
            sentence_iris.append(iri)
            t += more
            if previous is not None:
                t.append((previous, NIF.nextSentence, iri))
            previous = iri
        for b, e, ent in mentions:
            iri, more = span(b, e, NIF.Phrase)
            t += more + [(iri, ITSRDF.taIdentRef, ent.iri), (iri, ITSRDF.taClassRef, CLASSES[ent.kind][0])]
        for (b, e), iri in zip(sentences, sentence_iris, strict=True):
            if rng.random() < 0.2:
                claim = n(minter.claim(key, "writer", b, e))
                t += [(claim, RDF.type, SCHEMA.Claim), (claim, SCHEMA.text, en(text[b:e])),
                      (claim, SCHEMA.appearance, article), (claim, SCHEMA.author, author.iri),
                      (claim, PROV.wasDerivedFrom, iri)]
                t += [(claim, SCHEMA.mentions, ent.iri) for mb, _, ent in mentions if b <= mb < e]
        if notes:
            sec = n(minter.part(key, "notes"))
            t += [(sec, RDF.type, DOCO.Section), (sec, SCHEMA.name, en("Notes")), (article, PO.contains, sec)]
            for num, _begin, text_begin, end in notes:
                note = n(minter.part(key, "note", num))
                t += [(note, RDF.type, DOCO.Footnote), (note, SCHEMA.position, integer(num)),
                      (note, SCHEMA.text, en(text[text_begin:end])), (sec, PO.contains, note)]
                pb, pe = paragraphs[rng.randrange(len(paragraphs))]
                marker, more = span(pe - 1, pe, KG.FootnoteMarker)  # stands in for the marker digits
                t += more + [(marker, KG.footnote, note)]
        yield from self._q(graph, t)
        shared = self._describe(author)
        for e in distinct.values():
            shared += self._describe(e)
        yield from self._q(self.shared, shared)

    def pick_kind(self, kind: str) -> Entity:
        while True:
            e = self.pick()
            if e.kind == kind:
                return e


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--triples", type=int, required=True, help="about how many triples to write")
    ap.add_argument("--out", type=Path, required=True, help="N-Quads file to write (bench/out/...)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--base", default=None, help="base IRI (default: KG_BASE or the project's)")
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    archive = Archive(args.triples, args.seed, Minter.from_config(args.base))
    tmp = args.out.with_suffix(".part")
    with open(tmp, "wb") as fh:
        ox.serialize(archive.quads(), fh, ox.RdfFormat.N_QUADS)
    tmp.replace(args.out)
    print(f"{args.out}: {archive.count} quads, {len(archive.entities)} entities", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
