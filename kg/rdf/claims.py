"""Sentences, claims, reviews, quotations, cited works, stances and dated facts → RDF.

A pure function of the Document's annotations (the stages of kg.nlp.stages fill them). Article
graph: sentences (nif:Sentence), claims (schema:Claim), reviews (schema:ClaimReview),
quotations (kg:Quotation spans), citations (cito:Citation), stances (kg:Stance), dated
statements (kg:DatedStatement), and the article-local works and agents the text describes
without naming. Shared graph: titled works and the periodical issues they are part of.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kg.annotations import Agent, Claim
from kg.iri import Minter
from kg.model import Document, Span
from kg.namespaces import CITO, KG, NIF, SCHEMA, WDT
from kg.nlp import cuedata
from kg.rdf.article import ArticleRdf

KINDS = {"factual": KG.FactualClaim, "programmatic": KG.ProgrammaticClaim,
         "predictive": KG.PredictiveClaim, "interpretive": KG.InterpretiveClaim}
POLARITY = {"for": KG.SupportStance, "against": KG.OppositionStance}


def _date(value: str) -> Literal:
    """ISO year, year-month or date -> the matching XSD type."""
    dtype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=dtype)


class _Mapper:
    def __init__(self, doc: Document, minter: Minter, out: ArticleRdf) -> None:
        self.doc, self.minter, self.out = doc, minter, out
        self.g = out.article
        self.key = doc.key
        self.article = minter.article(doc.key)
        self.works = {w.key: w for w in doc.annotations.works}
        self.work_iris: dict[str, URIRef] = {}

    # -- agents and works ----------------------------------------------------------
    def agent(self, a: Agent) -> URIRef:
        if a.kind == "entity":
            ent = self.doc.annotations.entities.get(a.key)
            if ent is not None:
                from kg.rdf.entities import entity_iri

                return entity_iri(self.minter, ent, self.key)
            kind, _, name = a.key.partition("/")
            return self.minter.entity(kind, name)
        if a.kind == "publisher":
            from kg.rdf.structure import publisher_iri

            return publisher_iri(self.minter, a.key, self.out)
        if a.kind == "person":
            iri = self.minter.person(a.key)
            self.out.shared.add((iri, RDF.type, SCHEMA.Person))
            self.out.shared.add((iri, RDFS.label, Literal(a.key)))
            self.out.shared.add((iri, SCHEMA.name, Literal(a.key)))
            return iri
        iri = self.minter.local_agent(self.key, a.key)
        self.g.add((iri, RDF.type, PROV.Agent))
        self.g.add((iri, RDF.type, KG.UnidentifiedAgent))
        if self.g.value(iri, RDFS.label) is None:
            # one label: "Teachers" opening a sentence and "teachers" inside one are one IRI
            # (its slug), and the first printed form labels it (two labels made the shapes
            # refuse the page; set CE, found by validating every set's article, 2026-12-06)
            self.g.add((iri, RDFS.label, Literal(a.key, lang="en")))
        return iri

    def work(self, key: str) -> URIRef:
        if key in self.work_iris:
            return self.work_iris[key]
        w = self.works[key]
        kinds = cuedata.load("works")["kinds"]
        spec = kinds.get(w.kind, kinds["resolution"])
        if w.kind == "issue":
            iri = self.minter.numbered_issue(w.periodical, w.issue)
            g = self.out.shared
            periodical = self.minter.periodical(w.periodical)
            self.cited_issue(iri, w.periodical, w.issue, periodical)
            g.add((periodical, RDF.type, SCHEMA.Periodical))
            g.add((periodical, SCHEMA.name, Literal(w.periodical)))
            g.add((periodical, RDFS.label, Literal(w.periodical)))
        else:
            iri = self.minter.work(w.key) if w.titled else self.minter.local_work(self.key, w.title)
            g = self.out.shared if w.titled else self.g
            for cls in {SCHEMA.CreativeWork, SCHEMA[spec["class"]]}:
                g.add((iri, RDF.type, cls))
            g.add((iri, SCHEMA.name, Literal(w.title) if w.titled else Literal(w.title, lang="en")))
            g.add((iri, RDFS.label, Literal(w.title) if w.titled else Literal(w.title, lang="en")))
            g.add((iri, SCHEMA.genre, Literal(spec["genre"], lang="en")))
            for a in w.authors:
                g.add((iri, SCHEMA.author, self.agent(a)))
            if w.date or w.year:
                g.add((iri, SCHEMA.datePublished, _date(w.date or str(w.year))))
            if w.periodical and w.issue:
                issue = self.minter.numbered_issue(w.periodical, w.issue)
                g.add((iri, SCHEMA.isPartOf, issue))
                self.cited_issue(issue, w.periodical, w.issue, self.minter.periodical(w.periodical))
            if w.page_start is not None:
                g.add((iri, SCHEMA.pageStart, Literal(w.page_start, datatype=XSD.integer)))
                g.add((iri, SCHEMA.pageEnd, Literal(w.page_end or w.page_start, datatype=XSD.integer)))
        if w.titled:
            self.g.add((self.article, CITO.cites, iri))
            self.g.add((self.article, SCHEMA.citation, iri))
        self.work_iris[key] = iri
        return iri

    def cited_issue(self, iri: URIRef, name: str, number: str, periodical: URIRef) -> None:
        """An issue of another periodical, cited: kg:CitedIssue (a schema:PublicationIssue known
        only by its number; the publication shapes demand a date and volume of the paper's own
        issues), schema:additionalType schema:PublicationIssue for schema.org clients."""
        g = self.out.shared
        g.add((iri, RDF.type, KG.CitedIssue))
        g.add((iri, RDF.type, SCHEMA.CreativeWork))
        g.add((iri, SCHEMA.additionalType, SCHEMA.PublicationIssue))
        g.add((iri, SCHEMA.issueNumber, Literal(number)))
        g.add((iri, SCHEMA.isPartOf, periodical))
        g.add((iri, RDFS.label, Literal(f"{name} no. {number}")))
        g.add((iri, SCHEMA.name, Literal(f"{name} no. {number}")))

    def span(self, span: Span, *types: URIRef) -> URIRef:
        return self.out.span(self.doc, span, *types)

    # -- the parts ---------------------------------------------------------------------
    def sentences(self) -> dict[Span, URIRef]:
        iris: dict[Span, URIRef] = {}
        previous = None
        for s in self.doc.annotations.sentences:
            iri = self.span(s.span, NIF.Sentence)
            iris[s.span] = iri
            if previous is not None:
                self.g.add((previous, NIF.nextSentence, iri))
            previous = iri
        return iris

    def claims(self, sentence_iris: dict[Span, URIRef], quote_iris: dict[Span, URIRef]) -> None:
        text = self.doc.text
        for c in self.doc.annotations.claims:
            iri = self.minter.claim(self.key, c.voice, c.span.begin, c.span.end)
            g = self.g
            g.add((iri, RDF.type, SCHEMA.Claim))
            g.add((iri, RDF.type, KINDS[c.kind]))
            g.add((iri, SCHEMA.text, Literal(" ".join((c.text or c.span.of(text)).split()), lang="en")))
            g.add((iri, SCHEMA.appearance, self.article))
            for a in c.authors:
                g.add((iri, SCHEMA.author, self.agent(a)))
            for key in c.mentions:
                g.add((iri, SCHEMA.mentions, self.agent(Agent("entity", key))))
            sentence = sentence_iris.get(c.sentence) or self.span(c.sentence, NIF.Sentence)
            g.add((iri, PROV.wasDerivedFrom, sentence))
            if c.voice != "writer" and c.span != c.sentence:
                g.add((iri, PROV.wasDerivedFrom, self.span(c.span)))
            for q in self.doc.annotations.quotations:
                if c.voice == "quoted" and q.content.begin <= c.span.begin < q.content.end:
                    g.add((iri, PROV.wasDerivedFrom, quote_iris[q.content]))
            if c.work:
                g.add((iri, SCHEMA.isBasedOn, self.work(c.work)))
            if c.review:
                self.review(c, iri)

    def review(self, c: Claim, claim: URIRef) -> None:
        r = c.review
        iri = self.minter.review(self.key, c.voice, c.span.begin, c.span.end)
        rating = self.minter.review(self.key, c.voice, c.span.begin, c.span.end, "rating")
        g = self.g
        g.add((iri, RDF.type, SCHEMA.ClaimReview))
        g.add((iri, SCHEMA.itemReviewed, claim))
        g.add((iri, SCHEMA.author, self.agent(r.author)))
        g.add((iri, SCHEMA.reviewRating, rating))
        g.add((iri, SCHEMA.reviewBody, Literal(r.cue.of(self.doc.text), lang="en")))
        g.add((iri, PROV.wasDerivedFrom, self.span(r.cue)))
        g.add((rating, RDF.type, SCHEMA.Rating))
        g.add((rating, SCHEMA.ratingValue, Literal(r.rating, datatype=XSD.integer)))
        g.add((rating, SCHEMA.worstRating, Literal(-1, datatype=XSD.integer)))
        g.add((rating, SCHEMA.bestRating, Literal(1, datatype=XSD.integer)))
        g.add((rating, SCHEMA.alternateName, Literal("endorsed" if r.rating > 0 else "rejected", lang="en")))

    def quotations(self) -> dict[Span, URIRef]:
        iris: dict[Span, URIRef] = {}
        for q in self.doc.annotations.quotations:
            if q.kind == "term":
                self.span(q.content, KG.QuotedTerm)
                continue
            if q.kind != "quotation":
                continue
            iri = self.span(q.content, KG.Quotation, SCHEMA.Quotation)
            iris[q.content] = iri
            speakers = [self.agent(a) for a in q.speakers]
            for s in speakers:
                self.g.add((iri, SCHEMA.creator, s))
            if q.work:
                w = self.work(q.work)
                self.g.add((iri, PROV.wasQuotedFrom, w))
                self.g.add((iri, SCHEMA.isBasedOn, w))
            else:
                for s in speakers:
                    self.g.add((iri, PROV.wasQuotedFrom, s))
            if q.speaker_span is not None:
                self.g.add((iri, KG.attributedBy, self.span(q.speaker_span)))
            if q.citation is not None:
                c = q.citation
                self.g.add((iri, SCHEMA.citation, self.citation_iri(c)))
                if c.volume:
                    self.g.add((iri, SCHEMA.volumeNumber, Literal(c.volume)))
                if c.pages:
                    self.g.add((iri, SCHEMA.pagination, Literal(c.pages)))
                    self.g.add((iri, SCHEMA.pageStart, Literal(c.page_start, datatype=XSD.integer)))
                    self.g.add((iri, SCHEMA.pageEnd, Literal(c.page_end, datatype=XSD.integer)))
        return iris

    def citation_iri(self, c) -> URIRef:
        return self.minter.citation(self.key, c.span.begin, c.span.end)

    def citations(self) -> None:
        g = self.g
        for c in self.doc.annotations.citations:
            work = self.work(c.work)
            iri = self.citation_iri(c)
            intent = CITO[c.intent]
            g.add((iri, RDF.type, CITO.Citation))
            g.add((iri, CITO.hasCitingEntity, self.article))
            g.add((iri, CITO.hasCitedEntity, work))
            g.add((iri, CITO.hasCitationCharacterization, intent))
            g.add((iri, PROV.wasDerivedFrom, self.span(c.span)))
            g.add((self.article, intent, work))
            if c.volume:
                g.add((iri, SCHEMA.volumeNumber, Literal(c.volume)))
            if c.pages:
                g.add((iri, SCHEMA.pagination, Literal(c.pages)))
                g.add((iri, SCHEMA.pageStart, Literal(c.page_start, datatype=XSD.integer)))
                g.add((iri, SCHEMA.pageEnd, Literal(c.page_end, datatype=XSD.integer)))

    def stances(self, sentence_iris: dict[Span, URIRef]) -> None:
        g = self.g
        text = self.doc.text
        for s in self.doc.annotations.stances:
            iri = self.minter.stance(self.key, s.cue.begin, s.cue.end)
            g.add((iri, RDF.type, KG.Stance))
            g.add((iri, RDF.type, POLARITY[s.polarity]))
            g.add((iri, KG.targetPhrase, self.span(s.target_span)))
            g.add((iri, PROV.wasDerivedFrom, sentence_iris.get(s.sentence) or self.span(s.sentence)))
            g.add((iri, SCHEMA.appearance, self.article))
            holder = s.holder
            if holder is not None:
                g.add((iri, KG.holder, self.agent(holder)))
            if s.target is not None:
                g.add((iri, KG.target, self.agent(Agent("entity", s.target))))
            label = f"{s.polarity}: {s.target_span.of(text)}"
            g.add((iri, RDFS.label, Literal(label, lang="en")))

    def facts(self, sentence_iris: dict[Span, URIRef]) -> None:
        g = self.g
        text = self.doc.text
        props = cuedata.load("facts")["properties"]
        for f in self.doc.annotations.facts:
            spec = props[f.property]
            value = f.value_entity or f.value_date or (f.value_span.of(text) if f.value_span else "")
            iri = self.minter.fact(self.key, f.property, f.subject_span.begin, value)
            g.add((iri, RDF.type, KG.DatedStatement))
            g.add((iri, RDF.type, RDF.Statement))
            g.add((iri, RDF.subject, self.agent(f.subject)))
            g.add((iri, RDF.predicate, WDT[spec["wikidata"]]))
            if f.value_entity:
                g.add((iri, RDF.object, self.agent(Agent("entity", f.value_entity))))
            elif f.value_date:
                g.add((iri, RDF.object, _date(f.value_date)))
            elif f.value_span is not None:
                g.add((iri, RDF.object, Literal(" ".join(f.value_span.of(text).split()), lang="en")))
                g.add((iri, KG.valuePhrase, self.span(f.value_span)))
            for attr, prop in (("start", KG.startTime), ("end", KG.endTime), ("point", KG.pointInTime)):
                v = getattr(f, attr)
                if v:
                    g.add((iri, prop, _date(v)))
            g.add((iri, PROV.wasDerivedFrom, sentence_iris.get(f.source) or self.span(f.source)))
            if f.note is not None:
                g.add((iri, PROV.wasDerivedFrom, self.minter.part(self.key, "note", f.note)))
            g.add((iri, KG.subjectPhrase, self.span(f.subject_span)))
            g.add((iri, SCHEMA.appearance, self.article))
            when = "–".join(x for x in (f.start, f.end) if x) or f.point or ""
            label = f"{f.subject_span.of(text)}: {spec['label']} {value}" + (f" ({when})" if when else "")
            g.add((iri, RDFS.label, Literal(" ".join(label.split()), lang="en")))


def map_claims(doc: Document, minter: Minter, out: ArticleRdf) -> None:
    """Add issue 5's annotations of doc to out (article graph; titled works to the shared graph)."""
    m = _Mapper(doc, minter, out)
    sentence_iris = m.sentences()
    m.citations()
    quote_iris = m.quotations()
    m.claims(sentence_iris, quote_iris)
    m.stances(sentence_iris)
    m.facts(sentence_iris)


__all__ = ["map_claims", "OWL"]
