"""Claims (kg.nlp.claims.collect, kg.rdf.claims): the writer's, quoted and reported claims, their kinds,
the writer's reviews, and competency question 05 on the bundled article."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from nlp_support import annotated, article, mention, run
from rdflib import Literal
from rdflib.namespace import RDF

from kg.config import CORPUS_DIR
from kg.iri import Minter
from kg.namespaces import KG, SCHEMA
from kg.nlp.claims.collect import is_assertive, kind_of
from kg.rdf import document_to_rdf
from kg.rdf.claims import map_claims
from kg.rdf.entities import map_entities
from kg.validate import validate

BUNDLED = next(CORPUS_DIR.glob("*.txt"))
TESTS = Path(__file__).parent
MEATPACKERS = TESTS / "articles" / "militant-2007-02-05-v71n5-meatpackers-contract.txt"


@pytest.fixture(scope="module")
def bundled():
    return annotated(BUNDLED)


@pytest.fixture(scope="module")
def bundled_rdf(bundled):
    minter = Minter("https://example.org/kg/")
    out = document_to_rdf(bundled, minter)
    map_entities(bundled, minter, out)
    map_claims(bundled, minter, out)
    return out


def texts(doc, voice=None):
    return {(c.text or c.span.of(doc.text)): c for c in doc.annotations.claims if voice in (None, c.voice)}


# -- kinds ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,kind", [
    ("We are for whatever advances the working class along that line of march.", "programmatic"),
    ("Communists call for the defeat of Israel in the current war.", "programmatic"),
    ("The communist movement must explain this in clear class terms.", "programmatic"),
    ("Such weakening of the IDF will now be reversed.", "predictive"),
    ("They will take the deaths and casualties necessary to defend the state.", "predictive"),
    ("Hezbollah carried out bombings against U.S. and French troops in Lebanon in 1983.", "factual"),
    ("Nearly half the Jews on earth live in the United States.", "factual"),
    ("More than 600 workers attended the union meeting.", "factual"),
    ("It is not something new.", "interpretive"),
    # "demand" reports others' demands as often as it makes one: a dated report is factual
    ("More than 300 people took part in a conference May 16–17 to demand an end to the embargo.", "factual"),
    ("Workers demand a raise and an end to forced overtime.", "programmatic"),
    ("Communists called for the defeat of the Iraqi regime.", "programmatic"),
    ("My point was twofold: (1) that the regime fell; and (2) that the war was long.", "interpretive"),
    ("The death trap is throwing in your lot with politically dominant sectors.", "interpretive"),
])
def test_kind_of(sentence, kind):
    assert kind_of(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "Thanks for the note about the forum in Washington on Saturday.",
    "Dear Ma’mud,", "Comradely,", "Be careful.", "Voila!", "Hundreds of thousands!",
    "And on from there.", "I hope these observations will be useful to you.",
    "Steve and I worked up the following short summary of our discussion.",
    "What are the lessons of this war?", "Yes.",
    "History of the struggle in the packinghouses",  # a heading: no closing punctuation
    "Which is exactly what happened in 1934.", "Quite the opposite.", "Not at all.",
    "and the workers voted to strike.",  # a fragment: no capital
    "(See “Packinghouse Workers Fight Back,” in Labor Review no. 9, pp. 12-30.)",
])
def test_not_assertive(sentence):
    assert not is_assertive(sentence)


@pytest.mark.parametrize("sentence", [
    "It’s not communism.", "Israel is no exception.",
    "Hundreds of thousands of soldiers and civilians were killed and maimed on both sides during that war.",
    "8,000 workers joined the strike.", "(It is not totally dissimilar to what is happening now.)",
    "Seeing the danger, the union called a meeting.",
    "Not one worker crossed the picket line.", "Nothing could stop them.",
])
def test_assertive(sentence):
    assert is_assertive(sentence)


# -- the writer's claims ---------------------------------------------------------------------
def test_writer_claims_only_from_the_body():
    doc = run(article("Workers at the plant voted to strike. Thanks for the note.",
                      notes=(), byline="MARY MARTIN"))
    got = texts(doc, "writer")
    assert list(got) == ["Workers at the plant voted to strike"]
    claim = got["Workers at the plant voted to strike"]
    assert claim.authors[0].key == "Mary Martin" and claim.kind == "interpretive"
    assert claim.sentence.of(doc.text) == "Workers at the plant voted to strike."


def test_claim_mentions_its_entities():
    doc = article("Hezbollah carried out bombings in Lebanon in 1983.")
    mention(doc, "Hezbollah", "Hezbollah", "organization", "Q41053")
    mention(doc, "Lebanon", "Lebanon", "country", "Q822")
    run(doc)
    (claim,) = doc.annotations.claims
    assert claim.mentions == ["organization/hezbollah", "country/lebanon"] and claim.kind == "factual"


def test_claim_words_leave_out_dateline_markers_and_parentheses():
    doc = article("DES MOINES, Iowa—Workers voted January 20 to reject the offer. The victory of 19341 "
                  "opened the way for the union.",
                  "(It is not totally dissimilar to what is happening now.) The plant—the oldest in "
                  "Iowa—stayed open.", notes=("Three strikes were fought that year.",))
    run(doc)
    got = [(c.text, c.span.of(doc.text)) for c in doc.annotations.claims if c.voice == "writer"]
    assert got == [
        ("", "Workers voted January 20 to reject the offer"),
        ("The victory of 1934 opened the way for the union",
         "The victory of 19341 opened the way for the union"),
        ("", "It is not totally dissimilar to what is happening now"),
        ("", "The plant—the oldest in Iowa—stayed open"),  # dashes inside a sentence stay
    ]


def test_sentence_opening_with_an_attributed_quotation_is_not_the_writers():
    doc = article("“We are not going to accept a wage freeze,” said Luis Romero, a knife sharpener who has "
                  "worked at the plant for 11 years.",
                  "After a long meeting in the union hall on Monday, the workers voted to strike, and Romero "
                  "told reporters, “We will win.”")
    mention(doc, "Luis Romero", "Luis Romero", "person")
    mention(doc, "Romero", "Luis Romero", "person")
    run(doc)
    writer = [c.sentence.of(doc.text) for c in doc.annotations.claims if c.voice == "writer"]
    assert len(writer) == 1 and writer[0].startswith("After a long meeting")
    assert set(texts(doc, "quoted")) == {"We are not going to accept a wage freeze", "We will win"}


def test_quoted_questions_are_not_claims():
    doc = article("“Why should workers pay for the crisis?” asked Luis Romero. "
                  "“The bosses caused it,” he said.")
    mention(doc, "Luis Romero", "Luis Romero", "person")
    run(doc)
    assert list(texts(doc, "quoted")) == ["The bosses caused it"]


# -- reported speech and reviews -----------------------------------------------------------------
def test_reported_that_clause_is_the_sources_claim():
    doc = article("Yes, Trotsky pointed out that the Zionists would transform that region into a trap.")
    mention(doc, "Trotsky", "Leon Trotsky", "person", "Q33391")
    run(doc)
    rep = texts(doc, "reported")
    assert list(rep) == ["the Zionists would transform that region into a trap"]
    assert rep["the Zionists would transform that region into a trap"].authors[0].key == "person/leon-trotsky"


def test_writers_own_that_clause_is_not_reported():
    doc = run(article("I think that it would be useful to circulate it widely among workers."))
    assert not texts(doc, "reported")


def test_rejected_claim_gets_a_negative_review_and_or_that_continues_it():
    doc = run(article(
        "Nothing could be further from the truth, however, than the claims by certain sections of the "
        "bourgeois press—echoed by many liberals—that Israel sustained an unprecedented defeat in the war. "
        "Or that the alleged universal belief—a myth—of all Arab regimes in Israel’s invincibility has "
        "now been shattered."))
    rep = texts(doc, "reported")
    first = rep["Israel sustained an unprecedented defeat in the war"]
    assert first.authors[0].kind == "unidentified"
    assert first.authors[0].key == "certain sections of the bourgeois press"
    assert first.review.rating == -1
    assert first.review.cue.of(doc.text) == "Nothing could be further from the truth"
    second = next(c for t, c in rep.items() if t.startswith("the alleged universal belief"))
    assert second.authors == first.authors and second.review.rating == -1
    # the continuation is not also the writer's own claim
    assert not any(t.startswith("Or that") for t in texts(doc, "writer"))


def test_verdict_sentence_reviews_the_claim_before_it():
    doc = run(article("The company claims that the plant will close. "
                      "Nothing could be further from the truth."))
    claim = texts(doc, "reported")["the plant will close"]
    assert claim.authors[0].key == "The company" and claim.review.rating == -1
    assert "Nothing could be further from the truth." not in [c.sentence.of(doc.text)
                                                              for c in doc.annotations.claims]


def test_as_you_explained_is_an_endorsed_claim_of_the_recipient():
    doc = annotated(BUNDLED)
    claim = next(c for c in doc.annotations.claims
                 if c.voice == "reported" and c.text.startswith("Hezbollah is an outgrowth"))
    assert claim.authors[0].key == "person/mamud-shirvani"
    assert claim.review.rating == 1 and claim.review.cue.of(doc.text) == "as you explained"
    other = next(c for c in doc.annotations.claims
                 if c.voice == "reported" and c.text.startswith("To advance these war preparations, the"))
    assert "half a decade (as well" in other.text, "the footnote marker is left out of the words"


def test_neutral_cue_withholds_a_verdict():
    doc = run(article("A column by a conservative writer points out (correctly or not, I have no way of "
                      "knowing) that a French "
                      "writer first used the word in 1979."))
    (claim,) = texts(doc, "reported").values()
    assert claim.authors[0].key == "a conservative writer" and claim.review is None


def test_according_to_the_authors_names_the_works_authors():
    doc = annotated(MEATPACKERS)
    claim = texts(doc, "reported")["the industry moved to small towns to escape the unions"]
    assert [a.key for a in claim.authors] == ["person/rosa-delgado", "person/tom-fischer"]


# -- the bundled article and the test article ---------------------------------------------------
def test_bundled_claims(bundled):
    claims = bundled.annotations.claims
    writer = [c for c in claims if c.voice == "writer"]
    assert len(writer) > 80
    assert all(c.authors[0].key == "person/jack-barnes" for c in writer)
    sentences = {c.sentence.of(bundled.text) for c in writer}
    assert not any(s.startswith(("Thanks for the note", "I hope these observations", "Voila"))
                   for s in sentences)
    assert not any(c.sentence.begin < bundled.sections[1].span.begin for c in writer), "intro is the editors'"
    kinds = {c.kind for c in claims}
    assert kinds == {"factual", "programmatic", "predictive", "interpretive"}
    lenin = [c for c in claims if c.authors[0].key == "person/vladimir-lenin"]
    assert len(lenin) == 2 and all(c.voice == "quoted" for c in lenin)
    swp = next(c for c in claims if c.text.startswith("the first Israeli prime minister")
               or c.span.of(bundled.text).startswith("the first Israeli prime minister"))
    assert swp.authors[0].key == "organization/socialist-workers-party"
    assert swp.work.startswith("The World Crisis of Imperialism")


def test_test_article_claims():
    doc = annotated(MEATPACKERS)
    quoted = texts(doc, "quoted")
    said = quoted["We are not going to accept a wage freeze while the bosses get richer"]
    assert said.authors[0].key == "person/luis-romero"
    assert quoted["The only way we ever won anything was by sticking together"].authors == said.authors
    rejected = texts(doc, "reported")["the plant will close if workers do not accept the offer"]
    assert rejected.review.rating == -1


def test_claims_as_rdf(bundled, bundled_rdf):
    g = bundled_rdf.article
    claims = set(g.subjects(RDF.type, SCHEMA.Claim))
    assert len(claims) == len(bundled.annotations.claims)
    for c in claims:
        assert g.value(c, SCHEMA.appearance) == bundled_rdf.article_iri
        assert isinstance(g.value(c, SCHEMA.text), Literal) and g.value(c, SCHEMA.text).language == "en"
    reviews = list(g.subjects(RDF.type, SCHEMA.ClaimReview))
    assert reviews and all(g.value(g.value(r, SCHEMA.reviewRating), SCHEMA.ratingValue).toPython() in (-1, 1)
                           for r in reviews)
    assert set(g.subjects(RDF.type, KG.PredictiveClaim)) and set(g.subjects(RDF.type, KG.FactualClaim))


def test_bundled_graph_conforms_to_the_shapes(bundled_rdf):
    report = validate(bundled_rdf.combined(), label=str(BUNDLED))
    assert report.conforms, report


def test_competency_question_05(bundled_rdf):
    store = ox.Store()
    data = bundled_rdf.combined().serialize(format="nt").encode()
    store.load(data, ox.RdfFormat.N_TRIPLES)
    query = (TESTS / "competency" / "05-quotations-by-lenin.rq").read_text()
    rows = [r["text"].value for r in store.query(query)]
    assert len(rows) >= 2
    assert any(r.startswith("the need to combat Pan-Islamism") for r in rows)


def test_mapping_is_a_pure_function(bundled):
    minter = Minter("https://example.org/kg/")
    graphs = []
    for _ in range(2):
        out = document_to_rdf(bundled, minter)
        map_claims(bundled, minter, out)
        graphs.append(set(out.article) | set(out.shared))
    assert graphs[0] == graphs[1]
