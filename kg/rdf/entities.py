"""Entities and mentions → RDF (NIF + ITS 2.0 + schema.org), a pure function of the Document.

Article graph: each mention a nif:Phrase (+ nif:OffsetBasedString) with exact offsets,
itsrdf:taIdentRef → the entity and itsrdf:taClassRef → its class; the article
schema:mentions every entity and is schema:about its main subjects
(doc.annotations.subjects, the NLP stage 'subjects'). Shared graph: each entity once, typed, with rdfs:label,
schema:name, skos:altLabel for its other surface forms and owl:sameAs → wd:Q… when known. A
name bound to its context ("the No. 7 mine", kg.nlp.entities.scopes) has the IRI of its owner's
thing or of its article's, and kg:nameScope says which (docs/vocabulary.md). A mention whose
class the learned typer chose credits it (itsrdf:taAnnotatorsRef, itsrdf:taConfidence); a mention
of a name the learned bounder joined carries that decision as a second annotation of its span, a
nif:AnnotationUnit crediting the bounder with its own confidence.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.annotations import Entity, Mention
from kg.iri import Minter
from kg.model import Document, Span
from kg.namespaces import ITSRDF, KG, NIF, SCHEMA, WD
from kg.rdf.article import ArticleRdf

# kind → (the class a mention names, further classes of the entity)
CLASSES: dict[str, tuple[URIRef, tuple[URIRef, ...]]] = {
    "person": (SCHEMA.Person, ()),
    "organization": (SCHEMA.Organization, ()),
    # a building and the body that runs it (schema:Hospital is a CivicStructure and a
    # MedicalOrganization): both parents stated, so a query for organisations or places finds it
    # without inference
    "hospital": (SCHEMA.Hospital, (SCHEMA.Organization, SCHEMA.Place)),
    "periodical": (SCHEMA.Periodical, (SCHEMA.CreativeWork,)),
    "country": (SCHEMA.Country, (SCHEMA.Place,)),
    "city": (SCHEMA.City, (SCHEMA.Place,)),
    "place": (SCHEMA.Place, ()),
    "event": (SCHEMA.Event, ()),
    "work": (SCHEMA.CreativeWork, ()),
    "book": (SCHEMA.Book, (SCHEMA.CreativeWork,)),
    "thing": (SCHEMA.Thing, ()),
}


def entity_iri(minter: Minter, entity: Entity, article: str) -> URIRef:
    """The entity's IRI, from its registry key: the same in every article. A person's equals
    Minter.person(name) for the same name; a periodical's equals Minter.periodical(name). A name
    bound to its context (kg.nlp.entities.scopes) is its owner's (Minter.owned_entity) or, with
    no owner named, the article's (Minter.local_entity; `article` is the article's key)."""
    kind, name = entity.key.split("/", 1)
    if entity.bound is not None:
        name = entity.bound_name or name
        if entity.owner is not None:
            return minter.owned_entity(entity.owner, kind, name)
        return minter.local_entity(article, kind, name)
    if kind == "periodical":
        return minter.periodical(name)
    return minter.entity(kind, name)


def entities_at(doc: Document, minter: Minter, span: Span, kinds: tuple[str, ...],
                text: str | None = None, whole: bool = False) -> Iterator[URIRef]:
    """The IRIs of the entities of `kinds` the annotation stage found inside `span`, in the
    order of their mentions: those whose mention reads `text` where it is given, those whose
    mention is the whole span with `whole`."""
    ann = doc.annotations
    for m in ann.mentions:
        if span.contains(m.span) and (text is None or m.span.of(doc.text) == text) \
                and (not whole or m.span == span):
            entity = ann.entities[m.entity]
            if entity.kind in kinds:
                yield entity_iri(minter, entity, doc.key)


def entity_label(entity: Entity) -> str:
    """The one label of the entity's IRI. A body of a state owned by a country is named by the
    body's name its IRI is minted from ("Navy" for entity/country/united-states/organization/
    navy), the same in every article whatever each prints ("U.S. Navy", "the Navy": those are
    altLabels); its `kg:nameScope` says whose. Labelled as printed, one page's "U.S. Navy" and
    "Navy" gave the node two labels and the page was refused by the shapes (a 2001 page of set
    BU), and two pages' forms would have met in the store. Any other entity: its label."""
    if entity.bound is not None and entity.owner is not None and entity.bound_name:
        return entity.bound_name
    return entity.label


def entity_class(entity: Entity) -> URIRef:
    return CLASSES.get(entity.kind, CLASSES["thing"])[0]


def describe_entity(minter: Minter, doc: Document, entity: Entity, out: ArticleRdf) -> URIRef:
    """The entity's description, in the shared graph; a name bound to its article is described
    in the article's graph, with kg:nameScope → the article (→ the owner for an owned one), and
    never owl:sameAs a Wikidata item: its name is no identity outside that scope."""
    iri = entity_iri(minter, entity, doc.key)
    local = entity.bound is not None and entity.owner is None
    g = out.article if local else out.shared
    cls, more = CLASSES.get(entity.kind, CLASSES["thing"])
    for t in (cls, *more):
        g.add((iri, RDF.type, t))
    label = g.value(iri, RDFS.label)  # another entity of the page may share the IRI
    if label is None:
        label = Literal(entity_label(entity))
        g.add((iri, RDFS.label, label))
        g.add((iri, SCHEMA.name, label))
    for alias in (entity.label, *entity.aliases):
        if alias != str(label):
            g.add((iri, SKOS.altLabel, Literal(alias)))
    if entity.bound is not None:
        g.add((iri, KG.nameScope, _scope(minter, doc, entity)))
    elif entity.wikidata:
        g.add((iri, OWL.sameAs, WD[entity.wikidata]))
    return iri


def _scope(minter: Minter, doc: Document, entity: Entity) -> URIRef:
    """Where a bound name holds: its owner (a country the article need not mention: a body's
    country may come from the dateline, kg.nlp.entities.bodies) or its article."""
    if entity.owner is None:
        return minter.article(doc.key)
    owner = doc.annotations.entities.get(entity.owner)
    return entity_iri(minter, owner, doc.key) if owner else minter.entity(*entity.owner.split("/", 1))


# The learned typer (kg.nlp.entities.typer), credited on each mention whose class it chose
TYPER = "learned-typer"
TYPER_LABEL = "kg learned typer"
TYPER_COMMENT = ("A statistical model (multinomial logistic regression) trained on hand-typed names of "
                 "held-out articles; it gives the class of a name the rules left schema:Thing, or "
                 "overrules theirs where it is far surer. Its confidence is itsrdf:taConfidence.")
# The learned bounder (kg.nlp.entities.bounder), credited on each mention of a name it joined
BOUNDER = "learned-bounder"
BOUNDER_LABEL = "kg learned bounder"
BOUNDER_COMMENT = ("A statistical model (logistic regression) trained on the hand-marked names of "
                   "held-out articles; where the rules cut a name at a connector or a capitalised "
                   "word, it decides whether the words on both sides are one name, and joins them "
                   "where it is sure (and, where switched on, cuts a name at a split it is sure "
                   "parts two). Its decision on a mention is a nif:AnnotationUnit of the mention's "
                   "span (nif:annotationUnit) crediting it, with its confidence in the bounds it "
                   "set (a join: that the words are one name; a cut: that the sides are two) as "
                   "itsrdf:taConfidence.")


def describe_tool(minter: Minter, out: ArticleRdf, name: str, label: str, comment: str) -> URIRef:
    """A program of the pipeline as a prov:SoftwareAgent in the shared graph (so its IRI
    dereferences and a query can read what it is)."""
    iri = minter.tool(name)
    out.shared.add((iri, RDF.type, PROV.SoftwareAgent))
    out.shared.add((iri, RDFS.label, Literal(label)))
    out.shared.add((iri, RDFS.comment, Literal(comment, lang="en")))
    return iri


def describe_typer(minter: Minter, out: ArticleRdf) -> URIRef:
    """The learned typer as a prov:SoftwareAgent in the shared graph (so its IRI dereferences)."""
    return describe_tool(minter, out, TYPER, TYPER_LABEL, TYPER_COMMENT)


def describe_bounder(minter: Minter, out: ArticleRdf) -> URIRef:
    """The learned bounder as a prov:SoftwareAgent in the shared graph (so its IRI dereferences)."""
    return describe_tool(minter, out, BOUNDER, BOUNDER_LABEL, BOUNDER_COMMENT)


def credit_bounder(minter: Minter, doc: Document, m: Mention, span: URIRef, bounder: URIRef,
                   confidence: float, out: ArticleRdf) -> None:
    """The bounder's decision on the mention's bounds (its words one name, or a cut's side), as a
    second annotation of its span (NIF 2.1's nif:AnnotationUnit, the node NIF gives a string for
    an annotation with its own annotator and confidence), so that the typer's
    itsrdf:taAnnotatorsRef/taConfidence on the span itself stay as they are and the two models'
    confidences are never confused. The unit names no entity (no itsrdf:taIdentRef): it annotates
    the span's bounds, and every query for mentions (`?m itsrdf:taIdentRef ?e`) still counts each
    mention once."""
    g = out.article
    unit = minter.name_decision(doc.key, m.span.begin, m.span.end)
    g.add((span, NIF.annotationUnit, unit))
    g.add((unit, RDF.type, NIF.AnnotationUnit))
    g.add((unit, ITSRDF.taAnnotatorsRef, bounder))
    g.add((unit, ITSRDF.taConfidence, Literal(confidence, datatype=XSD.double)))
    g.add((unit, PROV.wasAttributedTo, bounder))


def joined_names(doc: Document) -> dict[str, float]:
    """The learned bounder's probability for each entity of the page whose name it joined, by
    the entity's key (doc.annotations.bounded: the stages that re-key an entity after the
    bounder, the typer giving it its class and the bodies stage copying it to an owner, carry
    the record along)."""
    ann = doc.annotations
    return {key: p for key, p in ann.bounded.items() if key in ann.entities}


def map_entities(doc: Document, minter: Minter, out: ArticleRdf) -> None:
    """Mentions into the article graph, entity descriptions into the shared graph. A mention of
    an entity whose class the learned typer chose (doc.annotations.typed) credits it, the ITS 2.0
    way (itsrdf:taAnnotatorsRef → the typer, itsrdf:taConfidence → its probability), so a query
    can tell a model's class from the rules' and the registry's, which carry neither. A mention
    of a name the learned bounder joined (joined_names) carries its decision as a
    nif:AnnotationUnit (credit_bounder). The bounder records its joins by name, not by place: a
    mention of the same name elsewhere in the article carries the decision too."""
    ann = doc.annotations
    article = minter.article(doc.key)
    iris = {key: describe_entity(minter, doc, e, out) for key, e in ann.entities.items()}
    typer = describe_typer(minter, out) if any(k in ann.entities for k in ann.typed) else None
    joined = joined_names(doc)
    bounder = describe_bounder(minter, out) if any(m.entity in joined for m in ann.mentions) else None
    g = out.article
    for m in ann.mentions:
        entity = ann.entities[m.entity]
        span = out.span(doc, m.span, NIF.Phrase)
        g.add((span, ITSRDF.taIdentRef, iris[m.entity]))
        g.add((span, ITSRDF.taClassRef, entity_class(entity)))
        confidence = ann.typed.get(m.entity)
        if typer is not None and confidence is not None:
            g.add((span, ITSRDF.taAnnotatorsRef, typer))
            g.add((span, ITSRDF.taConfidence, Literal(confidence, datatype=XSD.double)))
        if bounder is not None and m.entity in joined:
            credit_bounder(minter, doc, m, span, bounder, joined[m.entity], out)
    for key in {m.entity for m in ann.mentions}:
        g.add((article, SCHEMA.mentions, iris[key]))
    for key in ann.subjects:
        g.add((article, SCHEMA.about, iris[key]))
