"""Quotations (kg.nlp.quotations.quotes): marks, terms in scare quotes, speakers and sources, and RDF."""

from __future__ import annotations

import pytest
from nlp_support import annotated, article, mention, run
from rdflib.namespace import PROV, RDF

from kg.config import CORPUS_DIR
from kg.iri import Minter
from kg.namespaces import KG, SCHEMA
from kg.nlp.quotations.quotes import find_marks
from kg.rdf import document_to_rdf
from kg.rdf.claims import map_claims
from kg.rdf.entities import map_entities

BUNDLED = next(CORPUS_DIR.glob("*.txt"))


@pytest.fixture(scope="module")
def bundled():
    return annotated(BUNDLED)


def quotes(doc, kind="quotation"):
    return {q.content.of(doc.text): q for q in doc.annotations.quotations if q.kind == kind}


def test_a_charge_named_in_quotation_marks_after_of_is_a_term():
    """A longer lower-case phrase with no finite verb after "of" or "with" names a charge."""
    doc = run(article("Dorrow faces charges of “conduct prejudicial to good order” for his statements. "
                      "Kelvo was charged with “providing material support to a foreign group.” "
                      "Tallis said the union was accused of “what the bosses will not admit.”"))
    assert set(quotes(doc, "term")) == {"conduct prejudicial to good order",
                                        "providing material support to a foreign group."}
    assert "what the bosses will not admit." in quotes(doc)


def test_marks_pair_and_continue_across_paragraphs():
    doc = article("And we concluded: “So long as the system prevails, nothing changes.",
                  "“The rulers promise comfort. But such delusions offer no protection.”",
                  "He called it “long war.” She said \"no.\"")
    spans = [c.of(doc.text) for _m, c in find_marks(doc)]
    assert spans[0].startswith("So long as") and spans[0].endswith("offer no protection.")
    assert spans[1:] == ["long war.", "no."]


def test_scare_quotes_are_terms_not_quotations():
    doc = run(article("Some would add “the West,” “Christendom,” or capitalism. Hezbollah, the “party of "
                      "God,” is hailed by many as a liberation movement."))
    assert set(quotes(doc, "term")) == {"the West,", "Christendom,", "party of God,"}
    assert not quotes(doc)
    assert not [c for c in doc.annotations.claims if c.voice == "quoted"]


def test_speaker_before_the_quotation():
    doc = article("And in his report to the Congress, Lenin emphasized “that we, as Communists, should "
                  "support bourgeois liberation movements only when they are genuinely revolutionary.”")
    mention(doc, "Lenin", "Vladimir Lenin", "person", "Q1394")
    run(doc)
    (q,) = quotes(doc).values()
    assert [a.key for a in q.speakers] == ["person/vladimir-lenin"]
    assert q.speaker_span.of(doc.text) == "Lenin"


def test_speaker_after_the_quotation_said_x():
    doc = article("“We will stay out until the plan is withdrawn,” said Kim Jin-ho, a locomotive engineer.")
    mention(doc, "Kim Jin-ho", "Kim Jin-ho", "person")
    run(doc)
    (q,) = quotes(doc).values()
    assert q.speakers[0].key == "person/kim-jin-ho"
    (claim,) = [c for c in doc.annotations.claims if c.voice == "quoted"]
    assert claim.span.of(doc.text) == "We will stay out until the plan is withdrawn"


def test_interrupted_quotation_is_one_claim():
    doc = article("“Never was it so clear as it is today,” Trotsky wrote, “that the salvation of the Jewish "
                  "people is bound up with the overthrow of the capitalist system.”")
    mention(doc, "Trotsky", "Leon Trotsky", "person", "Q33391")
    run(doc)
    assert all(q.speakers[0].key == "person/leon-trotsky" for q in quotes(doc).values())
    (claim,) = [c for c in doc.annotations.claims if c.voice == "quoted"]
    assert claim.text.startswith("Never was it so clear as it is today that the salvation")


def test_pronoun_speakers():
    doc = article("In Shirvani’s report, he described, “How goons calling themselves Hezbollah gained "
                  "notoriety in Iran in 1979.” I noticed that you said something to the effect that “we "
                  "should also remember the massacres by the Arab regimes.”")
    key = mention(doc, "Shirvani", "Ma'mud Shirvani", "person")
    run(doc)
    got = {t[:10]: [a.key for a in q.speakers] for t, q in quotes(doc).items()}
    assert got["How goons "] == [key]
    assert got["we should "] == []  # no letter: "you" names nobody


def test_we_said_quotes_the_document_named_before(bundled):
    q = next(q for t, q in quotes(bundled).items() if t.startswith("The prospect of a ‘Greater Israel"))
    assert q.work == "our 2006 convention document"
    assert q.speakers[0].key == "person/jack-barnes"
    q = next(q for t, q in quotes(bundled).items() if t.startswith("Israel is a death trap"))
    assert q.work is None, "“the phrase we often use” quotes the writer, not a document"


def test_marker_after_quotation_points_to_the_cited_resolution(bundled):
    q = next(q for t, q in quotes(bundled).items() if t.startswith("the first Israeli prime minister"))
    assert q.work.startswith("The World Crisis of Imperialism")
    assert q.speakers[0].key == "organization/socialist-workers-party"


def test_parenthetical_reference_gives_source_and_locator(bundled):
    lenin = [q for q in quotes(bundled).values()
             if q.speakers and q.speakers[0].key == "person/vladimir-lenin"]
    assert len(lenin) == 2
    assert {(q.citation.volume, q.citation.pages) for q in lenin} == {("31", "149-50"), ("31", "242")}
    assert all(q.work == "V.I. Lenin Collected Works" for q in lenin)
    assert all(q.citation.intent == "includesQuotationFrom" for q in lenin)


def test_requoted_words_keep_their_speaker(bundled):
    q = quotes(bundled)["have carried out massive massacres of Arab toilers"]
    assert q.speakers[0].key == "person/mamud-shirvani"


def test_titles_in_quotation_marks_are_not_quotations(bundled):
    assert "The Opening Guns of World War III" in quotes(bundled, "title")
    assert "The Opening Guns of World War III" not in quotes(bundled)


def test_quotations_as_rdf(bundled):
    minter = Minter("https://example.org/kg/")
    out = document_to_rdf(bundled, minter)
    map_entities(bundled, minter, out)
    map_claims(bundled, minter, out)
    g = out.article
    qs = set(g.subjects(RDF.type, KG.Quotation))
    assert len(qs) == len(quotes(bundled))
    lenin = [q for q in qs if g.value(q, SCHEMA.volumeNumber) is not None]
    assert lenin and all(g.value(q, PROV.wasQuotedFrom) == minter.work("V.I. Lenin Collected Works")
                         for q in lenin)
    assert set(g.subjects(RDF.type, KG.QuotedTerm))


def test_next_quotation_alone_continues_the_speaker():
    doc = article("“They say this is about efficiency,” said Kim Jin-ho, an engineer. “We will stay out "
                  "until the plan is withdrawn.”", "“It is a crime,” one striker shouted.")
    mention(doc, "Kim Jin-ho", "Kim Jin-ho", "person")
    run(doc)
    got = {t: [a.key for a in q.speakers] for t, q in quotes(doc).items()}
    assert got["We will stay out until the plan is withdrawn."] == ["person/kim-jin-ho"]
    assert got["It is a crime,"] != ["person/kim-jin-ho"], "a new paragraph does not continue it"


def test_short_sentence_in_quotes_is_a_quotation_said_after_an_object():
    doc = article("After the vote, Romero told reporters, “We will win.” The United States turned out to "
                  "be the “promised land.” Bush calls it the “long war.”")
    mention(doc, "Romero", "Luis Romero", "person")
    run(doc)
    (q,) = quotes(doc).values()
    assert q.content.of(doc.text) == "We will win." and q.speakers[0].key == "person/luis-romero"
    assert set(quotes(doc, "term")) == {"promised land.", "long war."}


def test_the_verb_nearest_the_quotation_gives_its_speaker():
    doc = article("The foreman said that Romero told reporters, “We will win this strike.”")
    mention(doc, "Romero", "Luis Romero", "person")
    run(doc)
    (q,) = quotes(doc).values()
    assert q.speakers[0].key == "person/luis-romero"
