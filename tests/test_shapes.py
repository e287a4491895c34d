"""The shapes are not vacuous: clean graphs conform, and each corruption fails naming its shape.

Every mutation is applied to a copy of a valid graph, (1) the hand-written graph of
tests/shapes_fixture.py and (2) the real graph of the bundled article as the pipeline maps it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, VOID, XSD
from shapes_fixture import MINTER, Targets, add_claim, add_mentions, hand_graph, integer

from kg.config import CORPUS_DIR, PROJECT_ROOT
from kg.iri import Minter
from kg.namespaces import ITSRDF, KG, NIF, PO, SCHEMA
from kg.pipeline import process
from kg.validate import Report, validate

ARTICLES = sorted(CORPUS_DIR.glob("*.txt")) + sorted((PROJECT_ROOT / "tests" / "articles").glob("*.txt"))
BUNDLED = CORPUS_DIR / "militant-2006-09-04-v70n33-barnes-letter.txt"


def copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def real_graph(path: Path, minter: Minter) -> Graph:
    doc, rdf = process(path, minter)
    g = rdf.combined()
    # Mutations need a linked entity, a mention and a claim: add them if the stages published none.
    if next(g.subjects(ITSRDF.taIdentRef, None), None) is None \
            or next(g.subjects(OWL.sameAs, None), None) is None:
        add_mentions(g, minter, doc.key, doc.text)
    if next(g.subjects(RDF.type, SCHEMA.Claim), None) is None:
        add_claim(g, minter, doc.key, doc.text)
    return g


@pytest.fixture(scope="module")
def hand() -> Graph:
    return hand_graph()


@pytest.fixture(scope="module")
def bundled() -> Graph:
    return real_graph(BUNDLED, MINTER)


def assert_fails_with(report: Report, shape: str) -> None:
    assert not report.conforms, "the corrupted graph passed validation"
    names = {n for r in report.violations for n in r.names()}
    assert shape in names, f"expected a violation of {shape}, got:\n{report.text()}"


# -- the clean graphs --------------------------------------------------------------------

def test_hand_graph_conforms(hand):
    report = validate(hand)
    assert report.conforms and not report.results, report.text()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_test_article_conforms(path):
    doc, rdf = process(path, Minter.from_config())
    report = validate(rdf.combined(), label=str(path))
    assert report.conforms, report.text()


def test_bundled_article_with_annotations_conforms(bundled):
    report = validate(bundled)
    assert report.conforms, report.text()


# -- the mutations ---------------------------------------------------------------------------

def _set(g: Graph, s, p, o) -> None:
    g.set((s, p, o))


def remove_footnote_number(t: Targets) -> None:
    t.graph.remove((t.footnote(1), SCHEMA.position, None))


def duplicate_footnote_number(t: Targets) -> None:
    _set(t.graph, t.footnote(2), SCHEMA.position, integer(1))


def gap_in_footnote_numbers(t: Targets) -> None:
    last = max(int(p) for f in t.graph.subjects(RDF.type, URIRef("http://purl.org/spar/doco/Footnote"))
               for p in t.graph.objects(f, SCHEMA.position))
    _set(t.graph, t.footnote(last), SCHEMA.position, integer(last + 1))


def shift_span_by_one(t: Targets) -> None:
    p = t.paragraph()
    for prop in (NIF.beginIndex, NIF.endIndex):
        _set(t.graph, p, prop, integer(int(t.graph.value(p, prop)) + 1))


def span_past_end(t: Targets) -> None:
    length = len(str(t.graph.value(t.context, NIF.isString)))
    _set(t.graph, t.paragraph(), NIF.endIndex, integer(length + 5))


def span_begins_after_end(t: Targets) -> None:
    p = t.paragraph()
    b, e = t.graph.value(p, NIF.beginIndex), t.graph.value(p, NIF.endIndex)
    _set(t.graph, p, NIF.beginIndex, e)
    _set(t.graph, p, NIF.endIndex, b)


def offsets_not_integer(t: Targets) -> None:
    p = t.paragraph()
    begin = int(t.graph.value(p, NIF.beginIndex))
    _set(t.graph, p, NIF.beginIndex, integer(begin, "nonNegativeInteger"))


def wikidata_page_url(t: Targets) -> None:
    e = t.linked_entity()
    qid = str(t.graph.value(e, OWL.sameAs)).rsplit("/", 1)[-1]
    _set(t.graph, e, OWL.sameAs, URIRef(f"https://www.wikidata.org/wiki/{qid}"))


def two_entities_one_item(t: Targets) -> None:
    e = t.linked_entity()
    twin = URIRef(str(e) + "-twin")
    t.graph.add((twin, RDF.type, SCHEMA.Person))
    t.graph.add((twin, RDFS.label, Literal("Twin")))
    t.graph.add((twin, SCHEMA.name, Literal("Twin")))
    t.graph.add((twin, OWL.sameAs, t.graph.value(e, OWL.sameAs)))


def no_headline(t: Targets) -> None:
    t.graph.remove((t.article, SCHEMA.headline, None))


def headline_without_language(t: Targets) -> None:
    headline = t.graph.value(t.article, SCHEMA.headline)
    _set(t.graph, t.article, SCHEMA.headline, Literal(str(headline)))


def date_as_plain_string(t: Targets) -> None:
    date = t.graph.value(t.article, SCHEMA.datePublished)
    _set(t.graph, t.article, SCHEMA.datePublished, Literal(str(date)))


def issue_without_date(t: Targets) -> None:
    t.graph.remove((t.issue(), SCHEMA.datePublished, None))


def marker_to_other_article(t: Targets) -> None:
    _set(t.graph, t.marker(1), KG.footnote, t.other_article_footnote())


def marker_digits_mismatch(t: Targets) -> None:
    m1, m2 = t.marker(1), t.marker(2)
    f1, f2 = t.footnote(1), t.footnote(2)
    _set(t.graph, m1, KG.footnote, f2)
    _set(t.graph, m2, KG.footnote, f1)


def footnote_without_marker(t: Targets) -> None:
    m = t.marker(2)
    t.graph.remove((m, None, None))


def footnote_without_text(t: Targets) -> None:
    t.graph.remove((t.footnote(1), SCHEMA.text, None))


def mention_without_entity(t: Targets) -> None:
    t.graph.remove((t.mention(), ITSRDF.taIdentRef, None))


def confidence_above_one(t: Targets) -> None:
    t.graph.add((t.mention(), ITSRDF.taConfidence, Literal(1.5, datatype=XSD.double)))


def annotator_not_described(t: Targets) -> None:
    t.graph.add((t.mention(), ITSRDF.taAnnotatorsRef, MINTER.tool("nobody-described")))


def tool_says_not_what_it_does(t: Targets) -> None:
    tool = MINTER.tool("learned-typer")
    t.graph.add((t.mention(), ITSRDF.taAnnotatorsRef, tool))
    t.graph.add((tool, RDF.type, PROV.SoftwareAgent))
    t.graph.add((tool, RDFS.label, Literal("a typer")))


def article_does_not_mention_entity(t: Targets) -> None:
    t.graph.remove((t.article, SCHEMA.mentions, t.linked_entity()))


def claim_without_source_span(t: Targets) -> None:
    t.graph.remove((t.claim(), PROV.wasDerivedFrom, None))


def entity_without_label(t: Targets) -> None:
    t.graph.remove((t.linked_entity(), RDFS.label, None))


def paragraph_outside_section(t: Targets) -> None:
    section, para = t.section_paragraph()
    t.graph.remove((section, PO.contains, para))


def section_outside_article(t: Targets) -> None:
    t.graph.remove((t.article, PO.contains, t.section()))


def context_length_wrong(t: Targets) -> None:
    end = int(t.graph.value(t.context, NIF.endIndex))
    _set(t.graph, t.context, NIF.endIndex, integer(end - 1))


def span_without_context(t: Targets) -> None:
    t.graph.remove((t.paragraph(), NIF.referenceContext, None))


Mutation = tuple[Callable[[Targets], None], str]

# The twelve corruptions the issue lists come first; the rest guard other rules.
MUTATIONS: list[Mutation] = [
    (remove_footnote_number, "kgsh:FootnoteShape"),
    (duplicate_footnote_number, "kgsh:FootnoteNumbersUnique"),
    (shift_span_by_one, "kgsh:SpanIntegrity"),
    (span_past_end, "kgsh:SpanIntegrity"),
    (wikidata_page_url, "kgsh:EntityShape"),
    (no_headline, "kgsh:ArticleShape"),
    (date_as_plain_string, "kgsh:ArticleShape"),
    (marker_to_other_article, "kgsh:MarkerSameArticle"),
    (mention_without_entity, "kgsh:MentionShape"),
    (claim_without_source_span, "kgsh:ClaimShape"),
    (entity_without_label, "kgsh:EntityShape"),
    (paragraph_outside_section, "kgsh:ParagraphShape"),
    (gap_in_footnote_numbers, "kgsh:FootnoteNumbersContiguous"),
    (footnote_without_marker, "kgsh:FootnoteHasMarker"),
    (marker_digits_mismatch, "kgsh:MarkerDigits"),
    (footnote_without_text, "kgsh:FootnoteShape"),
    (span_begins_after_end, "kgsh:SpanShape"),
    (span_begins_after_end, "kgsh:SpanIntegrity"),
    (offsets_not_integer, "kgsh:SpanShape"),
    (span_without_context, "kgsh:OffsetBasedStringShape"),
    (headline_without_language, "kgsh:ArticleShape"),
    (issue_without_date, "kgsh:IssueShape"),
    (two_entities_one_item, "kgsh:WikidataItemShape"),
    (article_does_not_mention_entity, "kgsh:ArticleMentionsEveryEntity"),
    (section_outside_article, "kgsh:SectionShape"),
    (context_length_wrong, "kgsh:ContextLength"),
    (confidence_above_one, "kgsh:MentionShape"),
    (annotator_not_described, "kgsh:MentionShape"),
    (tool_says_not_what_it_does, "kgsh:ToolShape"),
]
REQUIRED = MUTATIONS[:12]


def _id(m: Mutation) -> str:
    return f"{m[0].__name__}->{m[1]}"


@pytest.mark.parametrize("mutation", MUTATIONS, ids=_id)
def test_mutation_of_hand_graph_fails(hand, mutation):
    mutate, shape = mutation
    g = copy(hand)
    mutate(Targets.of(g, MINTER))
    assert_fails_with(validate(g), shape)


@pytest.mark.parametrize("mutation", REQUIRED, ids=_id)
def test_mutation_of_bundled_article_fails(bundled, mutation):
    mutate, shape = mutation
    g = copy(bundled)
    mutate(Targets.of(g, MINTER))
    assert_fails_with(validate(g), shape)


def test_the_required_mutations_are_distinct():
    assert len({m[0] for m in REQUIRED}) == 12


# -- messages a person understands -----------------------------------------------------------

def test_missing_marker_message_names_footnote_and_article(hand):
    g = copy(hand)
    t = Targets.of(g, MINTER)
    footnote_without_marker(t)
    report = validate(g)
    messages = [r.message for r in report.violations if "kgsh:FootnoteHasMarker" in r.names()]
    assert messages == [f"footnote 2 of <{t.article}> has no marker in the article's text"]


def test_span_message_quotes_the_text_it_expected(hand):
    g = copy(hand)
    t = Targets.of(g, MINTER)
    shift_span_by_one(t)
    [result] = [r for r in validate(g).violations if "kgsh:SpanIntegrity" in r.names()]
    assert "is not the text between" in result.message
    assert "“Lenin spoke of this in 1917.1 The rally was large.2”" in result.message
    assert result.value == t.paragraph().n3(), result


def test_letter_without_recipient_warns_but_does_not_block(hand):
    g = copy(hand)
    letter = next(g.subjects(RDF.type, SCHEMA.Message))
    g.remove((letter, SCHEMA.recipient, None))
    report = validate(g)
    assert report.conforms, report.text()
    assert [r.message for r in report.warnings] == ["The letter names no recipient (schema:recipient)."]
    assert report.warnings[0].severity == "Warning"


# -- the dataset's description (VoID + DCAT) -----------------------------------------------

@pytest.fixture(scope="module")
def description(tmp_path_factory) -> Graph:
    """The description the publish step writes, for a store holding the hand-written article."""
    import pyoxigraph as ox

    from kg.store.describe import dataset_stats, describe
    from kg.store.dumps import write_dumps
    from kg.store.embedded import EmbeddedSnapshot

    store = ox.Store()
    store.load(hand_graph().serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES,
               to_graph=ox.NamedNode(str(MINTER.graph("v1n2/workers-rally-in-chicago"))))
    snapshot = EmbeddedSnapshot(store)
    manifest = write_dumps(snapshot, tmp_path_factory.mktemp("dumps"), base=MINTER.base, workers=1)
    return describe(dataset_stats(snapshot), manifest, base=MINTER.base)


def test_dataset_description_conforms(description):
    report = validate(description)
    assert report.conforms and not report.results, report.text()


def _dataset(g: Graph) -> URIRef:
    return next(g.subjects(RDF.type, DCAT.Dataset))


@pytest.mark.parametrize(("corrupt", "shape"), [
    (lambda g: g.remove((_dataset(g), DCTERMS.license, None)), "kgsh:DatasetShape"),
    (lambda g: [g.set((d, DCAT.byteSize, Literal("big"))) for d in list(g.subjects(DCAT.byteSize, None))],
     "kgsh:DistributionShape"),
    (lambda g: g.remove((None, VOID.linkPredicate, None)), "kgsh:LinksetShape"),
    (lambda g: g.remove((None, DCAT.servesDataset, None)), "kgsh:DataServiceShape"),
], ids=["no-license", "byte-size-not-integer", "linkset-without-predicate", "service-serves-nothing"])
def test_dataset_description_mutations_fail(description, corrupt, shape):
    g = copy(description)
    corrupt(g)
    assert_fails_with(validate(g), shape)
