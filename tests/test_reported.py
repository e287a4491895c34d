"""Reported speech (kg.nlp.claims.reported) and the writer's verdicts (kg.nlp.claims.reviews): claims of the
reported source with or without "that", trailing attributions, verdicts in the next sentence,
and unsigned pieces (editorials) written by the paper's publisher."""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_support import annotated, article, mention, run
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.annotations import Agent
from kg.iri import Minter
from kg.model import Span
from kg.namespaces import SCHEMA
from kg.nlp import agents
from kg.nlp.claims.reported import finite_clause
from kg.rdf import document_to_rdf
from kg.rdf.claims import map_claims
from kg.rdf.entities import map_entities
from kg.rdf.structure import publisher_iri

ARTICLES = Path(__file__).parent / "articles"
EDITORIAL = ARTICLES / "militant-2008-10-13-v72n39-editorial-bailout.txt"
SEOUL = ARTICLES / "militant-2016-03-28-v80n12-seoul-rail-strike.txt"
CUBA = ARTICLES / "militant-2015-06-01-v79n21-cuba-solidarity-conference.txt"
LABOR = ARTICLES / "militant-2010-11-15-v74n43-labor-history-lessons.txt"
PUBLISHER = Agent("publisher", "The Militant")


def claims(doc, voice=None):
    return {(c.text or c.span.of(doc.text)): c for c in doc.annotations.claims if voice in (None, c.voice)}


def sentences_claimed(doc, voice="writer"):
    return {c.sentence.of(doc.text) for c in doc.annotations.claims if c.voice == voice}


# -- reported speech without "that" -----------------------------------------------------------
@pytest.mark.parametrize("sentence,source,clause", [
    ("The bosses and their government claim the bailout will protect jobs and homes.",
     "The bosses and their government", "the bailout will protect jobs and homes"),
    ("The union says the strike will continue until the contract is signed.",
     "The union", "the strike will continue until the contract is signed"),
    ("But company officials argue the plant has been losing money for years.",
     "company officials", "the plant has been losing money for years"),
    ("The mayor insists the budget must be cut.", "The mayor", "the budget must be cut"),
    ("Officials contended Monday the fares had to rise.", "Officials", "the fares had to rise"),
    ("Management said more than 8,000 workers joined the strike on its first day.",
     "Management", "more than 8,000 workers joined the strike on its first day"),
])
def test_reported_without_that(sentence, source, clause):
    doc = run(article(sentence))
    (claim,) = claims(doc, "reported").values()
    assert claim.span.of(doc.text) == clause
    assert claim.authors == [Agent("unidentified", source)]
    assert sentence.rstrip(".") not in claims(doc, "writer"), "the report's frame is not the writer's claim"


@pytest.mark.parametrize("sentence", [
    "The boss says hello to the workers every morning.",
    "Farmers claim the land.",
    "Farmers claim the land that was taken from them.",
    "Workers want to maintain the machines used in the plant.",
    "Their claim is false and everyone at the meeting knows it.",
    "While the bosses claim the bailout will help, layoffs are mounting.",
    "It is said the plan will fail.",
    "The company claimed responsibility for the layoffs.",
])
def test_not_reported_without_that(sentence):
    doc = run(article(sentence))
    assert not claims(doc, "reported")


def test_writers_own_bare_clause_is_the_writers_claim():
    doc = run(article("I think the union will win this fight."))
    assert not claims(doc, "reported")
    assert list(claims(doc, "writer")) == ["I think the union will win this fight"]


def test_finite_clause():
    assert finite_clause("the bailout will protect jobs and homes.")
    assert finite_clause("more than 8,000 of its members joined the strike.")
    assert not finite_clause("hello to the workers.")
    assert finite_clause("the land owned by farmers is theirs.")
    assert not finite_clause("the land owned by farmers.")
    assert not finite_clause("to be the oldest in the state.")


def test_source_named_by_a_mention_at_the_head_of_the_subject():
    doc = annotated(SEOUL)
    rep = claims(doc, "reported")
    union = rep["more than 8,000 of its members joined the strike on its first day"]
    assert union.authors == [Agent("entity", "organization/korean-railway-workers-union")]
    fares = rep["the plan will lower fares"]
    # the government speaks, not the president named inside its description
    assert fares.authors == [Agent("unidentified", "The government of President Park Geun-hye")]
    writer = sentences_claimed(doc)
    assert not any(s.startswith(("The government of President", "The Korean Railway")) for s in writer)


def test_head_of_a_phrase_names_the_agent():
    doc = article("Communist workers in Iran opposed the regime. Rosa Delgado and Tom Fischer wrote it. "
                  "Lenin’s draft theses stressed it.")
    iran = mention(doc, "Iran", "Iran", "country")
    mention(doc, "Rosa Delgado", "Rosa Delgado", "person")
    mention(doc, "Tom Fischer", "Tom Fischer", "person")
    lenin = mention(doc, "Lenin", "Vladimir Lenin", "person")
    t = doc.text

    def who(phrase):
        b = t.index(phrase)
        return agents.resolve(doc, Span(b, b + len(phrase)))

    assert who("Communist workers in Iran") == [Agent("unidentified", "Communist workers in Iran")]
    assert Agent("entity", iran) not in who("Communist workers in Iran")
    assert who("Rosa Delgado and Tom Fischer") == [Agent("entity", "person/rosa-delgado"),
                                                   Agent("entity", "person/tom-fischer")]
    assert who("Lenin’s draft theses") == [Agent("entity", lenin)]


# -- trailing attributions -------------------------------------------------------------------
def test_trailing_attribution_is_the_speakers_claim():
    doc = annotated(CUBA)
    claim = claims(doc, "reported")["Washington’s policy has failed for more than 50 years"]
    assert claim.authors == [Agent("entity", "person/elizabeth-palmeiro")]
    assert not any(s.startswith("Washington’s policy") for s in sentences_claimed(doc))


def test_trailing_said_x():
    doc = article("The strike will continue until the plan is withdrawn, said Kim Jin-ho, a locomotive "
                  "engineer.")
    mention(doc, "Kim Jin-ho", "Kim Jin-ho", "person")
    run(doc)
    (claim,) = claims(doc, "reported").values()
    assert claim.span.of(doc.text) == "The strike will continue until the plan is withdrawn"
    assert claim.authors == [Agent("entity", "person/kim-jin-ho")]


@pytest.mark.parametrize("sentence", [
    "Workers marched to the plant, said to be the oldest in the state.",
    "The strike will continue, I said.",
])
def test_not_a_trailing_attribution(sentence):
    doc = run(article(sentence))
    assert not claims(doc, "reported")


# -- verdicts ----------------------------------------------------------------------------------
def test_editorial_verdict_in_the_next_sentence():
    doc = annotated(EDITORIAL)
    claim = claims(doc, "reported")["the bailout will protect jobs and homes"]
    assert claim.authors == [Agent("unidentified", "The bosses and their government")]
    assert claim.review.rating == -1 and claim.review.author == PUBLISHER
    assert claim.review.cue.of(doc.text) == "Nothing could be further from the truth"
    writer = sentences_claimed(doc)
    assert "Nothing could be further from the truth." not in writer
    assert not any(s.startswith("The bosses") for s in writer)
    assert all(c.authors == [PUBLISHER] for c in doc.annotations.claims if c.voice == "writer")


@pytest.mark.parametrize("verdict,rating", [
    ("That is not true.", -1), ("That is simply a lie.", -1), ("They are wrong.", -1),
    ("Nothing could be further from the truth, however.", -1),
    ("That is true.", 1), ("They are right.", 1), ("The union is right.", 1),
])
def test_verdict_sentence_reviews_the_reported_claim(verdict, rating):
    doc = article(f"The union says the plan will raise fares. {verdict}")
    mention(doc, "The union", "Rail Union", "organization")
    run(doc)
    (claim,) = claims(doc, "reported").values()
    assert claim.review is not None and claim.review.rating == rating
    assert claim.review.author == Agent("person", "Mary Martin")
    assert verdict not in sentences_claimed(doc), "a verdict is not a claim of its own"


def test_verdict_on_a_quotation_in_the_sentence_before():
    doc = article("“The plan will raise fares,” said Kim Jin-ho. He is right.")
    mention(doc, "Kim Jin-ho", "Kim Jin-ho", "person")
    run(doc)
    (claim,) = claims(doc, "quoted").values()
    assert claim.review.rating == 1


@pytest.mark.parametrize("text", [
    "The union says the plan will raise fares. That is true of other plans too.",
    "The union says the plan will raise fares. Workers are right to fight it.",
])
def test_not_a_verdict_sentence(text):
    doc = run(article(text))
    (claim,) = claims(doc, "reported").values()
    assert claim.review is None
    assert text.split(". ")[1] in sentences_claimed(doc), "a sentence with more to say is a claim"


def test_verdict_after_the_writers_own_claim_is_no_claim_and_no_review():
    doc = run(article("The plan will raise fares. That is true."))
    assert list(claims(doc)) == ["The plan will raise fares"]
    assert all(c.review is None for c in doc.annotations.claims)


def test_same_sentence_verdict_after_a_comma_ends_the_claim():
    doc = run(article("The company claims that the plant will close, but that is a lie."))
    (claim,) = claims(doc, "reported").values()
    assert claim.span.of(doc.text) == "the plant will close"
    assert claim.review.rating == -1 and claim.review.cue.of(doc.text) == "a lie"
    assert not sentences_claimed(doc)


def test_endorsed_in_same_sentence_only_by_an_adverb_or_aside():
    doc = run(article("Workers are right to reject the company’s claim that the plant will close."))
    (claim,) = claims(doc, "reported").values()
    assert claim.review is None, "the writer endorses the workers, not the company's claim"
    assert sentences_claimed(doc), "and says something of its own"


# -- unsigned pieces: the publisher writes them ---------------------------------------------------
def test_editorial_claims_stances_and_reviews_are_the_publishers():
    doc = run(article("The bosses claim the bailout will protect jobs. That is not true.",
                      "We support the strike at Boeing and oppose the bailout.",
                      byline=None, kicker="editorial"))
    assert agents.writers(doc) == [PUBLISHER]
    rep = claims(doc, "reported")["the bailout will protect jobs"]
    assert rep.review.author == PUBLISHER
    own = claims(doc, "writer")["We support the strike at Boeing and oppose the bailout"]
    assert own.authors == [PUBLISHER]
    assert {s.holder for s in doc.annotations.stances} == {PUBLISHER}
    minter = Minter("https://example.org/kg/")
    out = document_to_rdf(doc, minter)
    map_entities(doc, minter, out)
    map_claims(doc, minter, out)
    g = out.article
    paper = publisher_iri(minter, "The Militant", out)
    assert (paper, RDF.type, SCHEMA.NewsMediaOrganization) in out.shared
    review = next(g.subjects(RDF.type, SCHEMA.ClaimReview))
    assert g.value(review, SCHEMA.author) == paper
    writer_claims = [c for c in g.subjects(RDF.type, SCHEMA.Claim) if g.value(c, SCHEMA.author) == paper]
    assert writer_claims and all(isinstance(c, URIRef) for c in writer_claims)


def test_signed_piece_is_not_the_publishers():
    doc = run(article("We support the strike at Boeing.", byline="MARY MARTIN"))
    assert agents.writers(doc) == [Agent("person", "Mary Martin")]
    assert {s.holder for s in doc.annotations.stances} == {Agent("person", "Mary Martin")}


# -- quoted fragments inside a reported clause ----------------------------------------------------
def test_quoted_fragment_inside_a_reported_clause_is_not_another_claim():
    doc = annotated(LABOR)
    dobbs = [c for c in doc.annotations.claims if c.authors == [Agent("entity", "person/farrell-dobbs")]]
    texts = [c.text or c.span.of(doc.text) for c in dobbs]
    assert any(t.startswith("the union relied on “the power of the ranks") for t in texts)
    assert "the power of the ranks, not on deals with the bosses" not in texts


def test_quotation_outside_a_reported_clause_stays_a_claim():
    doc = article("Dobbs explained the history. “The union relied on the power of the ranks,” he said.")
    mention(doc, "Dobbs", "Farrell Dobbs", "person")
    run(doc)
    assert "The union relied on the power of the ranks" in claims(doc, "quoted")


def test_unidentified_agent_is_cut_before_its_verb():
    doc = article("A march was held in Washington. Communists around the world waged a campaign.")
    t = doc.text
    for phrase, described in (("A march was held in Washington", "A march"),
                              ("Communists around the world waged", "Communists around the world")):
        b = t.index(phrase)
        assert agents.resolve(doc, Span(b, b + len(phrase))) == [Agent("unidentified", described)]


@pytest.mark.parametrize("sentence,source,clause", [
    ("Company spokesman Brian Ingulsrud told the Militant the union’s demands are unrealistic.",
     Agent("entity", "person/brian-ingulsrud"), "the union’s demands are unrealistic"),
    ("The mayor told reporters that the plant would stay open.",
     Agent("unidentified", "The mayor"), "the plant would stay open"),
])
def test_told_someone_clause(sentence, source, clause):
    doc = article(sentence)
    mention(doc, "Brian Ingulsrud", "Brian Ingulsrud", "person")
    mention(doc, "Militant", "The Militant", "periodical")
    run(doc)
    (claim,) = claims(doc, "reported").values()
    assert claim.span.of(doc.text) == clause and claim.authors == [source]


@pytest.mark.parametrize("sentence", [
    "The foreman told the workers to leave the plant.",
    "She told the story of the strike to everyone at the meeting.",
])
def test_not_told_a_clause(sentence):
    assert not claims(run(article(sentence)), "reported")


def test_relative_insertion_and_pronoun_subject_in_the_clause():
    doc = run(article("Officials in Moorhead said the plant, which was built in 1948, will stay open. "
                      "Critics of the company argue it is trying to break the union. They are right."))
    rep = claims(doc, "reported")
    assert rep["the plant, which was built in 1948, will stay open"].authors == [
        Agent("unidentified", "Officials in Moorhead")]
    critics = rep["it is trying to break the union"]
    assert critics.authors == [Agent("unidentified", "Critics of the company")]
    assert critics.review.rating == 1


def test_time_or_occasion_between_the_verb_and_that():
    doc = article("President Barack Obama said September 10 that the U.S. would “degrade and ultimately "
                  "destroy” the group. The union said in a statement that the strike will go on.")
    obama = mention(doc, "Barack Obama", "Barack Obama", "person")
    run(doc)
    rep = claims(doc, "reported")
    degrade = rep["the U.S. would “degrade and ultimately destroy” the group"]
    assert degrade.authors == [Agent("entity", obama)]
    assert rep["the strike will go on"].authors == [Agent("unidentified", "The union")]
    (q,) = [q for q in doc.annotations.quotations if q.kind == "quotation"]
    assert q.speakers == [Agent("entity", obama)], "the quotation inside the reported clause is his"


def test_name_modifying_a_noun_is_not_the_speaker():
    doc = article("Obama administration officials say the bombing will protect civilians. "
                  "Obama says the bombing will protect civilians.")
    mention(doc, "Obama", "Barack Obama", "person")
    run(doc)
    got = [(c.span.of(doc.text), c.authors) for c in doc.annotations.claims if c.voice == "reported"]
    officials = Agent("unidentified", "Obama administration officials")
    assert got == [("the bombing will protect civilians", [officials]),
                   ("the bombing will protect civilians", [Agent("entity", "person/barack-obama")])]


@pytest.mark.parametrize("sentence,source,words", [
    ("The contract, the company says, will cut wages.", "the company", "The contract will cut wages"),
    ("The strike, says the union, will continue through March.", "the union",
     "The strike will continue through March"),
])
def test_inserted_attribution(sentence, source, words):
    doc = run(article(sentence))
    (claim,) = claims(doc, "reported").values()
    assert claim.text == words and claim.authors == [Agent("unidentified", source)]
    assert not sentences_claimed(doc)


@pytest.mark.parametrize("sentence", [
    "The workers, who had voted twice, said no.",
    "The plant, we said, would close.",  # the writer's own words
])
def test_not_an_inserted_attribution(sentence):
    doc = run(article(sentence))
    assert not claims(doc, "reported") and sentences_claimed(doc)


@pytest.mark.parametrize("sentence,source,clause", [
    ("Many believe the war is over.", "Many", "the war is over"),
    ("Washington says it wants peace.", "Washington", "it wants peace"),
])
def test_pronoun_subjects_of_and_in_the_report(sentence, source, clause):
    doc = run(article(sentence))
    (claim,) = claims(doc, "reported").values()
    assert claim.span.of(doc.text) == clause and claim.authors == [Agent("unidentified", source)]


def test_pronoun_object_is_no_clause():
    doc = run(article("She says it all the time at the meetings."))
    assert not claims(doc, "reported")
